import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { isDatabaseUnavailable, markUnavailable, UNAVAILABLE_DIGEST } from './unavailable';
import { createPool } from './pool';
import { outageState } from './outage';

/** pg's DatabaseError carries the SQLSTATE in `code`. */
const sqlState = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      '57P01 admin shutdown',
      sqlState('57P01', 'terminating connection due to administrator command'),
    ],
    ['57P02 crash shutdown', sqlState('57P02')],
    ['57P03 cannot connect now', sqlState('57P03', 'the database system is shutting down')],
    ['08006 connection failure', sqlState('08006')],
    ['08001 cannot establish', sqlState('08001')],
    ['57014 statement timeout', sqlState('57014', 'canceling statement due to statement timeout')],
    ['53300 too many connections', sqlState('53300')],
    [
      'ECONNREFUSED',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['ECONNRESET', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['query timeout', new Error('Query read timeout')],
    [
      'client not queryable',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'AggregateError of refusals (localhost: ::1 and 127.0.0.1)',
      Object.assign(
        new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })]),
        {},
      ),
    ],
    ['drizzle wrapper', new DrizzleQueryError('select 1', [], sqlState('57P01'))],
    ['already marked', Object.assign(new Error('x'), { digest: UNAVAILABLE_DIGEST })],
  ])('%s: unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', sqlState('23505', 'duplicate key value violates unique constraint')],
    ['syntax error', sqlState('42601')],
    ['undefined table', sqlState('42P01')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      'drizzle wrapper of a constraint error',
      new DrizzleQueryError('insert', [], sqlState('23505')),
    ],
    [
      'Next redirect',
      Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/en;307;' }),
    ],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('%s: not unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('follows a cause chain without looping forever', () => {
    const a: { cause?: unknown; message: string } = { message: 'a' };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });

  it('marks only unavailable errors with the digest', () => {
    expect((markUnavailable(sqlState('57P01')) as { digest?: string }).digest).toBe(
      UNAVAILABLE_DIGEST,
    );
    expect((markUnavailable(sqlState('23505')) as { digest?: string }).digest).toBeUndefined();
  });

  it('gives a drizzle query error the digest of its cause, and keeps a digest set on it', () => {
    const wrapped = new DrizzleQueryError('select 1', [], sqlState('08006')) as unknown as {
      digest?: string;
    };
    createPool('postgres://nobody@127.0.0.1:1/none').end(); // installs the digest on drizzle errors
    expect(wrapped.digest).toBe(UNAVAILABLE_DIGEST);
    const other = new DrizzleQueryError('x', [], sqlState('23505')) as unknown as {
      digest?: string;
    };
    expect(other.digest).toBeUndefined();
    other.digest = '123'; // Next.js stamps a hash on errors without one
    expect(other.digest).toBe('123');
  });
});

describe('real pg errors', () => {
  const sockets = new Set<net.Socket>();
  // Accepts, never answers: a hung server.
  const silent = net.createServer((socket) => sockets.add(socket));
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((r) => silent.close(() => r()));
  });

  it('a refused connection is unavailable, and noted as an outage', async () => {
    // Port 1 on loopback: nothing listens there.
    const pool = createPool('postgres://nobody:x@127.0.0.1:1/none');
    const error = await pool.query('select 1').catch((e: unknown) => e);
    await pool.end();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((error as { digest?: string }).digest).toBe(UNAVAILABLE_DIGEST);
    expect(outageState().down).toBe(true);
  });

  it('a server that never answers times out within the connect timeout', async () => {
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as net.AddressInfo).port;
    const pool = new pg.Pool({
      connectionString: `postgres://nobody:x@127.0.0.1:${port}/none`,
      connectionTimeoutMillis: 200,
    });
    const started = Date.now();
    const error = await pool.query('select 1').catch((e: unknown) => e);
    await pool.end();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
