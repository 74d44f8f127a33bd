import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { auditEvents, serviceRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { addNote, changeRequest } from '@/lib/staff/commands';
import { handleOpen311 } from '@/lib/open311/handlers';
import { makeStaffActor } from '@/test/staff';
import { makeRequest } from '@/test/requests';
import { getPublicRequest } from './queries';

const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const CONTACT = {
  contactName: 'Dana Private',
  contactEmail: 'dana.private@example.com',
  contactPhone: '410 555 0199',
  consent: 'yes',
};
let agent: Actor;
let supervisor: Actor;

beforeAll(async () => {
  agent = await makeStaffActor('tracking.agent@test.example', 'agent', 'DOT');
  supervisor = await makeStaffActor('tracking.sup@test.example', 'supervisor', 'DOT');
});

/** Nothing personal anywhere in what the public page is given. */
function expectNoPersonalData(view: unknown) {
  const text = JSON.stringify(view);
  for (const secret of ['Dana Private', 'dana.private@example.com', '555 0199', 'Internal:'])
    expect(text).not.toContain(secret);
}

describe('the public view of a request', () => {
  it('gives the resident’s description as written, and no contact data', async () => {
    const tn = await makeRequest('TRM-Potholes', {
      ...POTHOLE,
      ...CONTACT,
      description: 'Deep hole by the bus stop.\nSecond line: it is growing.',
    });
    const view = (await getPublicRequest(tn, 'en'))!;
    expect(view.description).toBe('Deep hole by the bus stop.\nSecond line: it is growing.');
    expect(view).toMatchObject({
      status: 'new',
      closingMessage: null,
      laterNote: null,
      referredTo: null,
      duplicateOf: null,
      locationNote: null,
    });
    expectNoPersonalData(view);
    for (const key of ['contact', 'email', 'phone', 'assignedTo', 'idempotencyKey'])
      expect(view).not.toHaveProperty(key);
  });

  it('keeps the closing message when a later public note is added, and shows that note too', async () => {
    const tn = await makeRequest('TRM-Potholes', { ...POTHOLE, ...CONTACT });
    await addNote(agent, tn, 'public', 'Crew booked for Tuesday');
    await addNote(agent, tn, 'internal', 'Internal: the resident sounded upset');
    await changeRequest(agent, tn, 1, {
      kind: 'close',
      reason: 'resolved',
      publicNote: 'Filled the hole with hot asphalt',
    });
    expect((await getPublicRequest(tn, 'en'))!).toMatchObject({
      closingMessage: 'Filled the hole with hot asphalt',
      laterNote: null,
    });
    const later = new Date(Date.now() + 60_000);
    await addNote(agent, tn, 'public', 'Line painting follows next week', later);
    await addNote(agent, tn, 'internal', 'Internal: check again', later);
    const view = (await getPublicRequest(tn, 'en'))!;
    expect(view).toMatchObject({
      status: 'closed',
      closeReason: 'resolved',
      closingMessage: 'Filled the hole with hot asphalt',
      laterNote: 'Line painting follows next week',
    });
    expect(view.events.map((e) => e.body).filter(Boolean)).toEqual([
      'Crew booked for Tuesday',
      'Filled the hole with hot asphalt',
      'Line painting follows next week',
    ]);
    expectNoPersonalData(view);

    // Open311 too: the outcome and its message stay; when and how it closed are given.
    const [record] = await (
      await handleOpen311('GET', `requests/${tn}.json`, new URLSearchParams(), '', new Date())
    ).json();
    expect(record).toMatchObject({
      status: 'closed',
      status_notes: 'Filled the hole with hot asphalt',
      close_reason: 'resolved',
    });
    expect(Date.parse(record.closed_datetime)).toBeLessThanOrEqual(Date.now());

    // Reopened: the old closing message no longer says what was done.
    await changeRequest(
      supervisor,
      tn,
      2,
      { kind: 'reopen', reason: 'The problem came back' },
      new Date(Date.now() + 120_000),
    );
    expect((await getPublicRequest(tn, 'en'))!).toMatchObject({
      status: 'acknowledged',
      closingMessage: null,
      laterNote: null,
    });
  });

  it('names the organisation a referral went to, here, in the audit and in Open311', async () => {
    const tn = await makeRequest('TRM-Potholes', { ...POTHOLE, ...CONTACT });
    expect(
      await changeRequest(agent, tn, 1, {
        kind: 'close',
        reason: 'referred',
        referredTo: 'Maryland State Highway Administration',
        publicNote: 'This road belongs to the state',
      }),
    ).toEqual({ ok: true, version: 2 });
    const view = (await getPublicRequest(tn, 'en'))!;
    expect(view).toMatchObject({
      closeReason: 'referred',
      referredTo: 'Maryland State Highway Administration',
      closingMessage: 'This road belongs to the state',
    });
    expectNoPersonalData(view);

    const db = await getDb();
    const audit = await db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String((await row(tn)).id)));
    expect(audit.find((a) => a.action === 'request.close')!.after).toMatchObject({
      referredTo: 'Maryland State Highway Administration',
    });

    const res = await handleOpen311(
      'GET',
      `requests/${tn}.json`,
      new URLSearchParams(),
      '',
      new Date(),
    );
    const [record] = await res.json();
    expect(record.status_notes).toBe(
      'Referred to Maryland State Highway Administration. This road belongs to the state',
    );
    expect(JSON.stringify(record)).not.toContain('dana.private');

    // Reopening clears it: a referral that did not stand names nobody.
    await changeRequest(supervisor, tn, 2, { kind: 'reopen', reason: 'The problem came back' });
    expect((await row(tn)).referredTo).toBeNull();
    expect((await getPublicRequest(tn, 'en'))!.referredTo).toBeNull();
  });

  it('links a duplicate to the request it was merged into', async () => {
    const parent = await makeRequest('TRM-Potholes', POTHOLE);
    const child = await makeRequest('TRM-Potholes', { ...POTHOLE, ...CONTACT });
    expect((await changeRequest(agent, child, 1, { kind: 'merge', parent })).ok).toBe(true);
    const view = (await getPublicRequest(child, 'en'))!;
    expect(view).toMatchObject({ closeReason: 'duplicate', duplicateOf: parent, referredTo: null });
    expectNoPersonalData(view);
  });

  it('gives the resident’s landmark beside coordinates', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    const db = await getDb();
    await db
      .update(serviceRequests)
      .set({ locationNote: 'Opposite the library' })
      .where(eq(serviceRequests.trackingNumber, tn));
    expect((await getPublicRequest(tn, 'en'))!.locationNote).toBe('Opposite the library');
  });
});

async function row(tn: string) {
  const db = await getDb();
  const [r] = await db.select().from(serviceRequests).where(eq(serviceRequests.trackingNumber, tn));
  return r;
}
