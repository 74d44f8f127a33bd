import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { closeDatabase } from '@/lib/db';

/**
 * Database tests run twice: on PGlite in memory (default) and, with DB_TEST_TARGET=postgres,
 * on the PostgreSQL server in TEST_DATABASE_URL, which each file starts from empty.
 */
const target = process.env.DB_TEST_TARGET ?? 'pglite';
// Tests make their own requests; the demo history (on by default with PGlite) would blur them.
process.env.DEMO_DATA = '0';
if (target === 'postgres') {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('DB_TEST_TARGET=postgres needs TEST_DATABASE_URL');
  process.env.DATABASE_URL = url;
} else {
  delete process.env.DATABASE_URL;
}
// Nothing on disk: PGlite in memory, no outbox files (tests give the worker its transports).
process.env.DATA_DIR = 'memory://';

beforeAll(async () => {
  if (target !== 'postgres') return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(
    'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;',
  );
  await client.end();
});

afterAll(async () => {
  await closeDatabase();
});
