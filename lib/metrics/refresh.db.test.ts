import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { database, getDb } from '@/lib/db';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { fiscalYearOf } from './fiscal-year';
import { periodFor } from './periods';
import { performanceFor, reportFor, settled } from './queries';

// Counts the computations (and fails the next one on demand) around the real aggregate.
// With `settings` on, each computation also records how its database session is set up, and
// `running`/`most` how many ran at once.
const control = vi.hoisted(() => ({
  calls: 0,
  failNext: false,
  settings: false,
  seen: [] as { workers: string; readOnly: string }[],
  running: 0,
  most: 0,
}));
vi.mock('./aggregate', async (importOriginal) => {
  const real = await importOriginal<typeof import('./aggregate')>();
  return {
    ...real,
    aggregate: async (...args: Parameters<typeof real.aggregate>) => {
      control.calls++;
      if (control.failNext) {
        control.failNext = false;
        throw new Error('database went away');
      }
      control.most = Math.max(control.most, ++control.running);
      try {
        if (control.settings) {
          const [db] = args;
          const show = async (name: string) =>
            Object.values((await db.execute(sql.raw(`show ${name}`))).rows[0] as object)[0];
          control.seen.push({
            workers: await show('max_parallel_workers_per_gather'),
            readOnly: await show('transaction_read_only'),
          });
        }
        return await real.aggregate(...args);
      } finally {
        control.running--;
      }
    },
  };
});

const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const NOW = new Date();
const FY = fiscalYearOf(NOW); // the running fiscal year
const LAST = FY - 1; // ended; it runs from 1 July LAST-1 to 30 June LAST
/** A view well past the reuse window of a snapshot marked expensive (computeMs 1 s: 20 s). */
const later = (s = 60) => new Date(Date.now() + s * 1000);
let supervisor: Actor;
let lastYearStreet: string;

/**
 * What the last computation of a period cost, as stored: 1 s is a big city's (the next stale view
 * serves the snapshot and refreshes aside); 0 a small one's, whatever this machine's load.
 */
async function markCost(key: string, ms: number, claimedAt?: Date) {
  const db = await getDb();
  await db.execute(
    sql`update performance_snapshots
        set data = jsonb_set(data, '{computeMs}', to_jsonb(${ms}::int))
          || ${claimedAt ? sql`jsonb_build_object('refreshingSince', ${claimedAt.toISOString()}::text)` : sql`'{}'::jsonb`}
        where key = ${key}`,
  );
}
const markExpensive = (key: string, claimedAt?: Date) => markCost(key, 1000, claimedAt);

beforeAll(async () => {
  const u = await createStaffUser({
    email: 'refresh.sw@test.example',
    name: 'Refresh SW',
    password: 'a long enough test passphrase',
    role: 'supervisor',
    agencyCode: 'DPW-SW',
  });
  if (!u.ok) throw new Error(u.error);
  supervisor = { id: u.id, role: 'supervisor', agencyCode: 'DPW-SW' };
  // This fiscal year: two potholes reported now. Last fiscal year: one dirty street reported on
  // 4 August and closed two days later.
  await makeRequest('TRM-Potholes', POTHOLE);
  await makeRequest('TRM-Potholes', POTHOLE);
  lastYearStreet = await makeRequest(
    'SW-Dirty Street',
    {},
    new Date(`${LAST - 1}-08-04T16:00:00Z`),
  );
  const closed = await changeRequest(
    supervisor,
    lastYearStreet,
    1,
    { kind: 'close', reason: 'resolved' },
    new Date(`${LAST - 1}-08-06T16:00:00Z`),
  );
  if (!closed.ok) throw new Error(closed.error);
});

afterEach(async () => {
  await settled();
  vi.restoreAllMocks();
});

describe('stale-while-revalidate snapshots', () => {
  const p = periodFor(String(FY))!;

  it('after a change, an expensive snapshot is served at once, with its own time, and replaced in the background', async () => {
    const first = await performanceFor(p);
    expect(first.city.received).toBe(2);
    await markExpensive(p.key);
    await makeRequest('TRM-Potholes', POTHOLE);
    const calls = control.calls;

    const stale = await performanceFor(p, later());
    expect(+stale.computedAt).toBe(+first.computedAt);
    expect(stale.city.received).toBe(2);
    expect(stale).not.toHaveProperty('refreshingSince');

    await settled();
    expect(control.calls).toBe(calls + 1);
    const fresh = await performanceFor(p, later());
    expect(fresh.city.received).toBe(3);
    expect(+fresh.computedAt).toBeGreaterThan(+first.computedAt);
    expect(control.calls).toBe(calls + 1); // the refreshed snapshot is fresh: no computation
  });

  it('a cheap stale snapshot is recomputed on the view (a small city sees its change at once)', async () => {
    const before = await performanceFor(p, later());
    await markCost(p.key, 0);
    await makeRequest('TRM-Potholes', POTHOLE);
    const calls = control.calls;
    const after = await performanceFor(p, later());
    expect(after.city.received).toBe(before.city.received + 1);
    expect(control.calls).toBe(calls + 1);
  });

  it('concurrent views start one recomputation, in the background or not', async () => {
    const base = await performanceFor(p, later());
    await markExpensive(p.key);
    await makeRequest('TRM-Potholes', POTHOLE);
    let calls = control.calls;
    const views = await Promise.all(Array.from({ length: 5 }, () => performanceFor(p, later())));
    // The first is served the old snapshot; on PostgreSQL a later one may already read the new.
    const served = new Set(views.map((v) => +v.computedAt));
    expect(served.has(+base.computedAt)).toBe(true);
    expect(served.size).toBeLessThanOrEqual(2);
    await settled();
    expect(control.calls).toBe(calls + 1);

    // No snapshot at all (a first view): they all wait for the same computation.
    await (await getDb()).execute(sql`delete from performance_snapshots where key = ${p.key}`);
    calls = control.calls;
    const cold = await Promise.all(Array.from({ length: 5 }, () => performanceFor(p)));
    expect(new Set(cold.map((v) => +v.computedAt)).size).toBe(1);
    expect(cold[0].city.received).toBe(base.city.received + 1);
    expect(control.calls).toBe(calls + 1);
  });

  it('leaves the refresh to the instance that claimed it, until its claim is 2 minutes old', async () => {
    const base = await performanceFor(p, later());
    const claimedAt = new Date();
    await markExpensive(p.key, claimedAt); // another server instance is recomputing
    await makeRequest('TRM-Potholes', POTHOLE);
    const calls = control.calls;
    const served = await performanceFor(p, new Date(+claimedAt + 60_000));
    await settled();
    expect(control.calls).toBe(calls);
    expect(+served.computedAt).toBe(+base.computedAt);

    // That instance died: the claim is taken over.
    await performanceFor(p, new Date(+claimedAt + 121_000));
    await settled();
    expect(control.calls).toBe(calls + 1);
    expect((await performanceFor(p, later())).city.received).toBe(base.city.received + 1);
  });

  it('a failed background recomputation is logged, leaves the old snapshot served, and is retried later', async () => {
    const base = await performanceFor(p, later());
    await markExpensive(p.key);
    await makeRequest('TRM-Potholes', POTHOLE);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    control.failNext = true;
    const calls = control.calls;
    const t = Date.now();

    const served = await performanceFor(p, new Date(t + 60_000));
    await settled();
    expect(control.calls).toBe(calls + 1);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0][0])).toContain('background recomputation failed');
    const still = await performanceFor(p, new Date(t + 90_000));
    await settled();
    expect([+served.computedAt, +still.computedAt]).toEqual([+base.computedAt, +base.computedAt]);
    expect(still.city.received).toBe(base.city.received);
    expect(control.calls).toBe(calls + 1); // not retried on every view

    await performanceFor(p, new Date(t + 60_000 + 121_000));
    await settled();
    expect(control.calls).toBe(calls + 2);
    expect((await performanceFor(p, later(200))).city.received).toBe(base.city.received + 1);
  });
});

describe('connections', () => {
  it('a computation holds at most 3 of the pool’s connections (1 in the background), so views are not queued behind it', async () => {
    const db = await getDb();
    const real = db.execute.bind(db);
    let active = 0;
    let most = 0;
    vi.spyOn(db, 'execute').mockImplementation((async (...args: Parameters<typeof real>) => {
      most = Math.max(most, ++active);
      try {
        return await real(...args);
      } finally {
        active--;
      }
    }) as typeof db.execute);
    const p = periodFor(String(FY))!;
    await db.execute(sql`delete from performance_snapshots where key = ${p.key}`);
    most = 0;
    await performanceFor(p);
    // aggregate sends its dozen queries at once.
    expect(most).toBe(3);

    // In the background (no one waits), one: a core stays free for rendering pages.
    await markExpensive(p.key);
    await makeRequest('TRM-Potholes', POTHOLE);
    most = 0;
    await performanceFor(p, later());
    await settled();
    expect(most).toBe(1);
  });

  it('background recomputations run one at a time, on PostgreSQL in a read-only transaction without parallel workers', async () => {
    const { driver } = await database();
    const fy = periodFor(String(FY))!;
    const last = periodFor(String(LAST))!;
    await performanceFor(fy);
    await performanceFor(last);
    control.settings = true;
    control.seen = [];
    control.most = 0;
    try {
      // A view that waits computes with the server's settings (PostgreSQL: 2 workers a query).
      const db = await getDb();
      const { rows } = await db.execute(sql`show max_parallel_workers_per_gather`);
      const usual = { workers: Object.values(rows[0] as object)[0] as string, readOnly: 'off' };
      if (driver === 'postgres') expect(usual.workers).not.toBe('0');
      await db.execute(sql`delete from performance_snapshots where key = ${fy.key}`);
      await performanceFor(fy);
      expect(control.seen).toEqual([usual]);

      // Two periods stale at once (a page shows the year and a year earlier): both are
      // refreshed, one after the other.
      await markExpensive(fy.key);
      await markExpensive(last.key);
      await makeRequest('TRM-Potholes', POTHOLE);
      control.seen = [];
      await Promise.all([performanceFor(fy, later()), performanceFor(last, later())]);
      await settled();
      expect(control.seen).toHaveLength(2);
      expect(control.most).toBe(1);
      // PGlite has no workers and one connection: there it computes as it is.
      for (const s of control.seen) {
        expect(s).toEqual(driver === 'postgres' ? { workers: '0', readOnly: 'on' } : usual);
      }
    } finally {
      control.settings = false;
    }
  });
});

describe('published reports', () => {
  const p = periodFor(String(LAST))!;

  it('corrections come from the (stale) snapshot without a computation on the view', async () => {
    const first = await reportFor(p);
    expect(first.publishedAt).not.toBeNull();
    expect([first.city.closed, first.corrections]).toEqual([1, []]);
    await markExpensive(p.key);
    const reopened = await changeRequest(supervisor, lastYearStreet, 2, {
      kind: 'reopen',
      reason: 'Dumped again',
    });
    expect(reopened.ok).toBe(true);
    const calls = control.calls;

    const stale = await reportFor(p, later());
    expect(control.calls).toBe(calls); // the computation runs aside; the view did not wait
    expect([stale.city.closed, stale.corrections, +stale.publishedAt!]).toEqual([
      1,
      [],
      +first.publishedAt!,
    ]);
    await settled();
    const corrected = await reportFor(p, later());
    expect(corrected.city.closed).toBe(1); // as published
    expect(corrected.corrections).toEqual(
      expect.arrayContaining([{ scope: 'city', field: 'closed', published: 1, now: 0 }]),
    );
    expect(corrected.correctedAt).not.toBeNull();
    expect(control.calls).toBe(calls + 1);
  });

  it('an ended period is never shown from a snapshot computed while it ran', async () => {
    const db = await getDb();
    await db.execute(
      sql`update performance_snapshots
          set computed_at = ${new Date(+p.end - 86_400_000).toISOString()}::timestamptz,
              data = jsonb_set(data, '{city,received}', '999'::jsonb)
          where key = ${p.key}`,
    );
    await markExpensive(p.key);
    const calls = control.calls;
    const figures = await performanceFor(p);
    expect(control.calls).toBe(calls + 1); // computed on the view: there was nothing to show
    expect(figures.city.received).toBe(1);
  });
});
