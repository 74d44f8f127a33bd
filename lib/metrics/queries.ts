import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle, Db } from '@/db/client';
import { database, getDb } from '@/lib/db';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import { performanceSnapshots, publishedReports } from '@/db/schema';
import { aggregate, type Figures, type PerformanceData } from './aggregate';
import {
  currentPeriodKey,
  isReportable,
  periodChoices,
  periodFor,
  yearEarlier,
  type Period,
} from './periods';

/** However quiet the city, figures for a running period are recomputed this often ("to date"). */
const MAX_AGE_MS = 10 * 60_000;
/**
 * After a change, a snapshot younger than this is still served: at least 5 s (bursts of closures
 * cost one computation), and 20 × what the last computation took, so a database where it takes
 * seconds (a million requests) recomputes at most every minute or so, using at most about 5 % of
 * one core for it however busy the city is.
 */
const reuseWindowMs = (computeMs: number) => Math.max(5_000, 20 * computeMs);
/**
 * The freshness rule. A stale snapshot (something changed since, past the reuse window) whose
 * computation took less than this is recomputed on the view that finds it: a small city's
 * database, where the view still answers at once and shows the change. One that took longer (a
 * big city: seconds at a million requests) is served as it is, with its true computedAt, while
 * ONE background recomputation replaces it; its figures are then behind the latest change by at
 * most the reuse window plus one computation. A view waits only when there is no snapshot it may
 * show (the first view of a period, a snapshot of an older shape, or an ended period's snapshot
 * computed before it ended).
 */
const CHEAP_MS = 250;
/**
 * A background recomputation is claimed in the snapshot row (data.refreshingSince), so that of
 * several server instances one recomputes and the others keep serving the snapshot. A claim
 * older than this is taken over: its instance died, or its recomputation failed (a failure is
 * retried this often, not on every view).
 */
const CLAIM_TTL_MS = 2 * 60_000;

export type Performance = PerformanceData & { computedAt: Date };

/**
 * The shape of a stored snapshot. Raise it whenever PerformanceData changes: a snapshot of an
 * older shape is recomputed, never served to a page that expects the new fields.
 */
const SNAPSHOT_VERSION = 7;

type Stored = PerformanceData & { computeMs?: number; version?: number; refreshingSince?: string };

/** One computation per period key per process, whether a view waits for it or not. */
const inFlight = new Map<string, Promise<Performance | null>>();
/** Background recomputations still running (see settled). */
const background = new Set<Promise<unknown>>();

/**
 * Resolves once no background recomputation is running in this process: for tests and the
 * bench, which need to see the figures a refresh produced. Views never wait for it.
 */
export async function settled(): Promise<void> {
  while (background.size) await Promise.allSettled([...background]);
}

/**
 * How many connections of the pool (10) one computation may use at once. aggregate sends its
 * dozen queries together; unthrottled, a recomputation at a million requests took every
 * connection for seconds and the views it was meant not to slow queued behind it (5 s). A view
 * that waits for the figures gets 3 (about 15 % slower than 12 at 1 M); a background
 * recomputation gets 1 (on PostgreSQL, its transaction: see backgroundAggregate), so on a
 * 2-core machine it leaves a core to the pages being rendered.
 */
const CONNECTIONS_WAITED_FOR = 3;
const CONNECTIONS_IN_BACKGROUND = 1;

/** The database as aggregate sees it: the same, with at most `slots` execute() at a time. */
function throttled(db: Db, slots: number): Db {
  let running = 0;
  const queued: (() => void)[] = [];
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<Db['execute']>) => {
        if (running < slots) running++;
        else await new Promise<void>((resolve) => queued.push(resolve)); // its slot is handed over
        try {
          return await target.execute(...args);
        } finally {
          const next = queued.shift();
          if (next) next();
          else running--;
        }
      };
    },
  });
}

/**
 * A background recomputation on PostgreSQL runs in one read-only transaction without parallel
 * workers: PostgreSQL would otherwise give each of its queries two more processes, and on a
 * 2-core machine the pages it was meant not to slow lost both cores to it (page p95 ~470 ms at
 * 1 M requests right after a change). One process, one core; the figures come a few seconds
 * later, and all from one moment. PGlite has one connection and no workers, and a transaction
 * there would hold every view for seconds: it computes as it is.
 */
async function backgroundAggregate(p: Period): Promise<PerformanceData> {
  const { db, driver } = await database();
  if (driver !== 'postgres') return aggregate(throttled(db, CONNECTIONS_IN_BACKGROUND), p);
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      // One connection: its queries one after another (node-postgres queues them anyway).
      return aggregate(throttled(tx as unknown as Db, 1), p);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Computes a period's figures and stores them as its snapshot (clearing any claim). */
async function computeAndStore(db: Db, p: Period, background: boolean): Promise<Performance> {
  const computedAt = new Date();
  const figures = background
    ? await backgroundAggregate(p)
    : await aggregate(throttled(db, CONNECTIONS_WAITED_FOR), p);
  const data = {
    ...figures,
    computeMs: Date.now() - computedAt.getTime(),
    version: SNAPSHOT_VERSION,
  };
  await db
    .insert(performanceSnapshots)
    .values({ key: p.key, computedAt, data })
    .onConflictDoUpdate({ target: performanceSnapshots.key, set: { computedAt, data } });
  return { ...data, computedAt };
}

/**
 * The stored snapshot of a period if a view that knows of changes up to `changed` may show it
 * (the freshness rule of performanceFor, without the reuse window): null otherwise.
 */
async function freshSnapshot(
  db: Db,
  p: Period,
  changed: Date,
  now: Date,
): Promise<Performance | null> {
  const [snap] = await db
    .select()
    .from(performanceSnapshots)
    .where(eq(performanceSnapshots.key, p.key));
  if (!snap) return null;
  const data = { ...(snap.data as Stored) };
  delete data.refreshingSince;
  const usable = data.version === SNAPSHOT_VERSION && (p.toDate || snap.computedAt >= p.end);
  const age = now.getTime() - snap.computedAt.getTime();
  const fresh = snap.computedAt >= changed && (!p.toDate || age < MAX_AGE_MS);
  return usable && fresh ? { ...data, computedAt: snap.computedAt } : null;
}

/**
 * A computation that views wait for, once across server instances: it runs under the period's
 * PostgreSQL advisory lock (lib/db/advisory-lock.ts). Views of one period on two instances that
 * both find no snapshot they may show (the first view after a deploy) would otherwise compute it
 * twice; here the second waits for the lock, then reads the snapshot the first stored (computed
 * after the change it knew of) instead of computing again. `changed` is the latest change the
 * view saw. On PGlite (one process) the lock is this process's own.
 */
export async function computeOnce(
  handle: Pick<DatabaseHandle, 'db' | 'driver'>,
  p: Period,
  changed: Date,
  now = new Date(),
): Promise<Performance> {
  return withAdvisoryLock(handle, `performance:${p.key}`, async () => {
    const stored = await freshSnapshot(handle.db, p, changed, now);
    return stored ?? computeAndStore(handle.db, p, false);
  });
}

/** The figures, computed now: joins this process's computation of the period if one runs. */
async function recompute(p: Period, changed: Date, now: Date): Promise<Performance> {
  const handle = await database();
  const running = inFlight.get(p.key);
  // A background job that found another instance's claim computes nothing (null): do it here.
  const shared = running && (await running.catch(() => null));
  if (shared) return shared;
  let job = inFlight.get(p.key);
  if (!job) {
    job = computeOnce(handle, p, changed, now).finally(() => inFlight.delete(p.key));
    inFlight.set(p.key, job);
  }
  return (await job) ?? computeOnce(handle, p, changed, now);
}

/**
 * Claims the period's background recomputation for this instance: true unless another one
 * claimed it less than CLAIM_TTL_MS ago, or a newer snapshot than the one this view read has been
 * stored meanwhile (a refresh that just finished: nothing to do). One conditional UPDATE, so it
 * works the same on PostgreSQL with several instances and on PGlite.
 */
async function claim(db: Db, key: string, now: Date, seen: Date): Promise<boolean> {
  const expired = new Date(now.getTime() - CLAIM_TTL_MS).toISOString();
  const { rows } = await db.execute(
    sql`update performance_snapshots
        set data = jsonb_set(data, '{refreshingSince}', to_jsonb(${now.toISOString()}::text))
        where key = ${key}
          and computed_at < ${seen.toISOString()}::timestamptz + interval '1 millisecond'
          and (data->>'refreshingSince' is null
               or (data->>'refreshingSince')::timestamptz < ${expired}::timestamptz)
        returning key`,
  );
  return rows.length > 0;
}

/**
 * Background recomputations of this process, one after another: a page view may find several
 * periods stale at once (the year, its year-earlier comparison, last year), and running them
 * side by side would take every core from the pages.
 */
let backgroundQueue: Promise<unknown> = Promise.resolve();

/**
 * Starts the period's recomputation without waiting for it, unless this process already runs
 * one or another instance has claimed it. It waits its turn behind this process's other
 * background recomputations. A failure is logged and leaves the snapshot served (its claim
 * stays until CLAIM_TTL_MS, which spaces out the retries).
 */
function refreshInBackground(db: Db, p: Period, now: Date, seen: Date): void {
  if (inFlight.has(p.key)) return;
  const job = (async (): Promise<Performance | null> => {
    if (!(await claim(db, p.key, now, seen))) return null;
    const turn = backgroundQueue.catch(() => {}).then(() => computeAndStore(db, p, true));
    backgroundQueue = turn;
    return turn;
  })().finally(() => inFlight.delete(p.key));
  inFlight.set(p.key, job);
  const logged = job.catch((e) =>
    console.error(
      `Performance figures for ${p.key}: background recomputation failed; the snapshot stays served.`,
      e,
    ),
  );
  background.add(logged);
  void logged.finally(() => background.delete(logged));
}

/**
 * The transparency page's figures for a period. They are computed by set-based SQL and kept in
 * performance_snapshots; a view reads the snapshot unless requests, surveys or targets changed
 * since (checked on indexed timestamps), or a running period's snapshot is older than
 * MAX_AGE_MS. A stale snapshot is then recomputed on the view or in the background, depending
 * on its cost (see CHEAP_MS).
 */
export async function performanceFor(p: Period, now = new Date()): Promise<Performance> {
  const db = await getDb();
  const [[snap], latest] = await Promise.all([
    db.select().from(performanceSnapshots).where(eq(performanceSnapshots.key, p.key)),
    db.execute(
      sql`select greatest(
            (select max(updated_at) from service_requests),
            (select max(answered_at) from survey_responses),
            (select max(set_at) from targets)) as changed`,
    ),
  ]);
  const changedRaw = (latest.rows[0] as { changed: string | Date | null }).changed;
  const changed = changedRaw ? new Date(changedRaw) : new Date(0);
  if (snap) {
    const data = { ...(snap.data as Stored) };
    delete data.refreshingSince; // a claim (see claim) is not part of the figures
    // An ended period's figures are as of its end: a snapshot computed while it ran is not them.
    const usable = data.version === SNAPSHOT_VERSION && (p.toDate || snap.computedAt >= p.end);
    if (usable) {
      const age = now.getTime() - snap.computedAt.getTime();
      const unchanged = snap.computedAt >= changed && (!p.toDate || age < MAX_AGE_MS);
      const computeMs = data.computeMs ?? 0;
      const served = { ...data, computedAt: snap.computedAt };
      if (unchanged || age < reuseWindowMs(computeMs)) return served;
      if (computeMs >= CHEAP_MS) {
        refreshInBackground(db, p, now, snap.computedAt);
        return served;
      }
    }
  }
  return recompute(p, changed, now);
}

/** When the first request this system holds was received (null: none yet). Indexed. */
export async function firstRequestAt(): Promise<Date | null> {
  const db = await getDb();
  const { rows } = await db.execute(sql`select min(created_at) as first from service_requests`);
  const first = (rows[0] as { first: string | Date | null }).first;
  return first ? new Date(first) : null;
}

/**
 * The period a URL asks for (`?period=2027-h1`, the current fiscal year by default), or null
 * when it is not one, has not begun, or ended before the records start: a 404, not zeros.
 */
export async function reportablePeriod(key: string | undefined, now = new Date()) {
  const period = periodFor(key || currentPeriodKey(now), now);
  if (!period) return null;
  return isReportable(period, await firstRequestAt()) ? period : null;
}

/**
 * The figures for the same span a year earlier (periods.yearEarlier), or null when that
 * span ended before the records begin ("no data", not zeros). Recomputed figures, not the
 * published ones: reading a comparison must not publish a half nobody has looked at yet.
 */
export async function yearEarlierFor(p: Period, now = new Date()): Promise<Performance | null> {
  const earlier = yearEarlier(p);
  if (!isReportable(earlier, await firstRequestAt())) return null;
  return performanceFor(earlier, now);
}

/** The periods to offer, newest first (see periodChoices). */
export async function reportablePeriods(now = new Date()): Promise<Period[]> {
  return periodChoices(now, await firstRequestAt());
}

/** A figure that changed after its period was published: where, which, then and now. */
export type Correction = {
  /** 'city', or a service code. */
  scope: string;
  field: (typeof CORRECTED_FIELDS)[number];
  published: number;
  now: number;
};

const CORRECTED_FIELDS = ['received', 'closed', 'open', 'overdue', 'eligible', 'onTime'] as const;

/** Counts that differ between the published figures and today's recomputation. */
export function correctionsBetween(published: PerformanceData, now: PerformanceData): Correction[] {
  const out: Correction[] = [];
  const compare = (scope: string, a: Figures | undefined, b: Figures | undefined) => {
    if (!a || !b) return;
    for (const field of CORRECTED_FIELDS) {
      if (a[field] !== b[field]) out.push({ scope, field, published: a[field], now: b[field] });
    }
  };
  compare('city', published.city, now.city);
  for (const s of now.services) {
    compare(
      s.code,
      published.services.find((x) => x.code === s.code),
      s,
    );
  }
  return out;
}

/**
 * What the transparency page and the downloads show for a period. A running period: the live
 * figures. An ended one: the figures as first computed after it ended, stored then (published)
 * and never changed; if today's recomputation differs (a request reopened, a closure recorded
 * late), the differences come along as corrections, with the time of that recomputation.
 */
export type Report = Performance & {
  publishedAt: Date | null;
  corrections: Correction[];
  /** When the corrections were found (the recomputation), when there are any. */
  correctedAt: Date | null;
};

type Published = typeof publishedReports.$inferSelect;
/** Published reports never change, so each is read from the database once per process. */
const published = new Map<string, Published>();

async function publishedReport(db: Db, key: string): Promise<Published | undefined> {
  const cached = published.get(key);
  if (cached) return cached;
  const [row] = await db.select().from(publishedReports).where(eq(publishedReports.periodKey, key));
  if (row) published.set(key, row);
  return row;
}

/**
 * As fast as performanceFor: an ended period's corrections compare the published figures with
 * today's snapshot, which may be a stale one being refreshed in the background (its time is
 * correctedAt), never with a recomputation on the view.
 */
export async function reportFor(p: Period, now = new Date()): Promise<Report> {
  const current = await performanceFor(p, now);
  if (p.toDate) return { ...current, publishedAt: null, corrections: [], correctedAt: null };
  const db = await getDb();
  const stored = await publishedReport(db, p.key);
  if (!stored) {
    const { computedAt, ...data } = current;
    // The first figures after the end are the published ones; a concurrent view publishing the
    // same period first wins, and this one reads its row.
    const [row] = await db
      .insert(publishedReports)
      .values({ periodKey: p.key, publishedAt: computedAt, data })
      .onConflictDoNothing()
      .returning();
    if (row) {
      published.set(p.key, row);
      return { ...current, publishedAt: row.publishedAt, corrections: [], correctedAt: null };
    }
    return reportFor(p, now);
  }
  const figures = stored.data as PerformanceData & { version?: number };
  // Published in an older shape than this code reads: show today's figures rather than break.
  if (figures.version !== SNAPSHOT_VERSION) {
    return { ...current, publishedAt: null, corrections: [], correctedAt: null };
  }
  const corrections = correctionsBetween(figures, current);
  return {
    ...figures,
    computedAt: stored.publishedAt,
    publishedAt: stored.publishedAt,
    corrections,
    correctedAt: corrections.length ? current.computedAt : null,
  };
}
