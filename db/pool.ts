import { DrizzleQueryError } from 'drizzle-orm/errors';
import pg from 'pg';
import { noteAvailable, noteUnavailable } from './outage';
import { isDatabaseUnavailable, UNAVAILABLE_DIGEST } from './unavailable';

/**
 * Bounds on waiting for PostgreSQL. Without them a stopped or unreachable server kept requests
 * (and /api/health) waiting for the operating system's TCP timeout, minutes long.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
export const QUERY_TIMEOUT_MS = 30_000;

/**
 * The PostgreSQL pool: bounded waits, and an error handler for idle clients whose server went
 * away (pg emits 'error' on the pool then, and an unhandled 'error' event ends the process).
 * A broken client is dropped by the pool and the next query opens a new connection, so the
 * portal recovers by itself when the server returns.
 */
export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
  });
  pool.on('error', (err) => {
    if (isDatabaseUnavailable(err)) noteUnavailable();
    else console.error('PostgreSQL idle client error', err);
  });
  watch(pool);
  return pool;
}

/** Notes outages and recoveries from every query and checkout, and marks the errors. */
function watch(pool: pg.Pool) {
  const seen = <T>(p: Promise<T>) =>
    p.then(
      (v) => {
        noteAvailable();
        return v;
      },
      (err: unknown) => {
        if (isDatabaseUnavailable(err)) {
          noteUnavailable();
          stamp(err);
        }
        throw err;
      },
    );
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  // Callback forms (pg's own internals) pass through untouched.
  const wrap =
    (fn: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) =>
      typeof args[args.length - 1] === 'function'
        ? fn(...args)
        : seen(fn(...args) as Promise<unknown>);
  (pool as unknown as { query: unknown }).query = wrap(query);
  (pool as unknown as { connect: unknown }).connect = wrap(connect);
}

function stamp(err: unknown) {
  if (err && typeof err === 'object') {
    try {
      (err as { digest?: string }).digest = UNAVAILABLE_DIGEST;
    } catch {
      // frozen: isDatabaseUnavailable still recognises it
    }
  }
}

/**
 * drizzle wraps a failed query in DrizzleQueryError (the pg error is its `cause`), and Next.js
 * reads `digest` from the error a page throws. This gives the wrapper the cause's digest, so
 * app/[locale]/error.tsx can tell an outage from a bug without seeing the (hidden) message.
 */
const proto = DrizzleQueryError.prototype as unknown as Record<string, unknown>;
if (!Object.getOwnPropertyDescriptor(proto, 'digest')) {
  Object.defineProperty(proto, 'digest', {
    configurable: true,
    get(this: { _digest?: string; cause?: unknown }) {
      return this._digest ?? (isDatabaseUnavailable(this.cause) ? UNAVAILABLE_DIGEST : undefined);
    },
    set(this: { _digest?: string }, v: string) {
      this._digest = v;
    },
  });
}
