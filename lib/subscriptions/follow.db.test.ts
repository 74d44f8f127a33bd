import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { outbox, requestSubscriptions, serviceRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { openRequestsNearby } from '@/lib/requests/queries';
import { changeRequest } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { makeStaffActor } from '@/test/staff';
import { followRequest } from './commands';

const DAY = 86_400_000;
const now = new Date();
const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const at = (address: string, lat?: number, long?: number) => ({
  ...POTHOLE,
  address,
  zip: '21217',
  ...(lat !== undefined ? { lat: String(lat), long: String(long) } : {}),
});
let agent: Actor;
const n: Record<string, string> = {};

beforeAll(async () => {
  agent = await makeStaffActor('follow.agent@test.example', 'agent', 'DOT');
  n.near = await makeRequest('TRM-Potholes', at('1544 W North Ave', 39.3093, -76.644));
  n.block = await makeRequest('TRM-Potholes', at('1510 West North Avenue'));
  n.far = await makeRequest('TRM-Potholes', at('2200 W North Ave', 39.3095, -76.6562));
  n.old = await makeRequest('TRM-Potholes', at('1520 W North Ave'), new Date(+now - 31 * DAY));
  n.closed = await makeRequest('TRM-Potholes', at('1530 W North Ave', 39.3093, -76.6441));
  expect((await changeRequest(agent, n.closed, 1, { kind: 'close', reason: 'resolved' })).ok).toBe(
    true,
  );
  n.otherService = await makeRequest('SW-Dirty Alley', at('1540 W North Ave', 39.3093, -76.644));
});

describe('already reported?', () => {
  it('offers open requests of the service within 150 m or on the same block, from the last 30 days', async () => {
    const byPosition = await openRequestsNearby({
      serviceCode: 'TRM-Potholes',
      lat: 39.3094,
      long: -76.6445,
    });
    expect(byPosition.map((r) => r.trackingNumber)).toEqual([n.near]);
    expect(byPosition[0].meters).toBeLessThan(150);

    const byAddress = await openRequestsNearby({
      serviceCode: 'TRM-Potholes',
      address: '1500 W North Ave',
    });
    expect(byAddress.map((r) => r.trackingNumber).sort()).toEqual([n.near, n.block].sort());
    expect(await openRequestsNearby({ serviceCode: 'TRM-Potholes', address: 'Somewhere' })).toEqual(
      [],
    );
  });

  it('following adds the resident to its updates once, tells them, and they hear of the closure', async () => {
    const contact = { email: 'neighbour@example.com', language: 'es' };
    expect(await followRequest(n.near, contact, 'en')).toEqual({
      ok: true,
      trackingNumber: n.near,
      created: true,
    });
    expect(await followRequest(n.near, contact, 'en')).toMatchObject({ ok: true, created: false });
    expect(await followRequest(n.closed, contact, 'en')).toEqual({ ok: false, error: 'closed' });
    expect(await followRequest('BAL-00-000000', contact, 'en')).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await followRequest(n.near, {}, 'en')).toEqual({ ok: false, error: 'noContact' });

    const db = await getDb();
    const [r] = await db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, n.near));
    const subs = await db
      .select()
      .from(requestSubscriptions)
      .where(eq(requestSubscriptions.requestId, r.id));
    expect(subs.map((s) => [s.role, s.recipient, s.locale])).toEqual([
      ['follower', 'neighbour@example.com', 'es'],
    ]);
    await changeRequest(agent, n.near, 1, { kind: 'close', reason: 'resolved' });
    const sent = await db
      .select({ kind: outbox.kind, token: outbox.payload })
      .from(outbox)
      .where(and(eq(outbox.requestId, r.id), eq(outbox.recipient, 'neighbour@example.com')));
    expect(sent.map((m) => m.kind)).toEqual(['following', 'closed']);
    // The survey is the sender's; the request had no consenting sender, so nobody is asked.
    expect(sent[1].token.token).toBeUndefined();
    // No new request was made by following.
    const count = await db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.serviceCode, 'TRM-Potholes'));
    expect(count.length).toBe(5);
  });
});
