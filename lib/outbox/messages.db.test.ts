import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import {
  auditEvents,
  outbox,
  requestSubscriptions,
  serviceRequests,
  surveyResponses,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { changeRequest } from '@/lib/staff/commands';
import { unsubscribe } from '@/lib/subscriptions/commands';
import { makeRequest } from '@/test/requests';
import { makeStaffActor } from '@/test/staff';
import { resendMessage } from './commands';

const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const consenting = (email: string, language = 'en') => ({
  ...POTHOLE,
  contactEmail: email,
  contactLanguage: language,
  consent: 'yes',
});
let agent: Actor;
let supervisor: Actor;
let otherAgency: Actor;

beforeAll(async () => {
  agent = await makeStaffActor('msg.agent@test.example', 'agent', 'DOT');
  supervisor = await makeStaffActor('msg.supervisor@test.example', 'supervisor', 'DOT');
  otherAgency = await makeStaffActor('msg.sw@test.example', 'agent', 'DPW-SW');
});

async function idOf(trackingNumber: string) {
  const db = await getDb();
  const [r] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  return r.id;
}

/** The messages queued about these requests, oldest first. */
async function messagesOf(...trackingNumbers: string[]) {
  const db = await getDb();
  const ids = await Promise.all(trackingNumbers.map(idOf));
  return db.select().from(outbox).where(inArray(outbox.requestId, ids)).orderBy(outbox.id);
}

describe('messages to residents who asked for updates', () => {
  it('a new request with consent is confirmed at once; without consent nothing is queued', async () => {
    const yes = await makeRequest('TRM-Potholes', consenting('yes@example.com', 'es'));
    const no = await makeRequest('TRM-Potholes', { ...POTHOLE, contactEmail: 'no@example.com' });
    const [confirmation, ...rest] = await messagesOf(yes, no);
    expect(rest).toEqual([]);
    expect(confirmation).toMatchObject({
      kind: 'confirmation',
      channel: 'email',
      recipient: 'yes@example.com',
      locale: 'es',
    });
    expect(confirmation.payload).toMatchObject({ trackingNumber: yes, serviceName: 'Bache' });
    expect(confirmation.payload.due).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(confirmation.payload.unsubscribe).toMatch(/^[\w-]{22}$/);
  });

  it('a text message when only a phone is given, to the number in E.164', async () => {
    const tn = await makeRequest('TRM-Potholes', {
      ...POTHOLE,
      contactPhone: '(410) 555-0199',
      consent: 'yes',
    });
    const [m] = await messagesOf(tn);
    expect([m.channel, m.recipient]).toEqual(['sms', '+14105550199']);
  });

  it('closing says the outcome and staff’s message; the survey comes once, after a real outcome', async () => {
    const tn = await makeRequest('TRM-Potholes', consenting('closed@example.com'));
    const closed = { kind: 'close', reason: 'resolved', publicNote: 'Filled today.' } as const;
    expect((await changeRequest(agent, tn, 1, closed)).ok).toBe(true);
    expect(
      (await changeRequest(supervisor, tn, 2, { kind: 'reopen', reason: 'The problem came back' }))
        .ok,
    ).toBe(true);
    expect((await changeRequest(agent, tn, 3, { kind: 'close', reason: 'resolved' })).ok).toBe(
      true,
    );
    const m = await messagesOf(tn);
    expect(m.map((x) => x.kind)).toEqual(['confirmation', 'closed', 'reopened', 'closed']);
    expect(m[1].payload).toMatchObject({ reason: 'resolved', message: 'Filled today.' });
    expect(m[1].payload.token).toMatch(/^[\w-]{22}$/); // the survey, once
    expect(m[3].payload.token).toBeUndefined();
    const db = await getDb();
    const surveys = await db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.requestId, await idOf(tn)));
    expect(surveys.map((s) => s.kind).sort()).toEqual(['ease', 'satisfaction']);
  });

  it('a referral names the organisation and asks no survey', async () => {
    const tn = await makeRequest('TRM-Potholes', consenting('referred@example.com'));
    const r = await changeRequest(agent, tn, 1, {
      kind: 'close',
      reason: 'referred',
      referredTo: 'Maryland State Highway Administration',
    });
    expect(r.ok).toBe(true);
    const [, closed] = await messagesOf(tn);
    expect(closed.payload).toMatchObject({
      reason: 'referred',
      referredTo: 'Maryland State Highway Administration',
    });
    expect(closed.payload.token).toBeUndefined();
    const db = await getDb();
    const surveys = await db
      .select()
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.requestId, await idOf(tn)),
          eq(surveyResponses.kind, 'satisfaction'),
        ),
      );
    expect(surveys).toEqual([]);
  });

  it('a merge tells the resident the new number, and they hear about that request from then on', async () => {
    const original = await makeRequest('TRM-Potholes', consenting('first@example.com'));
    const second = await makeRequest('TRM-Potholes', consenting('second@example.com', 'es'));
    const merged = await changeRequest(agent, second, 1, { kind: 'merge', parent: original });
    expect(merged.ok).toBe(true);
    const [, notice] = await messagesOf(second);
    expect(notice).toMatchObject({ kind: 'merged', recipient: 'second@example.com' });
    expect(notice.payload).toMatchObject({ trackingNumber: second, parent: original });
    expect(notice.payload.token).toBeUndefined(); // no survey for a duplicate

    await changeRequest(agent, original, 1, {
      kind: 'close',
      reason: 'resolved',
      publicNote: 'Done.',
    });
    const later = (await messagesOf(original)).filter((m) => m.kind === 'closed');
    expect(later.map((m) => [m.recipient, m.locale])).toEqual([
      ['first@example.com', 'en'],
      ['second@example.com', 'es'],
    ]);
    // One survey per request, for the resident who sent it.
    expect(later.map((m) => Boolean(m.payload.token))).toEqual([true, false]);
  });

  it('unsubscribing stops what is pending and everything after; twice is harmless', async () => {
    const tn = await makeRequest('TRM-Potholes', consenting('stop@example.com'));
    const db = await getDb();
    const [sub] = await db
      .select()
      .from(requestSubscriptions)
      .where(eq(requestSubscriptions.requestId, await idOf(tn)));
    expect(await unsubscribe(sub.unsubscribeToken)).toMatchObject({
      trackingNumber: tn,
      already: false,
    });
    expect(await unsubscribe(sub.unsubscribeToken)).toMatchObject({ already: true });
    expect(await unsubscribe('no-such-token-0000000')).toBeNull();
    const [confirmation] = await messagesOf(tn);
    expect(confirmation.cancelledAt).not.toBeNull();
    await changeRequest(agent, tn, 1, { kind: 'close', reason: 'resolved' });
    expect((await messagesOf(tn)).map((m) => m.kind)).toEqual(['confirmation']);
  });

  it('"send again" copies a message for staff of the agency, audited; not after unsubscribing', async () => {
    const tn = await makeRequest('TRM-Potholes', consenting('again@example.com'));
    const [first] = await messagesOf(tn);
    expect(await resendMessage(otherAgency, first.id)).toEqual({ ok: false, error: 'notFound' });
    expect(await resendMessage(agent, first.id)).toEqual({ ok: true });
    const both = await messagesOf(tn);
    expect(both.map((m) => [m.kind, m.recipient, m.payload.unsubscribe])).toEqual([
      ['confirmation', 'again@example.com', first.payload.unsubscribe],
      ['confirmation', 'again@example.com', first.payload.unsubscribe],
    ]);
    const db = await getDb();
    const audit = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, String(await idOf(tn))),
          eq(auditEvents.action, 'request.messageResend'),
        ),
      );
    expect(audit.map((a) => a.actorId)).toEqual([agent.id]);

    await unsubscribe(first.payload.unsubscribe);
    expect(await resendMessage(agent, first.id)).toEqual({ ok: false, error: 'notFound' });
  });
});
