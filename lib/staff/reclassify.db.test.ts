import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { requestEvents, serviceRequests, services } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { makeStaffActor } from '@/test/staff';
import { makeRequest } from '@/test/requests';
import { getPublicRequest } from '@/lib/requests/queries';
import { open311Requests } from '@/lib/open311/queries';
import { aggregate } from '@/lib/metrics/aggregate';
import { dueDate } from '@/lib/metrics/due-date';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { periodFor } from '@/lib/metrics/periods';
import { requestBatches } from '@/lib/metrics/request-level';
import { changeRequest } from './commands';
import { reclassifyRequest } from './reclassify';
import { getStaffRequest } from './request';

const DAY = 86_400_000;
const DOT_LIGHT = 'TRM-Street Light Out'; // DOT, 5 calendar days
const BGE_LIGHT = 'BGE-StLight(s) Out'; // BGE, 4 calendar days
const POTHOLES = 'TRM-Potholes'; // DOT, 2 calendar days
const FOOTWAYS = 'TRM-Footways Repair'; // DOT, 30 business days
const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const REASON = 'A BGE-owned light (pole tag says BGE)';

let dotAgent: Actor;
let bgeAgent: Actor;
let swAgent: Actor;
let admin: Actor;

async function row(trackingNumber: string) {
  const db = await getDb();
  const [r] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  return r;
}

beforeAll(async () => {
  dotAgent = await makeStaffActor('dot.agent@test.example', 'agent', 'DOT');
  bgeAgent = await makeStaffActor('bge.agent@test.example', 'agent', 'BGE');
  swAgent = await makeStaffActor('sw.agent@test.example', 'agent', 'DPW-SW');
  admin = await makeStaffActor('admin@test.example', 'admin', null);
});

describe('moving a request to the service it belongs under', () => {
  it('takes the new service’s due date, from when the request was made', async () => {
    const made = new Date(Date.now() - 2 * DAY);
    const tn = await makeRequest(DOT_LIGHT, {}, made);
    expect(+(await row(tn)).dueAt!).toBe(+made + 5 * DAY);

    const moved = await reclassifyRequest(dotAgent, {
      trackingNumber: tn,
      version: 1,
      serviceCode: BGE_LIGHT,
      reason: REASON,
    });
    // Now BGE's: the DOT agent can no longer see it (the page sends them to the queue).
    expect(moved).toEqual({ ok: true, version: 2, visible: false });
    const r = await row(tn);
    expect([r.serviceCode, r.reclassifiedFrom, r.status, r.version]).toEqual([
      BGE_LIGHT,
      DOT_LIGHT,
      'new',
      2,
    ]);
    expect(+r.dueAt!).toBe(+made + 4 * DAY);
    expect(await getStaffRequest(dotAgent, tn, 'en')).toBeNull();

    // A business-day target counts business days from the moment it was made.
    const pothole = await makeRequest(POTHOLES, POTHOLE, made);
    const asked = (await getStaffRequest(dotAgent, pothole, 'en'))!.answers;
    expect(
      (
        await reclassifyRequest(dotAgent, {
          trackingNumber: pothole,
          version: 1,
          serviceCode: FOOTWAYS,
          reason: 'It is the sidewalk, not the road',
        })
      ).ok,
    ).toBe(true);
    const db = await getDb();
    const [target] = await db.query.targets.findMany({
      where: (t, { and: both, eq: is }) =>
        both(is(t.serviceCode, FOOTWAYS), is(t.fiscalYear, fiscalYearOf(made))),
    });
    expect(+(await row(pothole)).dueAt!).toBe(+dueDate(made, target));
    // The answers it was sent with still read as the first service's questions.
    expect((await getStaffRequest(dotAgent, pothole, 'en'))!.answers).toEqual(asked);
    expect(asked[0].question).not.toBe('POTHOLE_LOCATION');
    expect(target.dayType).toBe('business');
  });

  it('shows the new service to residents, in Open311 and to the new agency', async () => {
    const tn = await makeRequest(DOT_LIGHT);
    await reclassifyRequest(dotAgent, {
      trackingNumber: tn,
      version: 1,
      serviceCode: BGE_LIGHT,
      reason: REASON,
    });
    const r = await row(tn);
    const pub = (await getPublicRequest(tn, 'en'))!;
    expect([pub.serviceCode, +pub.dueAt!]).toEqual([BGE_LIGHT, +r.dueAt!]);
    // The reason is staff-only: the resident's timeline does not show the move.
    expect(pub.events.map((e) => e.kind)).toEqual(['submitted']);
    const [o] = await open311Requests({ ids: [tn], limit: 1, offset: 0 }, 'en');
    expect([o.service_code, o.expected_datetime, o.agency_responsible]).toEqual([
      BGE_LIGHT,
      r.dueAt!.toISOString().replace(/\.\d+Z$/, 'Z'), // Open311 gives whole seconds
      'Baltimore Gas and Electric',
    ]);

    const view = (await getStaffRequest(bgeAgent, tn, 'en'))!;
    expect(view.serviceCode).toBe(BGE_LIGHT);
    expect(view.events.map((e) => [e.kind, e.visibility, e.body, e.actorName])).toEqual([
      ['submitted', 'public', null, null],
      ['reclassified', 'internal', REASON, 'dot.agent'],
    ]);
    expect(view.audit.map((a) => [a.action, a.actorName, a.before, a.after, a.version])).toEqual([
      [
        'request.reclassify',
        'dot.agent',
        { serviceCode: DOT_LIGHT, agencyCode: 'DOT', dueAt: expect.any(String) },
        {
          serviceCode: BGE_LIGHT,
          agencyCode: 'BGE',
          dueAt: r.dueAt!.toISOString(),
          reason: REASON,
        },
        2,
      ],
    ]);
    // The new agency works it like any of its own.
    expect((await changeRequest(bgeAgent, tn, 2, { kind: 'acknowledge' })).ok).toBe(true);
  });

  it('refuses a forged move of another agency’s request as “not found”, and writes nothing', async () => {
    const tn = await makeRequest(DOT_LIGHT);
    const forged = { trackingNumber: tn, version: 1, serviceCode: 'SW-Dirty Street', reason: 'x' };
    expect(await reclassifyRequest(swAgent, forged)).toEqual({ ok: false, error: 'notFound' });
    expect(await reclassifyRequest(bgeAgent, { ...forged, serviceCode: BGE_LIGHT })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(
      await reclassifyRequest(swAgent, { ...forged, trackingNumber: 'BAL-26-999999' }),
    ).toEqual({ ok: false, error: 'notFound' });
    const r = await row(tn);
    expect([r.serviceCode, r.version, r.reclassifiedFrom]).toEqual([DOT_LIGHT, 1, null]);
    const view = (await getStaffRequest(dotAgent, tn, 'en'))!;
    expect(view.audit).toEqual([]);
    expect(view.events.map((e) => e.kind)).toEqual(['submitted']);
  });

  it('refuses the same service, an unknown or withdrawn one, a closed request and a stale page', async () => {
    const tn = await makeRequest(POTHOLES, POTHOLE);
    const move = (serviceCode: string, version = 1) =>
      reclassifyRequest(dotAgent, { trackingNumber: tn, version, serviceCode, reason: 'Wrong' });
    expect(await move(POTHOLES)).toEqual({ ok: false, error: 'serviceSame' });
    expect(await move('No such service')).toEqual({ ok: false, error: 'serviceUnknown' });
    const db = await getDb();
    await db.update(services).set({ active: false }).where(eq(services.code, 'TRM-Alleys'));
    expect(await move('TRM-Alleys')).toEqual({ ok: false, error: 'serviceUnknown' });
    await db.update(services).set({ active: true }).where(eq(services.code, 'TRM-Alleys'));

    await changeRequest(dotAgent, tn, 1, { kind: 'acknowledge' });
    const stale = await move(FOOTWAYS, 1);
    expect(stale).toMatchObject({ ok: false, error: 'conflict' });
    expect(stale.ok === false && 'changes' in stale && stale.changes.map((c) => c.action)).toEqual([
      'request.acknowledge',
    ]);
    await changeRequest(dotAgent, tn, 2, { kind: 'close', reason: 'resolved' });
    expect(await move(FOOTWAYS, 3)).toEqual({ ok: false, error: 'illegal' });
    expect((await row(tn)).serviceCode).toBe(POTHOLES);
  });

  it('unassigns it when it leaves the agency, keeps the first service through later moves', async () => {
    const tn = await makeRequest(DOT_LIGHT);
    await changeRequest(dotAgent, tn, 1, { kind: 'assign', assigneeId: dotAgent.id });
    const first = await reclassifyRequest(admin, {
      trackingNumber: tn,
      version: 2,
      serviceCode: BGE_LIGHT,
      reason: REASON,
    });
    expect(first).toEqual({ ok: true, version: 3, visible: true });
    expect((await row(tn)).assignedTo).toBeNull();
    const back = await reclassifyRequest(bgeAgent, {
      trackingNumber: tn,
      version: 3,
      serviceCode: POTHOLES,
      reason: 'Actually a hole where the pole was',
    });
    expect(back).toEqual({ ok: true, version: 4, visible: false });
    const r = await row(tn);
    expect([r.serviceCode, r.reclassifiedFrom]).toEqual([POTHOLES, DOT_LIGHT]);
    const view = (await getStaffRequest(admin, tn, 'en'))!;
    expect(view.audit[1]).toMatchObject({
      before: { assigneeName: 'dot.agent' },
      after: { assigneeName: null },
    });
  });
});

describe('the figures', () => {
  it('count a moved request under its new service, as reclassified, never as referred', async () => {
    // In the last finished fiscal year, whose targets the seed has committed.
    const fy = fiscalYearOf(new Date()) - 1;
    const made = new Date(`${fy - 1}-09-01T16:00:00Z`);
    const tn = await makeRequest(DOT_LIGHT, {}, made);
    await reclassifyRequest(
      dotAgent,
      { trackingNumber: tn, version: 1, serviceCode: BGE_LIGHT, reason: REASON },
      new Date(+made + DAY),
    );
    // Closed by BGE within its 4 days: on time under BGE's target.
    await changeRequest(
      bgeAgent,
      tn,
      2,
      { kind: 'close', reason: 'resolved' },
      new Date(+made + 3 * DAY),
    );

    const db = await getDb();
    const data = await aggregate(db, periodFor(`${fy}-h1`)!);
    const bge = data.services.find((s) => s.code === BGE_LIGHT)!;
    const dot = data.services.find((s) => s.code === DOT_LIGHT)!;
    expect([bge.received, bge.closed, bge.eligible, bge.onTime, bge.reclassified]).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect([dot.received, dot.closed, dot.reclassified]).toEqual([0, 0, 0]);
    expect(data.agencies.find((a) => a.code === 'BGE')!.reclassified).toBe(1);
    expect(data.city.reclassified).toBe(1);
    expect((await row(tn)).closeReason).toBe('resolved');
    // Another period holds no move.
    expect((await aggregate(db, periodFor(`${fy}-h2`)!)).city.reclassified).toBe(0);

    // The request-level open data says where it was made and counts it where it is.
    const rows = [];
    for await (const batch of requestBatches(db, periodFor(`${fy}-h1`)!, { asOf: new Date() }))
      rows.push(...batch);
    expect(rows.find((r) => r.trackingNumber === tn)).toMatchObject({
      serviceCode: BGE_LIGHT,
      agencyCode: 'BGE',
      reclassifiedFrom: DOT_LIGHT,
      closeReason: 'resolved',
      onTimeEligible: true,
      onTime: true,
    });
    const events = await db
      .select({ kind: requestEvents.kind })
      .from(requestEvents)
      .innerJoin(serviceRequests, eq(serviceRequests.id, requestEvents.requestId))
      .where(and(eq(serviceRequests.trackingNumber, tn), eq(requestEvents.kind, 'reclassified')));
    expect(events).toHaveLength(1);
  });
});
