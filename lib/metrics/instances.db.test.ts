import { afterAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { database } from '@/lib/db';
import { env } from '@/lib/env';
import { makeRequest } from '@/test/requests';
import { fiscalYearOf } from './fiscal-year';
import { periodFor } from './periods';
import { computeOnce } from './queries';

// Counts computations around the real aggregate, each slowed down so that two started together
// overlap: the second must find the first one's lock held.
const control = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./aggregate', async (importOriginal) => {
  const real = await importOriginal<typeof import('./aggregate')>();
  return {
    ...real,
    aggregate: async (...args: Parameters<typeof real.aggregate>) => {
      control.calls++;
      await new Promise((r) => setTimeout(r, 300));
      return real.aggregate(...args);
    },
  };
});

// Set by test/db-setup.ts when the database tests run on PostgreSQL.
const databaseUrl = env().DATABASE_URL;
const p = periodFor(String(fiscalYearOf(new Date())))!;
const opened: DatabaseHandle[] = [];

afterAll(async () => {
  await Promise.all(opened.map((h) => h.close()));
});

async function clearSnapshot() {
  const { db } = await database();
  await db.execute(sql`delete from performance_snapshots where key = ${p.key}`);
}

describe('a computation that views wait for, across server instances', () => {
  it.runIf(databaseUrl)(
    'two instances (two connection pools) computing one period at once compute it once',
    async () => {
      await makeRequest('TRM-Potholes', { attr__POTHOLE_LOCATION: 'street' });
      await clearSnapshot(); // the first view after a deploy: nothing to show yet
      // Two "instances": pools of their own on the same database, no shared process state.
      for (let i = 0; i < 2; i++) {
        opened.push(await openDatabase({ databaseUrl, dataDir: '' }));
      }
      const changed = new Date();
      const calls = control.calls;
      const [a, b] = await Promise.all(opened.map((h) => computeOnce(h, p, changed)));
      expect(control.calls).toBe(calls + 1);
      expect(+a.computedAt).toBe(+b.computedAt); // the second read the first one's snapshot
      expect(a.city.received).toBe(1);
      expect(b.city).toEqual(a.city);

      // A change after that snapshot: the next view computes again (once).
      await makeRequest('TRM-Potholes', { attr__POTHOLE_LOCATION: 'street' });
      const [c, d] = await Promise.all(opened.map((h) => computeOnce(h, p, new Date())));
      expect(control.calls).toBe(calls + 2);
      expect([c.city.received, d.city.received]).toEqual([2, 2]);
    },
  );

  it('on one database handle (PGlite: one process), concurrent computations also compute once', async () => {
    const handle = await database();
    await makeRequest('TRM-Potholes', { attr__POTHOLE_LOCATION: 'street' });
    await clearSnapshot();
    const changed = new Date();
    const calls = control.calls;
    const views = await Promise.all([1, 2, 3].map(() => computeOnce(handle, p, changed)));
    expect(control.calls).toBe(calls + 1);
    expect(new Set(views.map((v) => +v.computedAt)).size).toBe(1);
  });
});
