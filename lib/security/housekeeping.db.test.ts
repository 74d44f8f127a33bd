import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { createSession, sessionUser, ABSOLUTE_HOURS, IDLE_MINUTES } from '@/lib/auth/sessions';
import { createStaffUser } from '@/lib/auth/users';
import { hit, peek } from '@/lib/rate-limit/commands';
import { sweep } from './housekeeping';

const count = async (table: 'staff_sessions' | 'rate_limits') => {
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
    expect(removed).toEqual({ sessions: 2, counters: 1 });
    expect(await count('staff_sessions')).toBe(sessionsBefore - 2);
    expect(await count('rate_limits')).toBe(countersBefore - 1);
    expect(await sessionUser(live, now)).toMatchObject({ id: u.id });
    expect(await sessionUser(idle, now)).toBeNull();
    expect(await peek('sweep-fresh', 60)).toBe(1);
    // A second sweep (another instance at the same hour) finds nothing left to do.
    expect(await sweep(now)).toEqual({ sessions: 0, counters: 0 });
  });
});
