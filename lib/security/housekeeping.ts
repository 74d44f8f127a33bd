import 'server-only';
import { removeExpiredSessions } from '@/lib/auth/sessions';
import { database } from '@/lib/db';
import { withAdvisoryLockIfFree } from '@/lib/db/advisory-lock';
import { removeStalePendingPhotos } from '@/lib/media/commands';
import { removeOldFormSessions } from '@/lib/metrics/form-sessions';
import { removeStaleCounters } from '@/lib/rate-limit/commands';

/** How often each instance sweeps. */
const EVERY_MS = 60 * 60_000;
/** Photos of forms nobody sent (not attached to a request) are kept this long. */
export const PENDING_PHOTO_HOURS = 24;

export type Swept = { sessions: number; counters: number; photos: number; formSessions: number };

/**
 * One sweep: expired staff sessions, stale rate-limit counters, photos of forms never sent, and
 * form sessions no published figure needs (lib/metrics/form-sessions.ts). Returns what it
 * removed, or 'skipped' when another instance is sweeping right now.
 *
 * Every instance runs the schedule (no instance is special, any may be stopped), so the sweep is
 * safe to run from all of them: each delete removes only what is expired, and is idempotent (a
 * second sweep finds nothing); and a PostgreSQL advisory lock taken without waiting lets one
 * instance sweep at a time, the others skipping that hour rather than racing it for the same rows.
 */
export async function sweep(now = new Date()): Promise<Swept | 'skipped'> {
  const handle = await database();
  return withAdvisoryLockIfFree(handle, 'housekeeping', async () => ({
    sessions: await removeExpiredSessions(now),
    counters: await removeStaleCounters(),
    photos: await removeStalePendingPhotos(
      new Date(now.getTime() - PENDING_PHOTO_HOURS * 3_600_000),
    ),
    formSessions: await removeOldFormSessions(now),
  }));
}

/**
 * Started once per server process (lib/startup.ts): a sweep at start and then hourly, so expired
 * sessions and old counters do not pile up however long the portal runs. The timer does not
 * keep the process alive, and a failed sweep is logged and tried again at the next hour.
 */
export function startHousekeeping(): void {
  const run = () =>
    sweep().catch((e) => console.error('Housekeeping sweep failed; it runs again in an hour.', e));
  void run();
  setInterval(run, EVERY_MS).unref();
}
