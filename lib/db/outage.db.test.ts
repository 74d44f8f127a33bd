import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { getDb, probeDatabase } from '@/lib/db';
import { env } from '@/lib/env';
import { isDatabaseUnavailable, UNAVAILABLE_DIGEST } from '@/db/unavailable';
import { outageState } from '@/db/outage';

/** Set on the PostgreSQL pass (test/db-setup.ts), unset on PGlite. */
const databaseUrl = env().DATABASE_URL;

/**
 * A server that drops the portal's connections (what a restart or failover does to them):
 * the failing query is an "unavailable" error with the digest, and the same pool answers the
 * next query on a new connection, with no restart of anything.
 */
describe.skipIf(!databaseUrl)('PostgreSQL connections lost', () => {
  it('classifies the admin shutdown and reconnects', async () => {
    const db = await getDb();
    expect(await probeDatabase()).toBe(true);
    // Keep one pooled connection busy, then terminate every backend of this database but ours.
    const killer = new pg.Client({ connectionString: databaseUrl });
    await killer.connect();
    const slow = db.execute(sql`select pg_sleep(5)`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 300));
    await killer.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await killer.end();
    const error = await slow;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((error as { digest?: string }).digest).toBe(UNAVAILABLE_DIGEST);
    // Idle connections were terminated too: the pool's error handler kept the process alive,
    // and the next queries get fresh connections.
    await new Promise((r) => setTimeout(r, 200));
    const rows = await db.execute(sql`select 1 as one`);
    expect(rows.rows[0]).toEqual({ one: 1 });
    expect(outageState().down).toBe(false);
  });

  it('a statement cancelled by statement_timeout counts as unavailable', async () => {
    const db = await getDb();
    const error = await db
      .transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 50`);
        await tx.execute(sql`select pg_sleep(1)`);
      })
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

describe('probeDatabase', () => {
  it('answers true when the database answers', async () => {
    expect(await probeDatabase()).toBe(true);
  });
});
