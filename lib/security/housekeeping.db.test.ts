import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { openDatabase } from '@/db/client';
import { database, getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import { findPendingPhotos, storePendingPhoto } from '@/lib/media/commands';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { recordFormStart } from '@/lib/metrics/form-sessions';
import { periodFor } from '@/lib/metrics/periods';
import { createSession, sessionUser, ABSOLUTE_HOURS, IDLE_MINUTES } from '@/lib/auth/sessions';
import { createStaffUser } from '@/lib/auth/users';
import { hit, peek } from '@/lib/rate-limit/commands';
import { sweep } from './housekeeping';

const count = async (table: 'staff_sessions' | 'rate_limits' | 'form_sessions') => {
  const db = await getDb();
  const { rows } = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return (rows[0] as { n: number }).n;
};

describe('housekeeping', () => {
  it('removes expired sessions and day-old counters, and nothing still in use', async () => {
    const u = await createStaffUser({
      email: 'sweep@test.example',
      name: 'Sweep',
      password: 'a long enough test passphrase',
      role: 'agent',
      agencyCode: 'DOT',
    });
    if (!u.ok) throw new Error(u.error);
    const now = new Date();
    const hours = (h: number) => new Date(now.getTime() - h * 3_600_000);
    const live = await createSession(u.id, now);
    await createSession(u.id, hours(ABSOLUTE_HOURS + 1)); // past the 12-hour limit
    const idle = await createSession(u.id, hours(1)); // idle for an hour (limit: 30 minutes)
    expect(IDLE_MINUTES).toBeLessThan(60);

    await hit('sweep-fresh', 60);
    const db = await getDb();
    await db.execute(
      sql`insert into rate_limits (bucket, window_start, count)
          values ('sweep-old', now() - interval '25 hours', 7)`, // counters keep the database's time
    );
    const [sessionsBefore, countersBefore] = [
      await count('staff_sessions'),
      await count('rate_limits'),
    ];

    const removed = await sweep(now);
    expect(removed).toMatchObject({ sessions: 2, counters: 1 });
    expect(await count('staff_sessions')).toBe(sessionsBefore - 2);
    expect(await count('rate_limits')).toBe(countersBefore - 1);
    expect(await sessionUser(live, now)).toMatchObject({ id: u.id });
    expect(await sessionUser(idle, now)).toBeNull();
    expect(await peek('sweep-fresh', 60)).toBe(1);
    // A second sweep (another instance at the same hour) finds nothing left to do.
    expect(await sweep(now)).toEqual({ sessions: 0, counters: 0, photos: 0, formSessions: 0 });
  });

  it('removes photos of forms never sent after a day, and keeps newer ones and those of requests', async () => {
    const jpeg = async () =>
      new Blob([
        new Uint8Array(
          await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c84' } })
            .jpeg()
            .toBuffer(),
        ),
      ]);
    const old = await storePendingPhoto(await jpeg());
    const fresh = await storePendingPhoto(await jpeg());
    if (typeof old === 'string' || typeof fresh === 'string') throw new Error('photo refused');
    const db = await getDb();
    const now = new Date();
    await db.execute(
      sql`update media set created_at = ${new Date(+now - 25 * 3_600_000).toISOString()}::timestamptz
          where id = ${old.id}`,
    );
    expect(await sweep(now)).toMatchObject({ photos: 1 });
    expect((await findPendingPhotos([old.id, fresh.id])).map((p) => p.id)).toEqual([fresh.id]);
  });

  it('removes form sessions only of years no longer shown or compared, once their reports are published', async () => {
    const now = new Date();
    const fy = fiscalYearOf(now);
    const inYear = (y: number) => new Date(+periodFor(String(y), now)!.start + 40 * 86_400_000);
    const db = await getDb();
    const publish = async (y: number) => {
      for (const key of [`${y}`, `${y}-h1`, `${y}-h2`]) {
        await db.execute(
          sql`insert into published_reports (period_key, published_at, data)
              values (${key}, now(), '{}'::jsonb) on conflict do nothing`,
        );
      }
    };
    // Three years back (older than anything shown or compared), two years back (the year the
    // last one is compared with), and four years back with only its first half published.
    for (const y of [fy - 4, fy - 3, fy - 2]) {
      await recordFormStart(randomUUID(), 'TRM-Potholes', inYear(y));
    }
    await publish(fy - 3);
    await publish(fy - 2);
    await db.execute(
      sql`insert into published_reports (period_key, published_at, data)
          values (${`${fy - 4}`}, now(), '{}'::jsonb), (${`${fy - 4}-h1`}, now(), '{}'::jsonb)`,
    );
    const before = await count('form_sessions');

    expect(await sweep(now)).toMatchObject({ formSessions: 1 }); // fy - 3's only
    expect(await count('form_sessions')).toBe(before - 1);
    expect(await sweep(now)).toMatchObject({ formSessions: 0 });
  });

  it('one instance sweeps at a time: a sweep while another holds the lock is skipped', async () => {
    // Another instance is sweeping: on PostgreSQL, a pool of its own (only the database's
    // advisory lock stands between them); on PGlite, which is one process, this process.
    const url = env().DATABASE_URL;
    const other = url ? await openDatabase({ databaseUrl: url, dataDir: '' }) : await database();
    let inside: unknown;
    try {
      await withAdvisoryLock(other, 'housekeeping', async () => {
        inside = await sweep();
      });
    } finally {
      if (url) await other.close();
    }
    expect(inside).toBe('skipped');
    expect(await sweep()).not.toBe('skipped'); // released afterwards
  });
});
