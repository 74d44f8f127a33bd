import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
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
 * seconds (a million requests) recomputes at most every half minute or so instead of on every view.
 */
const reuseWindowMs = (computeMs: number) => Math.max(5_000, 20 * computeMs);

export type Performance = PerformanceData & { computedAt: Date };

/**
 * The shape of a stored snapshot. Raise it whenever PerformanceData changes: a snapshot of an
 * older shape is recomputed, never served to a page that expects the new fields.
 */
const SNAPSHOT_VERSION = 6;

const inFlight = new Map<string, Promise<Performance>>();

/**
 * The transparency page's figures for a period. They are computed by set-based SQL and kept in
 * performance_snapshots; a view reads the snapshot unless requests, surveys or targets changed
 * since (checked on indexed timestamps), or a running period's snapshot is older than
 * MAX_AGE_MS. Concurrent views in one process share one computation.
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
    const data = snap.data as PerformanceData & { computeMs?: number; version?: number };
    const age = now.getTime() - snap.computedAt.getTime();
    const unchanged = snap.computedAt >= changed && (!p.toDate || age < MAX_AGE_MS);
    const current = data.version === SNAPSHOT_VERSION;
    if (current && (unchanged || age < reuseWindowMs(data.computeMs ?? 0))) {
      return { ...data, computedAt: snap.computedAt };
    }
  }
  let job = inFlight.get(p.key);
  if (!job) {
    job = (async () => {
      const computedAt = new Date();
      const data = {
        ...(await aggregate(db, p)),
        computeMs: Date.now() - computedAt.getTime(),
        version: SNAPSHOT_VERSION,
      };
      await db
        .insert(performanceSnapshots)
        .values({ key: p.key, computedAt, data })
        .onConflictDoUpdate({ target: performanceSnapshots.key, set: { computedAt, data } });
      return { ...data, computedAt };
    })().finally(() => inFlight.delete(p.key));
    inFlight.set(p.key, job);
  }
  return job;
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

export async function reportFor(p: Period, now = new Date()): Promise<Report> {
  const current = await performanceFor(p, now);
  if (p.toDate) return { ...current, publishedAt: null, corrections: [], correctedAt: null };
  const db = await getDb();
  const [stored] = await db
    .select()
    .from(publishedReports)
    .where(eq(publishedReports.periodKey, p.key));
  if (!stored) {
    const { computedAt, ...data } = current;
    // The first figures after the end are the published ones; a concurrent view publishing the
    // same period first wins, and this one reads its row.
    const [row] = await db
      .insert(publishedReports)
      .values({ periodKey: p.key, publishedAt: computedAt, data })
      .onConflictDoNothing()
      .returning();
    if (row)
      return { ...current, publishedAt: row.publishedAt, corrections: [], correctedAt: null };
    return reportFor(p, now);
  }
  const published = stored.data as PerformanceData & { version?: number };
  // Published in an older shape than this code reads: show today's figures rather than break.
  if (published.version !== SNAPSHOT_VERSION) {
    return { ...current, publishedAt: null, corrections: [], correctedAt: null };
  }
  const corrections = correctionsBetween(published, current);
  return {
    ...published,
    computedAt: stored.publishedAt,
    publishedAt: stored.publishedAt,
    corrections,
    correctedAt: corrections.length ? current.computedAt : null,
  };
}
