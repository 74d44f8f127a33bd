import { env, isBuildPhase } from '@/lib/env';
import { openDatabase, type DatabaseHandle, type Db } from '@/db/client';
import { seedCatalogue } from '@/db/seed/run';
import { insertApiKey } from '@/db/seed/api-keys';
import { seedDemoData } from '@/lib/demo/seed';

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
    return handle;
  })().catch((err) => {
    g.__brsDb = undefined;
    throw err;
  });
  return g.__brsDb;
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
