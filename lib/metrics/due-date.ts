import { cityDate, isBusinessDay } from './city-holidays';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a request is due under a target: `days` calendar days after it was made, or `days`
 * business days — Baltimore dates that are Monday–Friday and not a city holiday
 * (city-holidays.ts) — stepping a day (24 hours) at a time from the moment it was made. The
 * target is the one in force when the request was received, and the due date is fixed then
 * (lib/requests/commands.ts): a later change of target does not move it.
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
    if (isBusinessDay(cityDate(new Date(at)))) left--;
  }
  return new Date(at);
}
