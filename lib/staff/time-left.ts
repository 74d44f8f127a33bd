/**
 * A target date as a countdown in words ("2 days left", "3 hours overdue"): the unit is chosen
 * here, the words by the locale's ICU plural rules (locales/<locale>/Queue.json timeLeft).
 * Rounded down, so "1 day left" never hides that less than two remain.
 */
export type TimeLeft = { unit: 'minute' | 'hour' | 'day'; n: number; overdue: boolean };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function timeLeft(due: Date | null, now: Date): TimeLeft | null {
  if (!due) return null;
  const ms = due.getTime() - now.getTime();
  const overdue = ms < 0;
  const abs = Math.abs(ms);
  if (abs < HOUR) return { unit: 'minute', n: Math.max(1, Math.floor(abs / MINUTE)), overdue };
  if (abs < 2 * DAY) return { unit: 'hour', n: Math.floor(abs / HOUR), overdue };
  return { unit: 'day', n: Math.floor(abs / DAY), overdue };
}
