import { CITY_TIME_ZONE } from './fiscal-year';

const DAY_MS = 24 * 60 * 60 * 1000;

// Built once: constructing an Intl formatter per day stepped made long business-day spans slow.
const weekdayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: CITY_TIME_ZONE,
  weekday: 'short',
});

function cityWeekday(at: Date): number {
  const name = weekdayFormat.format(at);
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(name);
}

/**
 * When a request is due under a target: `days` calendar days after it was made, or `days`
 * business days (Monday–Friday in Baltimore; city holidays are not subtracted, stated on the
 * methodology page).
 */
export function dueDate(
  createdAt: Date,
  target: { daysToClose: number; dayType: 'calendar' | 'business' },
): Date {
  if (target.dayType === 'calendar')
    return new Date(createdAt.getTime() + target.daysToClose * DAY_MS);
  let at = createdAt.getTime();
  let left = target.daysToClose;
  while (left > 0) {
    at += DAY_MS;
    const wd = cityWeekday(new Date(at));
    if (wd !== 0 && wd !== 6) left--;
  }
  return new Date(at);
}
