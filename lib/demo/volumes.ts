import { createRandom } from './random';
import {
  DEFAULT_VOLUME,
  REQUESTS_PER_YEAR,
  VOLUME,
  WEEKDAY_FACTOR,
  seasonFactor,
} from './profiles';
import {
  cityDay,
  fiscalYearOfDay,
  partsOf,
  todayInCity,
  weekdayOf,
  type CityDay,
} from './city-days';

/**
 * Shared by the demo generator (PGlite, tens of thousands of rows) and the scale loader
 * (PostgreSQL, millions): both draw from the same expected volumes and service traits, so the
 * two look alike at any size.
 */

/** The history starts with the previous fiscal year: about two fiscal years up to `now`. */
export function historyStart(now: Date): CityDay {
  const fy = fiscalYearOfDay(todayInCity(now));
  return cityDay(fy - 2, 7, 1);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const WEEKDAY_MEAN = mean([...WEEKDAY_FACTOR]);
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export type DayVolume = { day: CityDay; serviceCode: string; expected: number };

/**
 * Expected requests per service and Baltimore day, from the history's start to today:
 * REQUESTS_PER_YEAR × scale a year, shared by VOLUME, shaped by season and weekday.
 */
export function dailyVolumes(
  serviceCodes: readonly string[],
  now: Date,
  scale: number,
): DayVolume[] {
  const weights = serviceCodes.map((c) => VOLUME[c] ?? DEFAULT_VOLUME);
  const total = weights.reduce((a, b) => a + b, 0);
  const perDay = (REQUESTS_PER_YEAR * scale) / 365 / total / WEEKDAY_MEAN;
  const seasonMean = serviceCodes.map((c) => mean(MONTHS.map((m) => seasonFactor(c, m))));
  const out: DayVolume[] = [];
  const last = todayInCity(now);
  for (let day = historyStart(now); day <= last; day++) {
    const { month } = partsOf(day);
    const wd = WEEKDAY_FACTOR[weekdayOf(day)];
    serviceCodes.forEach((serviceCode, i) => {
      const season = seasonFactor(serviceCode, month) / seasonMean[i];
      out.push({ day, serviceCode, expected: perDay * weights[i] * season * wd });
    });
  }
  return out;
}

export type ServiceTraits = {
  /** How far the service runs from its on-time goal (some beat it, more miss it). */
  onTimeShift: number;
  /** Share of request forms started that are sent (digital completion rate). */
  formCompletion: number;
};

/** Per-service character, drawn from its own stream so it does not depend on volumes. */
export function serviceTraits(
  serviceCodes: readonly string[],
  seed: number,
): Map<string, ServiceTraits> {
  const r = createRandom(seed ^ 0x5bd1e995);
  return new Map(
    [...serviceCodes]
      .sort()
      .map((code) => [
        code,
        { onTimeShift: -0.15 + 0.22 * r.next(), formCompletion: 0.7 + 0.14 * r.next() },
      ]),
  );
}

/**
 * Chance that a request made in `month` of fiscal year `fy` is closed by its due date: the goal,
 * the service's own shift, a slightly better current year, and the spring pothole backlog.
 */
export function onTimeProbability(
  serviceCode: string,
  goalPct: number | null,
  traits: ServiceTraits,
  month: number,
  fy: number,
  currentFy: number,
): number {
  let p = (goalPct ?? 85) / 100 + traits.onTimeShift + (fy === currentFy ? 0.02 : 0);
  if (serviceCode === 'TRM-Potholes' && month >= 2 && month <= 4) p -= 0.1;
  return Math.min(0.98, Math.max(0.45, p));
}
