import { beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { outbox, serviceRequests, surveyResponses } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { makeStaffActor } from '@/test/staff';
import { makeRequest } from '@/test/requests';
import { changeRequest } from './commands';
import { suggestedDuplicates } from './duplicates';

const DAY = 86_400_000;
const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
// City Hall; a thousandth of a degree of longitude is about 86 m here, of latitude 111 m.
const LAT = 39.2904;
const LONG = -76.6104;
const at = (dLong: number, address = '100 N Holliday St', lat = LAT, long = LONG) => ({
  ...POTHOLE,
  address,
  lat: String(lat),
  long: String(long + dLong),
});
const ago = (days: number) => new Date(Date.now() - days * DAY);

let agent: Actor;
let swAgent: Actor;
let admin: Actor;

beforeAll(async () => {
  agent = await makeStaffActor('dup.agent@test.example', 'agent', 'DOT');
  swAgent = await makeStaffActor('dup.sw@test.example', 'agent', 'DPW-SW');
  admin = await makeStaffActor('dup.admin@test.example', 'admin', null);
});

async function close(tn: string, when: Date) {
  const r = await changeRequest(agent, tn, 1, { kind: 'close', reason: 'resolved' }, when);
  if (!r.ok) throw new Error(r.error);
}

describe('suggested duplicates', () => {
  it('same service, near or on the same block, open or closed in the last 30 days, nearest first', async () => {
    const here = await makeRequest('TRM-Potholes', at(0), ago(1));
    const olderOpen = await makeRequest('TRM-Potholes', at(0.0009), ago(40)); // ~77 m, open
    const sameBlock = await makeRequest(
      'TRM-Potholes',
      { ...POTHOLE, address: '120 N. Holliday Street', zip: '21202' }, // no position
      ago(0.5),
    );
    const recentlyClosed = await makeRequest('TRM-Potholes', at(0.0006), ago(12)); // ~52 m
    await close(recentlyClosed, ago(10));
    const closedLongAgo = await makeRequest('TRM-Potholes', at(0.0005), ago(45));
    await close(closedLongAgo, ago(31));
    const far = await makeRequest('TRM-Potholes', at(0.0035, '400 E Fayette St')); // ~300 m
    const otherService = await makeRequest('TRM-Debris In Roadway', {
      ...at(0.0002),
      attr__BLOCKING_TRAFFIC: 'no',
    });
    const merged = await makeRequest('TRM-Potholes', at(0.0004));
    expect((await changeRequest(agent, merged, 1, { kind: 'merge', parent: here })).ok).toBe(true);

    const found = await suggestedDuplicates(agent, here);
    expect(found.map((s) => [s.trackingNumber, s.meters === null ? null : s.meters < 100])).toEqual(
      [
        [recentlyClosed, true],
        [olderOpen, true],
        [sameBlock, null],
      ],
    );
    const numbers = found.map((s) => s.trackingNumber);
    for (const left of [here, closedLongAgo, far, otherService, merged])
      expect(numbers).not.toContain(left);
    expect(found[1]).toMatchObject({ status: 'new', address: '100 N Holliday St', version: 1 });
    expect(found[1].meters).toBeGreaterThan(70);
    expect(found[1].meters).toBeLessThan(85);
    // The newer report goes into the older; a closed one takes this one.
    expect(found.map((s) => s.direction)).toEqual(['into', 'into', 'from']);

    // Agency-scoped: another agency's staff see nothing; an admin sees the same.
    expect(await suggestedDuplicates(swAgent, here)).toEqual([]);
    expect((await suggestedDuplicates(admin, here)).map((s) => s.trackingNumber)).toEqual(numbers);
    expect(await suggestedDuplicates(agent, 'BAL-26-999999')).toEqual([]);
  });

  it('at most five, none for a closed request or one with neither position nor block', async () => {
    const here = await makeRequest('TRM-Sign Damaged/Sign Structure', {
      ...at(0, '10 S Gay St'),
      attr__SIGN_TYPE: 'stop',
      attr__SIGN_CONDITION: 'knocked_down',
    });
    for (let i = 1; i <= 6; i++) {
      await makeRequest('TRM-Sign Damaged/Sign Structure', {
        ...at(i * 0.0001, '10 S Gay St'),
        attr__SIGN_TYPE: 'stop',
        attr__SIGN_CONDITION: 'knocked_down',
      });
    }
    const five = await suggestedDuplicates(agent, here);
    expect(five).toHaveLength(5);
    expect(five.map((s) => s.meters)).toEqual(
      [...five.map((s) => s.meters)].sort((a, b) => a! - b!),
    );

    const corner = await makeRequest('TRM-Potholes', {
      ...POTHOLE,
      address: 'North Ave & Charles St',
      zip: '21218',
    });
    expect(await suggestedDuplicates(agent, corner)).toEqual([]);
    await close(here, new Date());
    expect(await suggestedDuplicates(agent, here)).toEqual([]);
  });
});

describe('merging a suggested duplicate', () => {
  // Charles Village, away from the requests above.
  const consenting = (email: string) => ({
    ...at(0.0001, '2400 N Charles St', 39.3165, -76.6178),
    zip: '21218',
    contactEmail: email,
    contactLanguage: 'en',
    consent: 'yes',
  });

  it('tells the residents it was merged and never queues a satisfaction survey', async () => {
    const original = await makeRequest('TRM-Potholes', consenting('first@example.com'), ago(2));
    const again = await makeRequest('TRM-Potholes', consenting('second@example.com'));
    const [suggestion] = await suggestedDuplicates(agent, original);
    expect(suggestion).toMatchObject({ trackingNumber: again, direction: 'from' });
    // The one action: the suggestion, at its version, merged into the request on the page.
    expect(
      await changeRequest(agent, suggestion.trackingNumber, suggestion.version, {
        kind: 'merge',
        parent: original,
      }),
    ).toEqual({ ok: true, version: 2 });

    const db = await getDb();
    const ids = await db
      .select({ id: serviceRequests.id, tn: serviceRequests.trackingNumber })
      .from(serviceRequests)
      .where(inArray(serviceRequests.trackingNumber, [original, again]));
    const idOf = (tn: string) => ids.find((r) => r.tn === tn)!.id;
    const messages = async () =>
      db
        .select({ kind: outbox.kind, requestId: outbox.requestId, payload: outbox.payload })
        .from(outbox)
        .where(inArray(outbox.requestId, [idOf(original), idOf(again)]))
        .orderBy(outbox.id);
    const afterMerge = await messages();
    expect(afterMerge.map((m) => m.kind)).toEqual(['confirmation', 'confirmation', 'merged']);
    expect(afterMerge.every((m) => !('token' in m.payload))).toBe(true);
    expect(afterMerge.some((m) => m.kind === 'satisfaction_survey')).toBe(false);
    const surveys = () =>
      db
        .select({ requestId: surveyResponses.requestId })
        .from(surveyResponses)
        .where(eq(surveyResponses.kind, 'satisfaction'));
    const ofThese = async () =>
      (await surveys()).filter((s) => [idOf(original), idOf(again)].includes(s.requestId));
    expect(await ofThese()).toEqual([]);
    expect(await suggestedDuplicates(agent, original)).toEqual([]); // merged: no longer suggested

    // The original's closure, a real outcome, is what asks (its requester) how it went.
    await changeRequest(agent, original, 1, { kind: 'close', reason: 'resolved' });
    expect((await ofThese()).map((s) => s.requestId)).toEqual([idOf(original)]);
  });
});
