import { beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests, surveyResponses } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest, type RequestChange } from '@/lib/staff/commands';
import { setTarget } from '@/lib/targets/commands';
import { makeRequest } from '@/test/requests';
import { aggregate } from './aggregate';
import { daysToClose, onTime, percentile, type ClosedRequest } from './definitions';
import { fiscalYearOf } from './fiscal-year';
import { periodFor } from './periods';
import { performanceFor, reportFor } from './queries';

const DAY = 86_400_000;
const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
// Fixtures follow the clock (tests run on any date; npm test also runs them at shifted dates):
// they sit in the last finished fiscal year, whose targets the seed has committed.
const NOW = new Date();
const FY = fiscalYearOf(NOW) - 1;
const Y0 = FY - 1; // the calendar year FY starts in
const t0 = new Date(`${Y0}-08-04T16:00:00Z`); // noon in Baltimore, FY H1
let agent: Actor;
const numbers: Record<string, string> = {};

async function made(name: string, created: Date, close?: { after: number; change: RequestChange }) {
  const tn = await makeRequest('TRM-Potholes', POTHOLE, created);
  numbers[name] = tn;
  if (close) {
    const r = await changeRequest(
      agent,
      tn,
      1,
      close.change,
      new Date(created.getTime() + close.after),
    );
    if (!r.ok) throw new Error(r.error);
  }
  return tn;
}
const resolved: RequestChange = { kind: 'close', reason: 'resolved' };
/**
 * Records the period's last computation as a small city's (instant): a stale snapshot is then
 * recomputed on the view, whatever this machine's load made it cost (see refresh.db.test.ts for
 * the expensive case).
 */
async function cheap(key: string) {
  await (
    await getDb()
  ).execute(
    sql`update performance_snapshots set data = jsonb_set(data, '{computeMs}', '0') where key = ${key}`,
  );
}

/**
 * The backlog at FY's end (1 July, Baltimore) is every request open then, whatever its age:
 * dirty streets made 11, 72 and 335 days before the end, one made two years before it, one
 * made before FY and closed only after its end, and one made and closed before FY (not open).
 */
const street: Record<string, string> = {};
let targetBefore = 0;
let swSupervisor: Actor;
async function backlogFixtures() {
  const u = await createStaffUser({
    email: 'metrics.sw@test.example',
    name: 'Metrics SW',
    password: 'a long enough test passphrase',
    role: 'supervisor', // reopening is a supervisor's
    agencyCode: 'DPW-SW',
  });
  if (!u.ok) throw new Error(u.error);
  const sw: Actor = { id: u.id, role: 'supervisor', agencyCode: 'DPW-SW' };
  swSupervisor = sw;
  const make = async (name: string, created: string, closed?: string) => {
    street[name] = await makeRequest('SW-Dirty Street', {}, new Date(created));
    if (closed) {
      const r = await changeRequest(sw, street[name], 1, resolved, new Date(closed));
      if (!r.ok) throw new Error(r.error);
    }
  };
  // The dirty street's on-time goal changed in February of FY, with a reason.
  const inFy = new Date(`${FY}-02-15T16:00:00Z`);
  const seeded = (await aggregate(await getDb(), periodFor(String(FY), NOW)!)).services.find(
    (x) => x.code === 'SW-Dirty Street',
  )!.target!;
  targetBefore = seeded.onTimeGoalPct;
  const set = await setTarget(
    sw,
    {
      serviceCode: 'SW-Dirty Street',
      fiscalYear: FY,
      daysToClose: seeded.daysToClose,
      dayType: seeded.dayType,
      onTimeGoalPct: seeded.onTimeGoalPct === 90 ? 80 : 90,
      satisfactionGoalPct: seeded.satisfactionGoalPct,
      reason: 'Crews moved to snow removal',
    },
    inFy,
  );
  if (!set.ok) throw new Error(JSON.stringify(set));
  await make('days11', `${FY}-06-20T16:00:00Z`);
  await make('days72', `${FY}-04-20T16:00:00Z`);
  await make('days335', `${Y0}-07-31T16:00:00Z`);
  await make('twoYears', `${Y0 - 1}-05-01T16:00:00Z`);
  // Closed two days after FY ended (or a minute ago, when FY ended less than that ago).
  const after = new Date(Math.min(Date.parse(`${FY}-07-03T16:00:00Z`), Date.now() - 60_000));
  await make('closedAfter', `${Y0}-03-01T16:00:00Z`, after.toISOString());
  await make('closedBefore', `${Y0}-03-01T16:00:00Z`, `${Y0}-05-01T16:00:00Z`);
  // In FY: one closed a day later as "could not find the problem" (no action: not on-time), and
  // one closed a day later, reopened three days after, and closed again four days after that.
  street.notFound = await makeRequest('SW-Dirty Street', {}, new Date(`${FY}-02-01T16:00:00Z`));
  const notFound = await changeRequest(
    sw,
    street.notFound,
    1,
    { kind: 'close', reason: 'unable_to_locate' },
    new Date(`${FY}-02-02T16:00:00Z`),
  );
  if (!notFound.ok) throw new Error(notFound.error);
  await make('reopened', `${FY}-03-02T16:00:00Z`, `${FY}-03-03T16:00:00Z`);
  for (const [version, change, at] of [
    [2, { kind: 'reopen', reason: 'The problem came back' }, `${FY}-03-06T16:00:00Z`],
    [3, resolved, `${FY}-03-10T16:00:00Z`],
  ] as const) {
    const r = await changeRequest(sw, street.reopened, version, change, new Date(at));
    if (!r.ok) throw new Error(r.error);
  }
}

beforeAll(async () => {
  const u = await createStaffUser({
    email: 'metrics@test.example',
    name: 'Metrics',
    password: 'a long enough test passphrase',
    role: 'agent',
    agencyCode: 'DOT',
  });
  if (!u.ok) throw new Error(u.error);
  agent = { id: u.id, role: 'agent', agencyCode: 'DOT' };
  await made('fast', t0, { after: 1 * DAY, change: resolved }); // on time
  await made('slow', t0, { after: 3 * DAY, change: resolved }); // late (target 2 days)
  await made('exact', t0, { after: 2 * DAY, change: resolved }); // on its due date: on time
  await made('dup', t0, { after: DAY / 2, change: { kind: 'merge', parent: numbers.fast } });
  await made('referred', t0, { after: 10 * DAY, change: { kind: 'close', reason: 'referred' } });
  await made('open', t0); // still open, long overdue
  // Received in the fiscal year before, closed in FY: counts in closures, not in received.
  await made('carried', new Date(`${Y0}-06-30T16:00:00Z`), { after: 36 * DAY, change: resolved });
  await backlogFixtures();
  // Another agency, another fiscal year: must not leak into DOT's figures for FY.
  await makeRequest('SW-Dirty Alley', {}, new Date(`${FY}-08-04T16:00:00Z`));
  // One satisfaction answer (under 10: suppressed).
  const db = await getDb();
  const [fast] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, numbers.fast));
  await db.insert(surveyResponses).values({
    requestId: fast.id,
    kind: 'satisfaction',
    tokenHash: 'fixture',
    score: 5,
    answeredAt: new Date(t0.getTime() + 3 * DAY),
  });
});

describe('the transparency figures (SQL) against the definitions', () => {
  it('match hand-computed values for the last fiscal year', async () => {
    const data = await aggregate(await getDb(), periodFor(String(FY), NOW)!);
    const potholes = data.services.find((s) => s.code === 'TRM-Potholes')!;
    expect(potholes).toMatchObject({
      received: 6, // fast, slow, exact, dup, referred, open
      open: 1,
      overdue: 1,
      closed: 6, // + carried, − open
      medianDays: 2.5, // [1, 2, 3, 36]: duplicates and referrals left out
      responses: 1,
      satisfied: 1,
      satisfactionPct: null, // suppressed under 10 responses
    });
    expect(potholes.p90Days).toBeCloseTo(26.1, 6); // rank 2.7: 3 + 0.7 × 33
    expect(potholes.target).toMatchObject({ daysToClose: 2, onTimeGoalPct: 90 });
    expect(potholes.attainment).toBeCloseTo(Math.round(potholes.onTimePct! * 10) / 10 / 90, 10);
    expect(potholes.speedAttainment).toBeCloseTo(2 / 2.5, 10);
    // The agency and the city hold only these requests, so they say the same.
    const dot = data.agencies.find((a) => a.code === 'DOT')!;
    expect([dot.received, dot.closed, dot.medianDays]).toEqual([6, 6, 2.5]);
    // The city adds the dirty streets received in FY: five, of which two closed in FY.
    expect([data.city.received, data.city.closed]).toEqual([11, 8]);
    // 4 eligible closures: too few to call met or missed (MIN_CLOSURES), in neither count; so
    // is the dirty street's one.
    expect(potholes.verdict).toBe('too_few');
    expect(data.city.servicesMeasured).toBe(0);
    expect(data.city.servicesMet).toBe(0);
    expect(data.city.servicesTooFew).toBe(2);
    expect(dot.servicesTooFew).toBe(1);
    expect(data.demo).toBe(false);
    // The monthly trend: August of its first year holds the closures.
    expect(data.months.map((m) => m.month)).toHaveLength(12);
    const aug = data.months.find((m) => m.month === `${Y0}-08`)!;
    expect([aug.received, aug.closed, aug.medianDays]).toEqual([6, 6, 2.5]);
  });

  it('count the whole backlog at the period end, old requests included, by age', async () => {
    const p = periodFor(String(FY), NOW)!;
    const db = await getDb();
    const data = await aggregate(db, p);
    const dirty = data.services.find((s) => s.code === 'SW-Dirty Street')!;
    expect(dirty.received).toBe(5); // days11, days72, days335, notFound, reopened
    expect(dirty.open).toBe(5); // days…, twoYears, closedAfter; not closedBefore nor the closed
    expect(dirty.openAge).toEqual([1, 1, 1, 2]);
    // Overdue: those of the five whose due date had passed at the end (from their own rows).
    const rows = await db
      .select({ tn: serviceRequests.trackingNumber, dueAt: serviceRequests.dueAt })
      .from(serviceRequests)
      .where(inArray(serviceRequests.trackingNumber, Object.values(street)));
    const openAtEnd = ['days11', 'days72', 'days335', 'twoYears', 'closedAfter'].map(
      (n) => street[n],
    );
    const overdue = rows.filter((r) => openAtEnd.includes(r.tn) && r.dueAt && r.dueAt < p.end);
    expect(dirty.overdue).toBe(overdue.length);
    expect(overdue.length).toBeGreaterThanOrEqual(3); // 72 and 325 days old, and closedAfter
    // The agency and the city hold the same backlog, plus the one open pothole for the city.
    const sw = data.agencies.find((a) => a.code === 'DPW-SW')!;
    expect([sw.open, sw.openAge]).toEqual([5, [1, 1, 1, 2]]);
    expect(data.city.open).toBe(6);
  });

  it('show a target changed during its year: when, from what to what, and why', async () => {
    const data = await aggregate(await getDb(), periodFor(String(FY), NOW)!);
    const dirty = data.services.find((s) => s.code === 'SW-Dirty Street')!;
    const after = targetBefore === 90 ? 80 : 90;
    expect(dirty.target!.onTimeGoalPct).toBe(after);
    expect(dirty.target!.changes).toEqual([
      {
        at: expect.any(String),
        before: { onTimeGoalPct: targetBefore },
        after: { onTimeGoalPct: after },
        reason: 'Crews moved to snow removal',
      },
    ]);
    // The potholes' target did not change: no history.
    expect(data.services.find((s) => s.code === 'TRM-Potholes')!.target!.changes).toEqual([]);
  });

  it('report closures without action, duplicates, reopenings and first response apart', async () => {
    const data = await aggregate(await getDb(), periodFor(String(FY), NOW)!);
    const dirty = data.services.find((s) => s.code === 'SW-Dirty Street')!;
    expect(dirty).toMatchObject({
      closed: 2,
      noAction: 1, // notFound: not on time, not late — left out of on-time
      duplicates: 0,
      reopened: 1,
      firstResponseHours: 24, // both first answered by a closure a day after they were made
    });
    expect(dirty.eligible).toBe(1); // only the one closed after real work (if it had a target)
    const potholes = data.services.find((s) => s.code === 'TRM-Potholes')!;
    expect([potholes.duplicates, potholes.noAction, potholes.reopened]).toEqual([1, 0, 0]);
    expect(data.city.reopened).toBe(1);
  });

  it('agree with lib/metrics/definitions on the same rows', async () => {
    const p = periodFor(String(FY), NOW)!;
    const db = await getDb();
    const rows = await db
      .select()
      .from(serviceRequests)
      .where(inArray(serviceRequests.trackingNumber, Object.values(numbers)));
    const closedInPeriod: ClosedRequest[] = rows
      .filter((r) => r.closedAt && r.closedAt >= p.start && r.closedAt < p.end)
      .map((r) => ({
        createdAt: r.createdAt,
        closedAt: r.closedAt!,
        dueAt: r.dueAt,
        closeReason: r.closeReason!,
      }));
    const data = await aggregate(db, p);
    const potholes = data.services.find((s) => s.code === 'TRM-Potholes')!;
    const expected = onTime(closedInPeriod);
    expect([potholes.eligible, potholes.onTime]).toEqual([expected.eligible, expected.onTime]);
    expect(potholes.onTimePct).toBeCloseTo(expected.pct!, 10);
    expect(potholes.medianDays).toBeCloseTo(percentile(daysToClose(closedInPeriod), 0.5)!, 10);
    expect(potholes.p90Days).toBeCloseTo(percentile(daysToClose(closedInPeriod), 0.9)!, 10);
  });

  it('halves split at 1 January, Baltimore time', async () => {
    const db = await getDb();
    const h1 = await aggregate(db, periodFor(`${FY}-h1`, NOW)!);
    const h2 = await aggregate(db, periodFor(`${FY}-h2`, NOW)!);
    const dot = (d: typeof h1) => d.agencies.find((x) => x.code === 'DOT')!;
    expect(dot(h1).received).toBe(6);
    expect(dot(h2).received).toBe(0);
    expect(h1.months.map((m) => m.month)[0]).toBe(`${Y0}-07`);
  });

  it('snapshots are reused until something changes, then recomputed', async () => {
    const p = periodFor(String(FY + 1))!; // this fiscal year, to date
    const first = await performanceFor(p);
    await cheap(p.key);
    const again = await performanceFor(p);
    expect(+again.computedAt).toBe(+first.computedAt);
    // A closure today changes the figures. Within the reuse window (5 s at this size) a burst of
    // changes is served the snapshot; after it, the next view recomputes.
    expect((await changeRequest(agent, numbers.open, 1, resolved)).ok).toBe(true);
    const soon = await performanceFor(p, new Date(Date.now() + 1_000));
    expect(+soon.computedAt).toBe(+first.computedAt);
    const after = await performanceFor(p, new Date(Date.now() + 6_000));
    expect(+after.computedAt).toBeGreaterThan(+first.computedAt);
    expect(after.city.closed).toBe(first.city.closed + 1);
  });

  it('publishes an ended period once; a reopening later shows as a dated correction', async () => {
    const p = periodFor(String(FY), NOW)!;
    const first = await reportFor(p);
    await cheap(p.key);
    expect(first.publishedAt).not.toBeNull();
    expect(first.corrections).toEqual([]);
    const dirty = (r: typeof first) => r.services.find((s) => s.code === 'SW-Dirty Street')!;
    expect([dirty(first).closed, dirty(first).open]).toEqual([2, 5]);

    // Reopened today: the published half keeps its figures; the change is a correction.
    const reopen = await changeRequest(swSupervisor, street.reopened, 4, {
      kind: 'reopen',
      reason: 'The dumping is back',
    });
    expect(reopen.ok).toBe(true);
    const later = await reportFor(p, new Date(Date.now() + 6_000)); // past the reuse window
    expect(+later.publishedAt!).toBe(+first.publishedAt!);
    expect([dirty(later).closed, dirty(later).open]).toEqual([2, 5]);
    expect(later.corrections).toEqual(
      expect.arrayContaining([
        { scope: 'city', field: 'closed', published: 8, now: 7 },
        { scope: 'SW-Dirty Street', field: 'closed', published: 2, now: 1 },
        { scope: 'SW-Dirty Street', field: 'open', published: 5, now: 6 },
      ]),
    );
    expect(later.correctedAt).not.toBeNull();
  });
});
