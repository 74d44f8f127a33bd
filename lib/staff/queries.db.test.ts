import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { auditEvents, serviceRequests } from '@/db/schema';
import { makeRequest } from '@/test/requests';
import { makeStaffActor } from '@/test/staff';
import type { Actor } from '@/lib/auth/authorize';
import { readQueueFilters } from './queue-filters';
import { exportQueue, listQueue, queueNeighbours } from './queries';
import { bulkChange, changeRequest } from './commands';
import { deleteView, listSavedViews, saveView, SAVED_VIEWS_MAX } from './saved-views';

let dotAgent: Actor;
let dotAgent2: Actor;
let swAgent: Actor;
let admin: Actor;
const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const DAY = 86_400_000;

async function make(
  code: string,
  address: string,
  zip: string,
  extra: Record<string, unknown>,
  now?: Date,
) {
  return makeRequest(code, { address, zip, ...extra }, now);
}
async function setDue(trackingNumber: string, dueAt: Date | null) {
  const db = await getDb();
  await db
    .update(serviceRequests)
    .set({ dueAt })
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
}
const numbers = (q: { rows: { trackingNumber: string }[] }) => q.rows.map((r) => r.trackingNumber);

let pothole = '';
let oldPothole = '';
beforeAll(async () => {
  dotAgent = await makeStaffActor('q.dot@test.example', 'agent', 'DOT');
  dotAgent2 = await makeStaffActor('q.dot2@test.example', 'agent', 'DOT');
  swAgent = await makeStaffActor('q.sw@test.example', 'agent', 'DPW-SW');
  admin = await makeStaffActor('q.admin@test.example', 'admin', null);
  pothole = await make('TRM-Potholes', '100 N Holliday St', '21202', {
    ...POTHOLE,
    description: 'Deep hole',
  });
  oldPothole = await make(
    'TRM-Potholes',
    '2400 N Charles St',
    '21218',
    POTHOLE,
    new Date(Date.now() - 10 * DAY),
  );
  await make('SW-Dirty Alley', '300 E Lafayette Ave', '21202', {});
});

describe('the staff queue', () => {
  it('shows agents only their agency’s requests; admins see all', async () => {
    const dot = await listQueue(dotAgent, readQueueFilters({}));
    expect(dot.rows.map((r) => r.serviceCode).every((c) => c === 'TRM-Potholes')).toBe(true);
    expect(dot.total).toBe(2);
    const sw = await listQueue(swAgent, readQueueFilters({}));
    expect(sw.rows.map((r) => r.serviceCode)).toEqual(['SW-Dirty Alley']);
    expect((await listQueue(admin, readQueueFilters({}))).total).toBe(3);
  });
  it('filters by overdue, ZIP, text and status, and counts per status', async () => {
    const overdue = await listQueue(dotAgent, readQueueFilters({ overdue: '1' }));
    expect(numbers(overdue)).toEqual([oldPothole]);
    expect(overdue.rows[0].overdue).toBe(true);
    expect(numbers(await listQueue(dotAgent, readQueueFilters({ zip: '21218' })))).toEqual([
      oldPothole,
    ]);
    expect(numbers(await listQueue(dotAgent, readQueueFilters({ q: 'deep' })))).toEqual([pothole]);
    expect((await listQueue(dotAgent, readQueueFilters({ q: pothole.toLowerCase() }))).total).toBe(
      1,
    );
    expect((await listQueue(dotAgent, readQueueFilters({ q: '%' }))).total).toBe(0);
    expect((await listQueue(dotAgent, readQueueFilters({ status: 'closed' }))).total).toBe(0);
    expect((await listQueue(dotAgent, readQueueFilters({}))).counts).toEqual({
      new: 2,
      acknowledged: 0,
      in_progress: 0,
      closed: 0,
    });
  });
  it('sorts newest or oldest first; by default by time left', async () => {
    expect(numbers(await listQueue(dotAgent, readQueueFilters({ sort: 'oldest' })))[0]).toBe(
      oldPothole,
    );
    expect(numbers(await listQueue(dotAgent, readQueueFilters({ sort: 'newest' })))[0]).toBe(
      pothole,
    );
    expect(numbers(await listQueue(dotAgent, readQueueFilters({})))[0]).toBe(oldPothole);
  });
});

describe('open requests by time left (the default view)', () => {
  const marker = 'Timeleft Ave';
  let soon = '';
  let later = '';
  let overdue = '';
  let noTarget = '';
  let closed = '';
  let closedOverdue = '';
  beforeAll(async () => {
    const now = Date.now();
    const mk = async (n: number, due: Date | null) => {
      const tn = await make('TRM-Potholes', `${n} ${marker}`, '21230', POTHOLE);
      await setDue(tn, due);
      return tn;
    };
    noTarget = await mk(1, null);
    later = await mk(2, new Date(now + 5 * DAY));
    soon = await mk(3, new Date(now + 2 * 3_600_000));
    overdue = await mk(4, new Date(now - 3 * DAY));
    closed = await mk(5, new Date(now + DAY));
    closedOverdue = await mk(6, new Date(now - 30 * DAY));
    for (const tn of [closed, closedOverdue])
      expect((await changeRequest(dotAgent, tn, 1, { kind: 'close', reason: 'resolved' })).ok).toBe(
        true,
      );
  });
  it('leaves closed requests out unless asked, overdue first, no target date last', async () => {
    const open = await listQueue(dotAgent, readQueueFilters({ q: marker }));
    expect(numbers(open)).toEqual([overdue, soon, later, noTarget]);
    expect(open.rows[0].overdue).toBe(true);
    const all = await listQueue(dotAgent, readQueueFilters({ q: marker, status: 'all' }));
    // A request closed long ago does not lead the list because its target date was early.
    expect(numbers(all)).toEqual([overdue, soon, later, noTarget, closedOverdue, closed]);
    expect(
      numbers(await listQueue(dotAgent, readQueueFilters({ q: marker, status: 'closed' }))),
    ).toEqual([closedOverdue, closed]);
  });
  it('pages by the chosen size', async () => {
    const f = readQueueFilters({ q: marker, status: 'all', size: '25' });
    expect((await listQueue(dotAgent, f)).pages).toBe(1);
    expect((await listQueue(dotAgent, { ...f, size: 25, page: 2 })).rows).toEqual([]);
  });
  it('gives the previous and next request within the same filter and order', async () => {
    const f = readQueueFilters({ q: marker });
    expect(await queueNeighbours(dotAgent, f, overdue)).toEqual({ previous: null, next: soon });
    expect(await queueNeighbours(dotAgent, f, later)).toEqual({ previous: soon, next: noTarget });
    expect(await queueNeighbours(dotAgent, f, noTarget)).toEqual({ previous: later, next: null });
    // Not in the view (closed), or not the actor's agency: no neighbours.
    expect(await queueNeighbours(dotAgent, f, closed)).toEqual({ previous: null, next: null });
    expect(await queueNeighbours(swAgent, f, soon)).toEqual({ previous: null, next: null });
    const newest = readQueueFilters({ q: marker, sort: 'newest', status: 'all' });
    expect(await queueNeighbours(dotAgent, newest, closed)).toEqual({
      previous: closedOverdue,
      next: overdue,
    });
  });
  it('exports every matching request of the actor’s agency, with no page limit', async () => {
    const all = await exportQueue(dotAgent, readQueueFilters({ q: marker, status: 'all' }));
    expect(all.rows.map((r) => r.trackingNumber)).toHaveLength(6);
    expect(all.truncated).toBe(false);
    expect(
      (await exportQueue(swAgent, readQueueFilters({ q: marker, status: 'all' }))).rows,
    ).toEqual([]);
    expect(Object.keys(all.rows[0])).not.toContain('email');
  });
});

describe('bulk close from the queue', () => {
  it('closes exactly the picked requests of the actor’s agency; a forged pick changes nothing', async () => {
    const a = await make('TRM-Potholes', '1 Bulkclose Rd', '21230', POTHOLE);
    const b = await make('TRM-Potholes', '2 Bulkclose Rd', '21230', POTHOLE);
    const untouched = await make('TRM-Potholes', '3 Bulkclose Rd', '21230', POTHOLE);
    const foreign = await make('SW-Dirty Alley', '4 Bulkclose Rd', '21230', {});
    await changeRequest(dotAgent2, b, 1, { kind: 'acknowledge' }); // b is now at version 2
    const result = await bulkChange(
      dotAgent,
      [
        { trackingNumber: a, version: 1 },
        { trackingNumber: b, version: 1 },
        { trackingNumber: foreign, version: 1 },
      ],
      { kind: 'close', reason: 'referred', referredTo: 'BGE', publicNote: 'Passed to BGE' },
    );
    expect(result).toEqual({ done: [a], conflicts: [b], refused: [foreign] });
    const db = await getDb();
    const rows = await db
      .select({
        tn: serviceRequests.trackingNumber,
        id: serviceRequests.id,
        status: serviceRequests.status,
        referredTo: serviceRequests.referredTo,
      })
      .from(serviceRequests)
      .where(inArray(serviceRequests.trackingNumber, [a, b, untouched, foreign]));
    const by = Object.fromEntries(rows.map((r) => [r.tn, r]));
    expect(by[a]).toMatchObject({ status: 'closed', referredTo: 'BGE' });
    expect(by[b].status).toBe('acknowledged');
    expect(by[untouched].status).toBe('new');
    expect(by[foreign].status).toBe('new');
    const audit = await db
      .select({ entityId: auditEvents.entityId, action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorId, dotAgent.id),
          inArray(
            auditEvents.entityId,
            [a, b, untouched, foreign].map((tn) => String(by[tn].id)),
          ),
        ),
      );
    expect(audit).toEqual([{ entityId: String(by[a].id), action: 'request.close' }]);
  });
});

describe('saved views', () => {
  it('are kept per user, by a unique name, with a cleaned query', async () => {
    const saved = await saveView(
      dotAgent,
      '  Overdue   potholes ',
      'overdue=1&bogus=x&page=3&sort=due',
    );
    expect(saved.ok).toBe(true);
    expect(await listSavedViews(dotAgent)).toEqual([
      { id: saved.ok ? saved.id : 0, name: 'Overdue potholes', query: 'overdue=1' },
    ]);
    expect(await saveView(dotAgent, 'Overdue potholes', '')).toEqual({
      ok: false,
      error: 'nameTaken',
    });
    expect(await saveView(dotAgent, '  ', '')).toEqual({ ok: false, error: 'nameRequired' });
    expect(await saveView(dotAgent, 'x'.repeat(61), '')).toEqual({
      ok: false,
      error: 'nameTooLong',
    });
    // Another user may use the same name, and sees only their own.
    expect((await saveView(dotAgent2, 'Overdue potholes', 'status=all')).ok).toBe(true);
    expect((await listSavedViews(dotAgent2)).map((v) => v.query)).toEqual(['status=all']);
  });
  it('can be deleted by their owner only', async () => {
    const [mine] = await listSavedViews(dotAgent);
    expect(await deleteView(dotAgent2, mine.id)).toBe(false);
    expect(await deleteView(swAgent, mine.id)).toBe(false);
    expect(await listSavedViews(dotAgent)).toHaveLength(1);
    expect(await deleteView(dotAgent, mine.id)).toBe(true);
    expect(await listSavedViews(dotAgent)).toEqual([]);
    expect(await deleteView(dotAgent, 2 ** 40)).toBe(false);
  });
  it('are capped per user', async () => {
    for (let i = 0; i < SAVED_VIEWS_MAX; i++)
      expect(
        (await saveView(swAgent, `View ${i}`, `zip=212${String(i).padStart(2, '0')}`)).ok,
      ).toBe(true);
    expect(await saveView(swAgent, 'One more', '')).toEqual({ ok: false, error: 'tooMany' });
  });
});
