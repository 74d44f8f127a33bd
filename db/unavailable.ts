/**
 * Which errors mean "the database cannot be reached right now" (server stopped, restarting,
 * unreachable, too slow to answer) as opposed to a bug or bad data. Those are the failures a
 * resident can do nothing about but try again later: the portal answers them with "temporarily
 * unavailable" (pages, forms, Open311, /api/health) instead of a 500, and keeps what was sent.
 */

/** The digest Next.js sends to error boundaries for these errors (the message never leaves). */
export const UNAVAILABLE_DIGEST = 'BRS_DB_UNAVAILABLE';

/** Node socket errors while connecting or talking to the server. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown, 57P02 crash
 * shutdown, 57P03 cannot connect now (starting up, shutting down, recovery), 57014 query
 * cancelled (statement_timeout), 53300 too many connections.
 */
const SQLSTATE = /^(08...|57P0[123]|57014|53300)$/;

/** pg's own wording when a connection breaks or a timeout fires (these errors have no code). */
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /connection timeout/i,
  /not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

/** True for an error (or anything it wraps, through `cause` and AggregateError) of that kind. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if ((e as { digest?: unknown }).digest === UNAVAILABLE_DIGEST) return true;
  if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) {
    return true;
  }
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) {
    return true;
  }
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) {
    return true;
  }
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * Stamps the digest on such an error, so a page that throws it reaches the error boundary
 * (app/[locale]/error.tsx) as "temporarily unavailable" rather than a generic failure.
 */
export function markUnavailable<E>(error: E): E {
  if (isDatabaseUnavailable(error) && error && typeof error === 'object') {
    try {
      (error as { digest?: string }).digest = UNAVAILABLE_DIGEST;
    } catch {
      // A frozen error stays unmarked; the classification above still recognises it.
    }
  }
  return error;
}
