import pg from 'pg';
import type { DatabaseHandle } from '@/db/client';

/**
 * Work that several server instances on one PostgreSQL must not do at the same time (a
 * computation, a sweep), guarded by a PostgreSQL advisory lock named by a text: one session
 * holds it, on a connection of its own opened for the duration, outside the pool (the work
 * itself uses the pool). If that connection dies, PostgreSQL releases the lock.
 *
 * Keys are (727312, hashtext(name)): the two-integer key space, apart from the migrations'
 * single-bigint lock (727311, db/client.ts). A hash collision between two names only makes
 * them take turns.
 *
 * Within one process the same name also takes turns (a lock of this process's own, per
 * database handle), before any PostgreSQL connection is taken: a session's advisory locks are
 * re-entrant, so two callers in one process could not exclude each other through one anyway.
 * PGlite (one process, one connection; its lock file refuses a second process) has only that.
 */
const NAMESPACE = 727312;
const { Client } = pg;

/** Per database handle and name, the end of the queue of this process's holders. */
const local = new WeakMap<object, Map<string, Promise<void>>>();

/** Takes this process's own lock: waits its turn, or (try) gives up when it is held. */
async function localLock(db: object, name: string, wait: boolean): Promise<(() => void) | false> {
  let queues = local.get(db);
  if (!queues) local.set(db, (queues = new Map()));
  const before = queues.get(name);
  if (before && !wait) return false;
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = (before ?? Promise.resolve()).then(() => mine);
  queues.set(name, tail);
  await before;
  return () => {
    release();
    if (queues.get(name) === tail) queues.delete(name);
  };
}

/** Waits for the lock, then runs `fn` holding it. */
export async function withAdvisoryLock<T>(
  handle: Pick<DatabaseHandle, 'db' | 'driver'>,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  const mine = (await localLock(handle.db, name, true)) as () => void;
  try {
    const held = (await lock(handle, name, 'pg_advisory_lock')) || undefined; // never false
    try {
      return await fn();
    } finally {
      await held?.release();
    }
  } finally {
    mine();
  }
}

/**
 * Runs `fn` holding the lock if no other session holds it, and returns its result; returns
 * `skipped` at once (without running it) when another instance holds it.
 */
export async function withAdvisoryLockIfFree<T>(
  handle: Pick<DatabaseHandle, 'db' | 'driver'>,
  name: string,
  fn: () => Promise<T>,
): Promise<T | 'skipped'> {
  const mine = await localLock(handle.db, name, false);
  if (!mine) return 'skipped';
  try {
    const held = await lock(handle, name, 'pg_try_advisory_lock');
    if (held === false) return 'skipped';
    try {
      return await fn();
    } finally {
      await held?.release();
    }
  } finally {
    mine();
  }
}

type Held = { release: () => Promise<void> };

/** undefined: PGlite (no lock needed); false: not free (try only); otherwise the held lock. */
async function lock(
  { db, driver }: Pick<DatabaseHandle, 'db' | 'driver'>,
  name: string,
  fn: 'pg_advisory_lock' | 'pg_try_advisory_lock',
): Promise<Held | false | undefined> {
  if (driver !== 'postgres') return undefined;
  // A connection of its own, outside the pool: a holder waiting for a lock must never take a
  // pool connection that the work of the instance holding it needs (with as many periods
  // waited for as the pool has connections, nothing could move). Ending it ends the session,
  // which releases the lock whatever happened.
  const { options } = (db as unknown as { $client: pg.Pool }).$client;
  const client = new Client({ ...options, max: undefined } as pg.ClientConfig);
  client.on('error', () => {}); // a dropped connection: the session and its lock are gone anyway
  const end = () => client.end().catch(() => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ locked: boolean | null }>(
      `select ${fn}($1, hashtext($2)) as locked`,
      [NAMESPACE, name],
    );
    if (fn === 'pg_try_advisory_lock' && rows[0]?.locked !== true) {
      await end();
      return false;
    }
  } catch (e) {
    await end();
    throw e;
  }
  return { release: end };
}
