import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getPublicRequest } from '@/lib/requests/queries';
import { makeRequest } from '@/test/requests';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { dumpEmbedded, restoreEmbedded } from '@/db/backup';
import { seedCatalogue } from '@/db/seed/run';

/**
 * A backup is only as good as its restore: each half makes a request, dumps the database the
 * way the README says, restores the dump into an empty database and reads the public tracking
 * page's data (`getPublicRequest`, what /requests/[trackingNumber] renders) from the copy.
 */
const onPostgres = process.env.DB_TEST_TARGET === 'postgres';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// lib/db keeps the process database on globalThis; the test points it at the restored copy.
const g = globalThis as unknown as { __brsDb?: Promise<DatabaseHandle> };
async function readFrom(handle: DatabaseHandle, trackingNumber: string) {
  const saved = g.__brsDb;
  g.__brsDb = Promise.resolve(handle);
  try {
    return await getPublicRequest(trackingNumber, 'es');
  } finally {
    g.__brsDb = saved;
  }
}

/** pg_dump/pg_restore on PATH, else the newest in /usr/lib/postgresql/<version>/bin. */
function pgTool(name: string): string | null {
  if (spawnSync(name, ['--version']).status === 0) return name;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => +b - +a) : [];
  const found = versions.map((v) => path.join(root, v, 'bin', name)).find(fs.existsSync);
  return found ?? null;
}
const pgDump = pgTool('pg_dump');
const pgRestore = pgTool('pg_restore');

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
}

// Nothing here depends on the date: the odd-date passes of `npm test` (TEST_CLOCK) leave it out.
describe.runIf(!onPostgres && !process.env.TEST_CLOCK)(
  'embedded database (npm run db:dump / db:restore)',
  () => {
    it('round-trips into an empty DATA_DIR and serves the same tracking page', async () => {
      const source = path.join(tmp, 'source');
      const handle = await openDatabase({ dataDir: source });
      await seedCatalogue(handle.db);
      g.__brsDb = Promise.resolve(handle);
      const trackingNumber = await makeRequest('SW-Dirty Alley', {
        description: 'Copia de seguridad',
      });
      const before = await readFrom(handle, trackingNumber);
      g.__brsDb = undefined;

      // Refused while another live process holds the folder (here: this test's parent).
      fs.writeFileSync(path.join(source, 'pglite.lock'), String(process.ppid));
      await expect(dumpEmbedded(source, path.join(tmp, 'x.tar.gz'))).rejects.toThrow(/in use/);
      await handle.close(); // releases the lock, as stopping the server does

      const file = path.join(tmp, 'embedded.tar.gz');
      expect(await dumpEmbedded(source, file)).toBeGreaterThan(0);
      const copy = path.join(tmp, 'copy');
      await restoreEmbedded(copy, file);
      await expect(restoreEmbedded(copy, file)).rejects.toThrow(/already holds a database/);

      const restored = await openDatabase({ dataDir: copy });
      try {
        expect(before?.description).toBe('Copia de seguridad');
        expect(await readFrom(restored, trackingNumber)).toEqual(before);
      } finally {
        await restored.close();
      }
    });
  },
);

describe.runIf(onPostgres)('PostgreSQL (pg_dump -Fc / pg_restore)', () => {
  it.skipIf(!pgDump || !pgRestore)(
    'restores into an empty database and serves the same tracking page',
    async () => {
      const url = process.env.DATABASE_URL!;
      await getDb();
      const trackingNumber = await makeRequest('SW-Dirty Alley', {
        description: 'Copia de seguridad',
      });
      const before = await getPublicRequest(trackingNumber, 'es');
      const file = path.join(tmp, 'brs.dump');
      run(pgDump!, ['-Fc', '--no-owner', '-f', file, url]);

      // A fresh database when the role may create one (CREATEDB), else this one emptied.
      const target = new URL(url);
      const scratch = `${target.pathname.slice(1)}_restore_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      let created = false;
      try {
        await admin.query(`create database "${scratch}"`);
        target.pathname = `/${scratch}`;
        created = true;
      } catch {
        console.log('No CREATEDB: restoring into this test database, emptied first.');
        await admin.query('drop schema drizzle cascade; drop schema public cascade;');
        await admin.query('create schema public');
      }
      try {
        run(pgRestore!, ['--no-owner', '--exit-on-error', '-d', target.toString(), file]);
        const restored = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
        try {
          expect(before?.description).toBe('Copia de seguridad');
          expect(await readFrom(restored, trackingNumber)).toEqual(before);
        } finally {
          await restored.close();
        }
      } finally {
        if (created) await admin.query(`drop database if exists "${scratch}"`);
        await admin.end();
      }
    },
  );
  if (!pgDump || !pgRestore) {
    console.warn(
      'pg_dump/pg_restore not found (PATH, /usr/lib/postgresql/*/bin): PG backup test skipped.',
    );
  }
});
