import { beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { canReadOutbox, listOutbox } from './queries';

const BASE = 'http://localhost:3100';
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
    await expect(listOutbox(staff.dotAgent, BASE)).rejects.toThrow(ForbiddenError);

    const mine = await listOutbox(staff.dotSupervisor, BASE);
    expect(mine.map((m) => m.trackingNumber)).toEqual([pothole]);

    const all = (await listOutbox(staff.admin, BASE)).map((m) => m.trackingNumber);
    expect(all).toEqual([alley, pothole]); // newest first
  });

  it('shows each message as it is sent, link included, and its state', async () => {
    const [email] = await listOutbox(staff.dotSupervisor, BASE);
    expect(email).toMatchObject({
      channel: 'email',
      recipient: 'pothole.resident@example.com',
      state: 'pending',
      attempts: 0,
      deliveredAt: null,
    });
    expect(email.message.subject).toBe(`Su solicitud ${pothole}: ¿cómo lo hicimos?`);
    expect(email.message.link).toMatch(
      new RegExp(`^${BASE}/es/requests/${pothole}/feedback\\?token=[\\w-]{43}$`),
    );
    expect(email.message.text).toContain(email.message.link);

    const sms = (await listOutbox(staff.admin, BASE)).find((m) => m.trackingNumber === alley)!;
    expect([sms.channel, sms.recipient, sms.message.subject]).toEqual([
      'sms',
      '410-555-0100',
      null,
    ]);
  });
});
