import 'server-only';
import { removeExpiredSessions } from '@/lib/auth/sessions';
import { removeStaleCounters } from '@/lib/rate-limit/commands';

/** How often each instance sweeps. Deleting what is expired is idempotent, so instances can overlap. */
const EVERY_MS = 60 * 60_000;

/** One sweep: expired staff sessions and stale rate-limit counters. Returns what it removed. */
export async function sweep(now = new Date()): Promise<{ sessions: number; counters: number }> {
  return { sessions: await removeExpiredSessions(now), counters: await removeStaleCounters() };
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
