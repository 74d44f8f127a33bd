import { describe, expect, it } from 'vitest';
import { cityDateParts, fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { dueDate } from '@/lib/metrics/due-date';
import {
  DAY_MS,
  cityDay,
  cityInstant,
  dueSpanDays,
  fiscalYearOfDay,
  partsOf,
  todayInCity,
  weekdayOf,
} from './city-days';
import { createRandom } from './random';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/New_York',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

describe('city-days (the generator’s fast Baltimore calendar)', () => {
  it('turns Baltimore wall-clock times into the right instants, across daylight saving', () => {
    const r = createRandom(7);
    const first = cityDay(2025, 1, 1);
    for (let i = 0; i < 500; i++) {
      const day = first + r.int(0, 3 * 365);
      const minutes = r.int(3 * 60, 24 * 60 - 1);
      const at = cityInstant(day, minutes);
      expect(cityDateParts(at)).toEqual(partsOf(day));
      const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
      const mm = String(minutes % 60).padStart(2, '0');
      expect(wallClock.format(at)).toBe(`${hh}:${mm}`);
      expect(fiscalYearOfDay(day)).toBe(fiscalYearOf(at));
      expect(todayInCity(at)).toBe(day);
    }
  });

  it('knows the days of the week', () => {
    expect(weekdayOf(cityDay(2026, 11, 27))).toBe(5); // a Friday
    expect(weekdayOf(cityDay(2026, 11, 29))).toBe(0);
  });

  it('gives the due dates lib/metrics gives, calendar and business days', () => {
    const r = createRandom(11);
    const first = cityDay(2025, 7, 1);
    for (let i = 0; i < 40; i++) {
      const day = first + r.int(0, 600);
      const created = cityInstant(day, r.int(6 * 60, 23 * 60 - 1));
      for (const target of [
        { daysToClose: r.int(1, 30), dayType: 'business' as const },
        { daysToClose: r.int(1, 30), dayType: 'calendar' as const },
      ]) {
        expect(created.getTime() + dueSpanDays(day, target) * DAY_MS).toBe(
          dueDate(created, target).getTime(),
        );
      }
    }
  });
});
