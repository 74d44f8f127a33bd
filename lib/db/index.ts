import { sql } from 'drizzle-orm';
import { env, isBuildPhase } from '@/lib/env';
import { openDatabase, type DatabaseHandle, type Db } from '@/db/client';
import { seedCatalogue } from '@/db/seed/run';
import { insertApiKey } from '@/db/seed/api-keys';
import { seedDemoData } from '@/lib/demo/seed';
import { noteAvailable, noteUnavailable, outageState } from '@/db/outage';
import { isDatabaseUnavailable, markUnavailable } from '@/db/unavailable';

/**
 * The process-wide database: opened once, migrated and seeded before first use. Kept on
 * globalThis so development hot reloads do not open PGlite twice.
 */
const g = globalThis as unknown as { __brsDb?: Promise<DatabaseHandle> };

export function database(): Promise<DatabaseHandle> {
  // Fails the build loudly instead of letting a prerender create ./data or reach DATABASE_URL.
  if (isBuildPhase()) throw new Error('next build tried to open the database');
  g.__brsDb ??= (async () => {
    const e = env();
    const handle = await openDatabase({
      databaseUrl: e.DATABASE_URL,
      dataDir: e.DATA_DIR,
      poolMax: e.DATABASE_POOL_MAX,
    });
    try {
      await prepare(handle, e);
    } catch (err) {
      // The database went away between migrating and seeding: start over on the next request.
      await handle.close().catch(() => {});
      throw err;
    }
    noteAvailable();
    return handle;
  })().catch((err) => {
    // Not cached: a database that was down at start-up is opened (migrated, seeded) on the
    // next request that needs it, without restarting the app.
    g.__brsDb = undefined;
    if (isDatabaseUnavailable(err)) noteUnavailable();
    throw markUnavailable(err);
  });
  return g.__brsDb;
}

/** Seeds (idempotent, so it is safe to run again after a failed first open). */
async function prepare(handle: DatabaseHandle, e: ReturnType<typeof env>) {
  await seedCatalogue(handle.db);
  // Database tests count their own rows: a synthetic history there would only get in the way.
  if (e.demoData && e.NODE_ENV !== 'test') {
    const n = await seedDemoData(handle.db);
    if (n) console.log(`Demo data: ${n} requests`);
  }
  if (e.OPEN311_BOOTSTRAP_API_KEY) {
    await insertApiKey(
      handle.db,
      'bootstrap (OPEN311_BOOTSTRAP_API_KEY)',
      e.OPEN311_BOOTSTRAP_API_KEY,
    );
  }
}

export async function getDb(): Promise<Db> {
  return (await database()).db;
}

/** For tests and scripts: forget the process database (closing it). */
export async function closeDatabase(): Promise<void> {
  const p = g.__brsDb;
  g.__brsDb = undefined;
  if (p) await (await p).close();
}

const PROBE_TIMEOUT_MS = 3_000;
let probe: { at: number; result: Promise<boolean> } | undefined;

/**
 * Does the database answer a trivial query within PROBE_TIMEOUT_MS? Used by /api/health and,
 * during an outage, by the proxy; at most one probe a second, shared by concurrent callers.
 */
export function probeDatabase(): Promise<boolean> {
  if (probe && Date.now() - probe.at < 1_000) return probe.result;
  const result = (async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const answer = (async () => {
      try {
        const db = await getDb();
        await db.execute(sql`select 1`);
        noteAvailable();
        return true;
      } catch {
        noteUnavailable();
        return false;
      }
    })();
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  })();
  probe = { at: Date.now(), result };
  return result;
}
outageState().recheck = probeDatabase;
