import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { rateLimits } from '@/db/schema';

/**
 * Fixed-window counters in PostgreSQL, shared by every app instance: `hit` counts one event and
 * returns the count in the current window; `peek` reads it without counting.
 */
/** PostgreSQL text cannot hold NUL: a name built from what a client sent must not carry one. */
const named = (bucket: string) => bucket.replaceAll('\0', '\uFFFD');

export async function hit(bucket: string, windowSeconds: number): Promise<number> {
  const db = await getDb();
  bucket = named(bucket);
  const stale = sql`${rateLimits.windowStart} < now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.bucket,
      set: {
        count: sql`case when ${stale} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${stale} then now() else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count });
  return row.count;
}

export async function peek(bucket: string, windowSeconds: number): Promise<number> {
  const db = await getDb();
  bucket = named(bucket);
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(
      sql`${rateLimits.bucket} = ${bucket} and ${rateLimits.windowStart} >= now() - make_interval(secs => ${windowSeconds})`,
    );
  return row?.count ?? 0;
}

export async function clear(bucket: string): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(eq(rateLimits.bucket, named(bucket)));
}

/**
 * Housekeeping: counters whose window began more than a day ago (the longest window is 15
 * minutes), which nothing reads any more. Without it every address and account ever seen kept
 * its row.
 */
export async function removeStaleCounters(): Promise<number> {
  const db = await getDb();
  // By the database's clock, like every window above: one clock for a table's times.
  const gone = await db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowStart} < now() - interval '1 day'`)
    .returning({ bucket: rateLimits.bucket });
  return gone.length;
}

/** Gives back one event counted by `hit` (an attempt that turned out fine). */
export async function release(bucket: string): Promise<void> {
  const db = await getDb();
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.bucket, named(bucket)));
}
