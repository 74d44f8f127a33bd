import calendar from './holidays/baltimore-city.json';
import { CITY_TIME_ZONE } from './fiscal-year';

/**
 * Baltimore City's holidays, expanded for any year from the rules in
 * holidays/baltimore-city.json (the data, with its sources and what is unconfirmed). Business
 * days skip weekends and these observed dates. Dates are Baltimore calendar dates, "YYYY-MM-DD".
 */

type Rule =
  | { kind: 'fixed'; month: number; day: number }
  | {
      kind: 'weekday';
      month: number;
      /** 0 = Sunday … 6 = Saturday. */
      weekday: number;
      /** 1 = first … ; -1 = last. */
      nth: number;
      offsetDays?: number;
      evenYearsOnly?: boolean;
    }
  | { kind: 'easter'; offsetDays: number };

type Holiday = { name: string; rule: Rule; fromYear?: number };

export const HOLIDAY_SOURCE = calendar.source;
const HOLIDAYS = calendar.holidays as Holiday[];

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The holiday's own date in `year`, before weekend observance; null when not held that year. */
function dateIn(h: Holiday, year: number): Date | null {
  if (h.fromYear && year < h.fromYear) return null;
  const r = h.rule;
  if (r.kind === 'fixed') return utc(year, r.month, r.day);
  if (r.kind === 'easter') return plusDays(easter(year), r.offsetDays);
  if (r.evenYearsOnly && year % 2 !== 0) return null;
  let d: Date;
  if (r.nth > 0) {
    const first = utc(year, r.month, 1);
    d = plusDays(first, ((r.weekday - first.getUTCDay() + 7) % 7) + 7 * (r.nth - 1));
  } else {
    const last = utc(year, r.month + 1, 0);
    d = plusDays(last, -((last.getUTCDay() - r.weekday + 7) % 7));
  }
  return plusDays(d, r.offsetDays ?? 0);
}

/** Saturday → the Friday before, Sunday → the Monday after (the data file's `observance`). */
function observed(d: Date): Date {
  const wd = d.getUTCDay();
  if (wd === 6) return plusDays(d, -1);
  if (wd === 0) return plusDays(d, 1);
  return d;
}

const byYear = new Map<number, { date: string; name: string }[]>();

/**
 * The holidays observed in calendar year `year`, in date order. A fixed holiday of the next
 * year can fall in this one (1 January on a Saturday is observed on 31 December).
 */
export function cityHolidays(year: number): { date: string; name: string }[] {
  let list = byYear.get(year);
  if (!list) {
    const seen = new Map<string, string>();
    for (const y of [year, year + 1])
      for (const h of HOLIDAYS) {
        const d = dateIn(h, y);
        if (!d) continue;
        const date = ymd(observed(d));
        if (date.startsWith(`${year}-`) && !seen.has(date)) seen.set(date, h.name);
      }
    list = [...seen]
      .map(([date, name]) => ({ date, name }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    byYear.set(year, list);
  }
  return list;
}

/** Whether a Baltimore calendar date ("YYYY-MM-DD") is an observed city holiday. */
export function isCityHoliday(date: string): boolean {
  return cityHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}

/** Monday–Friday and not a city holiday. */
export function isBusinessDay(date: string): boolean {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !isCityHoliday(date);
}

/** Every observed holiday from `fromYear` to `toYear` (inclusive): the SQL calendar's input. */
export function cityHolidayDates(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(...cityHolidays(y).map((h) => h.date));
  return out;
}

// Built once: a formatter per call made long business-day spans slow.
const cityDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Baltimore calendar date of an instant, "YYYY-MM-DD". */
export function cityDate(at: Date): string {
  return cityDateFormat.format(at);
}

/**
 * Business days elapsed from one instant to a later one: the city business days after the
 * Baltimore date of `from`, up to and including the date of `to` (definitions.ts states why).
 */
export function businessDaysBetween(from: Date, to: Date): number {
  let day = utc(...(cityDate(from).split('-').map(Number) as [number, number, number]));
  const last = cityDate(to);
  let n = 0;
  while (ymd(day) < last) {
    day = plusDays(day, 1);
    if (isBusinessDay(ymd(day))) n++;
  }
  return n;
}
