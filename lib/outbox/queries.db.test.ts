import { beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { getDb } from '@/lib/db';
import { outbox } from '@/db/schema';
import { canReadOutbox, listOutbox, requestMessages } from './queries';

const staff: Record<string, Actor> = {};

async function make(key: string, role: Actor['role'], agencyCode: string | null) {
  const r = await createStaffUser({
    email: `outbox.${key}@test.example`,
    name: key,
    password: 'a long enough test passphrase',
    role,
    agencyCode,
  });
  if (!r.ok) throw new Error(r.error);
  staff[key] = { id: r.id, role, agencyCode };
}

let pothole: string;
let alley: string;

beforeAll(async () => {
  await make('dotAgent', 'agent', 'DOT');
  await make('dotSupervisor', 'supervisor', 'DOT');
  await make('swAgent', 'agent', 'DPW-SW');
  await make('admin', 'admin', null);
  pothole = await makeRequest('TRM-Potholes', {
    attr__POTHOLE_LOCATION: 'street',
    contactEmail: 'pothole.resident@example.com',
    contactLanguage: 'es',
    consent: 'yes',
  });
  alley = await makeRequest('SW-Dirty Alley', { contactPhone: '410-555-0100', consent: 'yes' });
  await changeRequest(staff.dotAgent, pothole, 1, { kind: 'close', reason: 'resolved' });
  await changeRequest(staff.swAgent, alley, 1, { kind: 'close', reason: 'resolved' });
});

describe('the staff outbox', () => {
  it('is for supervisors (their agency) and admins (all), not agents', async () => {
    expect(canReadOutbox(staff.dotAgent)).toBe(false);
    expect(canReadOutbox(staff.dotSupervisor)).toBe(true);
    await expect(listOutbox(staff.dotAgent)).rejects.toThrow(ForbiddenError);

    // Each request: its confirmation, then its closure (newest first).
    const mine = await listOutbox(staff.dotSupervisor);
    expect(mine.map((m) => [m.trackingNumber, m.kind])).toEqual([
      [pothole, 'closed'],
      [pothole, 'confirmation'],
    ]);
    const all = (await listOutbox(staff.admin)).map((m) => m.trackingNumber);
    expect(all).toEqual([alley, pothole, alley, pothole]);
  });

  it('says what was sent, how, to whom and when, never the text or its links', async () => {
    const [email] = await listOutbox(staff.dotSupervisor);
    expect(email).toMatchObject({
      kind: 'closed',
      channel: 'email',
      recipient: 'pothole.resident@example.com',
      state: 'pending',
      attempts: 0,
      deliveredAt: null,
    });
    const sms = (await listOutbox(staff.admin)).find((m) => m.trackingNumber === alley)!;
    expect([sms.channel, sms.recipient]).toEqual(['sms', '+14105550100']);

    // The survey and unsubscribe tokens are in the queued rows, and in nothing staff read.
    const db = await getDb();
    const tokens = (await db.select({ payload: outbox.payload }).from(outbox)).flatMap((r) =>
      [r.payload.token, r.payload.unsubscribe].filter(Boolean),
    );
    expect(tokens.length).toBeGreaterThanOrEqual(5); // 4 unsubscribe + 2 survey
    const shown = JSON.stringify([
      await listOutbox(staff.admin),
      await requestMessages(staff.dotAgent, pothole),
    ]);
    for (const token of tokens) expect(shown).not.toContain(token);
  });

  it("lists a request's messages for staff of its agency only", async () => {
    expect((await requestMessages(staff.dotAgent, pothole)).map((m) => m.kind)).toEqual([
      'closed',
      'confirmation',
    ]);
    expect(await requestMessages(staff.swAgent, pothole)).toEqual([]);
  });
});
