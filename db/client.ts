import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { createPool } from './pool';
import * as schema from './schema';
import { acquireLock } from './lock';

/**
 * One drizzle type for both drivers. PGlite's drizzle database has the same query API as
 * node-postgres's; typing both as the latter keeps domain code driver-agnostic.
 */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseHandle = { db: Db; driver: 'pglite' | 'postgres'; close: () => Promise<void> };

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/** Opens PostgreSQL when a URL is given, otherwise PGlite in `dataDir` (or in memory). */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  /** PostgreSQL connections at most (DATABASE_POOL_MAX). */
  poolMax?: number;
}): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = createPool(opts.databaseUrl, opts.poolMax ?? 10);
    const db = drizzlePg(pool, { schema });
    try {
      // Several app instances may start at once: one migrates, the others wait for it.
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock(727311)');
        await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await lockClient.query('select pg_advisory_unlock(727311)').catch(() => {});
        lockClient.release();
      }
    } catch (e) {
      // Database down at first open: nothing is kept, the next request opens it again.
      await pool.end().catch(() => {});
      throw e;
    }
    return { db, driver: 'postgres', close: () => pool.end() };
  }
  let release = () => {};
  let client: PGlite;
  if (opts.dataDir === 'memory://') {
    client = await PGlite.create();
  } else {
    const dir = path.resolve(opts.dataDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders
    release = acquireLock(path.resolve(opts.dataDir, 'pglite.lock'));
    client = await PGlite.create(dir);
  }
  const pgliteDb = drizzlePglite(client, { schema });
  await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_DIR });
  const db = pgliteDb as unknown as Db;
  return {
    db,
    driver: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}
