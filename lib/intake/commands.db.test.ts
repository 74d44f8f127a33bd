import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import {
  auditEvents,
  outbox,
  requestContacts,
  requestEvents,
  requestSubscriptions,
  serviceRequests,
} from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { disableStaffUser } from '@/lib/auth/users';
import { getPublicRequest } from '@/lib/requests/queries';
import { getStaffRequest } from '@/lib/staff/request';
import { makeStaffActor } from '@/test/staff';
import { createPhoneRequest } from './commands';
import { intakeConfirmation } from './queries';

let dotAgent: Actor;
let swAgent: Actor;
let admin: Actor;

/** A phoned-in pothole, as the intake form posts it. */
const call = (fields: Record<string, string> = {}) => ({
  attr__POTHOLE_LOCATION: 'street',
  address: '100 N Holliday St',
  zip: '21202',
  description: 'Caller says it is deep',
  contactLanguage: 'es',
  callerConsent: 'no',
  idempotencyKey: randomUUID(),
  ...fields,
});

async function requestRow(trackingNumber: string) {
  const db = await getDb();
  const [r] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  return r;
}

/** The request's audit rows (user rows share the id space of entityId: the entity says which). */
async function auditOf(requestId: number) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, 'request'), eq(auditEvents.entityId, String(requestId))));
}

async function countForKey(key: string) {
  const db = await getDb();
  return (await db.select().from(serviceRequests).where(eq(serviceRequests.idempotencyKey, key)))
    .length;
}

beforeAll(async () => {
  dotAgent = await makeStaffActor('intake.dot@test.example', 'agent', 'DOT');
  swAgent = await makeStaffActor('intake.sw@test.example', 'agent', 'DPW-SW');
  admin = await makeStaffActor('intake.admin@test.example', 'admin', null);
});

describe('a request entered for a caller', () => {
  it('with consent: channel phone, the caller’s contact and language, a confirmation, an audit row', async () => {
    const values = call({ callerConsent: 'yes', contactEmail: 'caller@example.com' });
    const r = await createPhoneRequest(dotAgent, 'TRM-Potholes', values, { locale: 'en' });
    expect(r).toMatchObject({ ok: true, created: true });
    if (!r.ok) return;
    const db = await getDb();
    const row = await requestRow(r.trackingNumber);
    expect(row).toMatchObject({ channel: 'phone', locale: 'es', serviceCode: 'TRM-Potholes' });

    const [contact] = await db
      .select()
      .from(requestContacts)
      .where(eq(requestContacts.requestId, row.id));
    expect(contact).toMatchObject({
      email: 'caller@example.com',
      preferredLanguage: 'es',
      consentToUpdates: true,
    });
    const messages = await db.select().from(outbox).where(eq(outbox.requestId, row.id));
    expect(messages.map((m) => [m.kind, m.channel, m.recipient, m.locale])).toEqual([
      ['confirmation', 'email', 'caller@example.com', 'es'],
    ]);

    // Who entered it: on the first event and in the audit trail.
    const [event] = await db
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, row.id));
    expect(event).toMatchObject({ kind: 'submitted', actorId: dotAgent.id });
    const audit = await auditOf(row.id);
    expect(audit.map((a) => [a.actorId, a.action, a.after, a.version])).toEqual([
      [
        dotAgent.id,
        'request.intake',
        {
          channel: 'phone',
          serviceCode: 'TRM-Potholes',
          callerLanguage: 'es',
          callerConsent: true,
        },
        1,
      ],
    ]);
    const staffView = (await getStaffRequest(dotAgent, r.trackingNumber, 'en'))!;
    expect(staffView.audit[0]).toMatchObject({ action: 'request.intake', actorName: 'intake.dot' });

    // The public page says how it came in, and nothing personal.
    const pub = (await getPublicRequest(r.trackingNumber, 'en'))!;
    expect(pub.channel).toBe('phone');
    expect(JSON.stringify(pub)).not.toContain('caller@example.com');
  });

  it('without consent: no contact details, no subscription, no message; the answer is in the audit', async () => {
    const r = await createPhoneRequest(dotAgent, 'TRM-Potholes', call(), { locale: 'en' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const db = await getDb();
    const row = await requestRow(r.trackingNumber);
    expect(row.channel).toBe('phone');
    expect(
      await db.select().from(requestContacts).where(eq(requestContacts.requestId, row.id)),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(requestSubscriptions)
        .where(eq(requestSubscriptions.requestId, row.id)),
    ).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.requestId, row.id))).toEqual([]);
    const [audit] = await auditOf(row.id);
    expect(audit.after).toMatchObject({ callerConsent: false });
  });

  it('refuses contact details when the caller said no, and an unanswered consent question', async () => {
    const refused = call({ contactName: 'Dana Caller', contactPhone: '410 555 0123' });
    expect(await createPhoneRequest(dotAgent, 'TRM-Potholes', refused, { locale: 'en' })).toEqual({
      ok: false,
      errors: { callerConsent: 'intake.contactWithoutConsent' },
    });
    expect(await countForKey(refused.idempotencyKey)).toBe(0);

    // The resident form's own checks, with the same message keys.
    const blank = call({ callerConsent: '', address: '', zip: '', attr__POTHOLE_LOCATION: '' });
    const r = await createPhoneRequest(dotAgent, 'TRM-Potholes', blank, { locale: 'en' });
    expect(r).toEqual({
      ok: false,
      errors: {
        attr__POTHOLE_LOCATION: 'attribute.selectOne',
        address: 'address.required',
        zip: 'zip.required',
        callerConsent: 'intake.consentRequired',
      },
    });
    // Consent yes needs somewhere to send the updates, as on the web form.
    const nowhere = call({ callerConsent: 'yes', contactName: 'Dana Caller' });
    expect(await createPhoneRequest(dotAgent, 'TRM-Potholes', nowhere, { locale: 'en' })).toEqual({
      ok: false,
      errors: { contactEmail: 'consent.needsContact' },
    });
    expect(await countForKey(blank.idempotencyKey)).toBe(0);
  });

  it('is made once, whatever the retries', async () => {
    const values = call();
    const first = await createPhoneRequest(dotAgent, 'TRM-Potholes', values, { locale: 'en' });
    const again = await createPhoneRequest(dotAgent, 'TRM-Potholes', values, { locale: 'en' });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toEqual({ ...first, created: false });
    expect(await countForKey(values.idempotencyKey)).toBe(1);
    const row = await requestRow((first as { trackingNumber: string }).trackingNumber);
    expect(await auditOf(row.id)).toHaveLength(1);
  });

  it('any service, routed to its own agency: a Solid Waste agent takes a pothole call', async () => {
    const r = await createPhoneRequest(swAgent, 'TRM-Potholes', call(), { locale: 'en' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // DOT works it; the Solid Waste agent reads the number back but cannot open it.
    expect(await getStaffRequest(dotAgent, r.trackingNumber, 'en')).not.toBeNull();
    expect(await intakeConfirmation(swAgent, r.trackingNumber, 'en')).toMatchObject({
      trackingNumber: r.trackingNumber,
      canOpen: false,
      message: null,
    });
    expect((await intakeConfirmation(admin, r.trackingNumber, 'en'))!.canOpen).toBe(true);
  });

  it('refuses the signed-out, forged and disabled, and writes nothing', async () => {
    const gone = await makeStaffActor('intake.gone@test.example', 'agent', 'DOT');
    await disableStaffUser(gone.id);
    const forged: Actor[] = [
      { id: 2_000_000, role: 'admin', agencyCode: null }, // no such account
      { id: 2_000_001, role: 'viewer' as Actor['role'], agencyCode: 'DOT' }, // no such role
      gone,
    ];
    for (const actor of [null, ...forged]) {
      const values = call();
      await expect(
        createPhoneRequest(actor, 'TRM-Potholes', values, { locale: 'en' }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await countForKey(values.idempotencyKey)).toBe(0);
    }
  });

  it('says so when the service was withdrawn', async () => {
    expect(await createPhoneRequest(admin, 'NO-SUCH-SERVICE', call(), { locale: 'en' })).toEqual({
      ok: false,
      errors: { service: 'intake.serviceGone' },
    });
  });
});
