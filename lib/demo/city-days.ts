import { cityDateParts } from '@/lib/metrics/fiscal-year';
import { isBusinessDay } from '@/lib/metrics/city-holidays';

/**
 * Baltimore calendar arithmetic for generating history quickly. lib/metrics builds an
 * Intl.DateTimeFormat per call, which costs milliseconds per business-day due date: too slow for
 * tens of thousands of rows. These pure functions give the same answers for local times from
 * 03:00 to 23:59 (the generator never makes requests in the small hours), which city-days.test.ts
 * checks against lib/metrics.
 */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A Baltimore calendar date as a day count (days since 1970-01-01 of that local date). */
export type CityDay = number;

export function cityDay(year: number, month: number, day: number): CityDay {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function todayInCity(at: Date): CityDay {
  const { year, month, day } = cityDateParts(at);
  return cityDay(year, month, day);
}

export function partsOf(day: CityDay): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CityDay): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The fiscal year (1 July – 30 June, named by the year it ends) a local date falls in. */
export function fiscalYearOfDay(day: CityDay): number {
  const { year, month } = partsOf(day);
  return month >= 7 ? year + 1 : year;
}

/** The n-th Sunday of a month (US daylight saving changes on Sundays). */
function nthSunday(year: number, month: number, n: number): CityDay {
  const first = cityDay(year, month, 1);
  return first + ((7 - weekdayOf(first)) % 7) + 7 * (n - 1);
}

/** Eastern time's UTC offset in hours for a local date (rules since 2007; after 03:00). */
export function utcOffsetHours(day: CityDay): number {
  const { year } = partsOf(day);
  const dstStart = nthSunday(year, 3, 2);
  const dstEnd = nthSunday(year, 11, 1);
  return day >= dstStart && day < dstEnd ? -4 : -5;
}

/** The instant of a Baltimore wall-clock time (`minutes` after local midnight, ≥ 03:00). */
export function cityInstant(day: CityDay, minutes: number): Date {
  return new Date(day * DAY_MS + minutes * 60_000 - utcOffsetHours(day) * HOUR_MS);
}

/**
 * Whole days from creation to due date under a target: `daysToClose` for calendar days, or the
 * calendar days spanned by that many business days — Monday–Friday, not a city holiday
 * (lib/metrics/due-date.ts).
 */
export function dueSpanDays(
  created: CityDay,
  target: { daysToClose: number; dayType: 'calendar' | 'business' },
): number {
  if (target.dayType === 'calendar') return target.daysToClose;
  let span = 0;
  let left = target.daysToClose;
  while (left > 0) {
    span++;
    if (isBusinessDay(new Date((created + span) * DAY_MS).toISOString().slice(0, 10))) left--;
  }
  return span;
}
