import { describe, expect, it } from 'vitest';
import calendar from './holidays/baltimore-city.json';
import {
  businessDaysBetween,
  cityHolidayDates,
  cityHolidays,
  isBusinessDay,
  isCityHoliday,
} from './city-holidays';
import { daysToClose } from './definitions';
import { dueDate } from './due-date';

describe('Baltimore City holidays (rules kept as data, expanded for any year)', () => {
  it('carries its sources and says what is unconfirmed', () => {
    expect(calendar.source.references.length).toBeGreaterThan(0);
    for (const r of calendar.source.references) expect(r.url).toMatch(/^https?:\/\//);
    expect(calendar.source.unconfirmed).toMatch(/Labor Commissioner/);
  });

  it('gives the observed dates of 2026, weekends moved', () => {
    expect(cityHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01', // New Year's Day, Thursday
      '2026-01-19', // third Monday of January
      '2026-02-12', // Lincoln's Birthday, Thursday
      '2026-02-16', // third Monday of February
      '2026-04-03', // Good Friday (Easter 5 April)
      '2026-05-25', // last Monday of May
      '2026-06-19', // Juneteenth, Friday
      '2026-07-03', // 4 July is a Saturday: the Friday before
      '2026-09-07', // first Monday of September
      '2026-10-12', // Indigenous Peoples' Day, second Monday of October
      '2026-11-03', // statewide general election (even year)
      '2026-11-11', // Veterans Day, Wednesday
      '2026-11-26', // Thanksgiving, fourth Thursday
      '2026-11-27', // and the Friday after
      '2026-12-25', // Christmas, Friday
    ]);
  });

  it('moves a Sunday holiday to the Monday and a Saturday New Year into the year before', () => {
    const y2022 = cityHolidays(2022).map((h) => h.date);
    expect(y2022).toContain('2022-06-20'); // Juneteenth on Sunday 19 June
    expect(y2022).toContain('2022-12-26'); // Christmas on Sunday
    expect(y2022).not.toContain('2022-01-01'); // a Saturday: observed on Friday 31 Dec 2021
    expect(cityHolidays(2021).map((h) => h.date)).toContain('2021-12-31');
    expect(cityHolidays(2027).map((h) => h.date)).not.toContain('2027-11-02'); // odd year: no election
    expect(cityHolidays(2020).map((h) => h.name)).not.toContain(
      'Juneteenth National Independence Day',
    ); // from 2021
  });

  it('answers day by day and lists years for the SQL calendar', () => {
    expect(isCityHoliday('2026-07-03')).toBe(true);
    expect(isCityHoliday('2026-07-04')).toBe(false); // the Saturday itself: a weekend day anyway
    expect(isBusinessDay('2026-07-03')).toBe(false);
    expect(isBusinessDay('2026-07-04')).toBe(false);
    expect(isBusinessDay('2026-07-06')).toBe(true);
    expect(cityHolidayDates(2026, 2027)).toHaveLength(30);
  });
});

describe('business days elapsed (days to close in a business-day target’s unit)', () => {
  // Noon in Baltimore (EST, 17:00Z in November; EDT, 16:00Z in July).
  it('skip a weekend and city holidays, counted from the day after the request', () => {
    // Wednesday before Thanksgiving → Monday after: Thu, Fri holidays, Sat, Sun: 1.
    expect(
      businessDaysBetween(new Date('2026-11-25T17:00:00Z'), new Date('2026-11-30T17:00:00Z')),
    ).toBe(1);
    // Friday → next Monday: 1; the same day: 0; Thursday 2 July → Monday 6 July (3rd observed): 1.
    expect(
      businessDaysBetween(new Date('2026-12-04T17:00:00Z'), new Date('2026-12-07T14:00:00Z')),
    ).toBe(1);
    expect(
      businessDaysBetween(new Date('2026-12-04T14:00:00Z'), new Date('2026-12-04T22:00:00Z')),
    ).toBe(0);
    expect(
      businessDaysBetween(new Date('2026-07-02T16:00:00Z'), new Date('2026-07-06T16:00:00Z')),
    ).toBe(1);
  });

  it('use Baltimore dates, not UTC ones', () => {
    // 23:30 Friday in Baltimore is Saturday in UTC; closed 00:30 Tuesday Baltimore (05:30Z):
    // Monday and Tuesday count.
    expect(
      businessDaysBetween(new Date('2026-12-05T04:30:00Z'), new Date('2026-12-08T05:30:00Z')),
    ).toBe(2);
  });

  it('feed days to close in the chosen unit', () => {
    const r = {
      createdAt: new Date('2026-11-25T17:00:00Z'),
      closedAt: new Date('2026-11-30T17:00:00Z'),
      dueAt: null,
      closeReason: 'resolved' as const,
    };
    expect(daysToClose([r], 'business')).toEqual([1]);
    expect(daysToClose([r])).toEqual([5]);
  });
});

describe('due dates under a business-day target skip city holidays', () => {
  it('steps over Thanksgiving, the Friday after and the weekend', () => {
    // Wednesday 25 Nov 2026 noon + 2 business days = Tuesday 1 Dec (30 Nov, 1 Dec).
    expect(
      dueDate(new Date('2026-11-25T17:00:00Z'), { daysToClose: 2, dayType: 'business' }),
    ).toEqual(new Date('2026-12-01T17:00:00Z'));
    // Thursday 2 July 2026 + 1 business day: Friday 3 July is Independence Day observed → Monday.
    expect(
      dueDate(new Date('2026-07-02T16:00:00Z'), { daysToClose: 1, dayType: 'business' }),
    ).toEqual(new Date('2026-07-06T16:00:00Z'));
  });

  it('leave calendar-day targets alone (holidays are days too)', () => {
    expect(
      dueDate(new Date('2026-11-25T17:00:00Z'), { daysToClose: 2, dayType: 'calendar' }),
    ).toEqual(new Date('2026-11-27T17:00:00Z'));
  });
});
