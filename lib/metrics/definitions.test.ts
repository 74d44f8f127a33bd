import { describe, expect, it } from 'vitest';
import {
  MIN_CLOSURES,
  verdict,
  attainment,
  daysToClose,
  digital,
  onTime,
  percentile,
  satisfaction,
  type ClosedRequest,
} from './definitions';
import {
  cityMidnight,
  isReportable,
  monthsOf,
  periodChoices,
  periodFor,
  yearEarlier,
} from './periods';

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const closed = (
  created: string,
  closedOn: string,
  due: string | null,
  reason: ClosedRequest['closeReason'] = 'resolved',
): ClosedRequest => ({
  createdAt: day(created),
  closedAt: day(closedOn),
  dueAt: due ? day(due) : null,
  closeReason: reason,
});

describe('percentiles (percentile_cont: linear between closest ranks)', () => {
  it('median of an even and an odd count, by hand', () => {
    expect(percentile([1, 2, 3, 10], 0.5)).toBe(2.5);
    expect(percentile([7, 1, 3], 0.5)).toBe(3);
    expect(percentile([5], 0.5)).toBe(5);
    expect(percentile([], 0.5)).toBeNull();
  });
  it('90th percentile, by hand', () => {
    // ranks 0..9, p90 → rank 8.1: 9 + 0.1 × (100 − 9) = 18.1
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.9)).toBeCloseTo(18.1, 10);
    // 11 values → rank 9 exactly
    expect(percentile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });
});

describe('time to close and on time, with exclusions', () => {
  const set = [
    closed('2026-08-01', '2026-08-02', '2026-08-03'), // 1 day, on time
    closed('2026-08-01', '2026-08-04', '2026-08-03'), // 3 days, late
    closed('2026-08-01', '2026-08-03', '2026-08-03'), // 2 days, on the due date: on time
    closed('2026-08-01', '2026-08-01', '2026-08-03', 'duplicate'), // left out
    closed('2026-08-01', '2026-08-30', '2026-08-03', 'referred'), // left out
    closed('2026-08-01', '2026-08-11', null), // 10 days, no target: timed, not in on-time
  ];
  it('days to close leave out duplicates and referrals', () => {
    expect(daysToClose(set)).toEqual([1, 3, 2, 10]);
    expect(percentile(daysToClose(set), 0.5)).toBe(2.5);
  });
  it('on time counts closures at or before the due date over eligible closures', () => {
    expect(onTime(set)).toEqual({ eligible: 3, onTime: 2, pct: expect.closeTo(66.667, 3) });
    expect(onTime([]).pct).toBeNull();
    expect(onTime([closed('2026-08-01', '2026-08-02', null)]).pct).toBeNull();
  });
  it('closures without action are not on time: "not found" the same day is not a job done', () => {
    const withNoAction = [
      ...set,
      closed('2026-08-01', '2026-08-01', '2026-08-03', 'unable_to_locate'),
      closed('2026-08-01', '2026-08-02', '2026-08-03', 'no_action_needed'),
    ];
    expect(onTime(withNoAction)).toEqual(onTime(set));
    // They still took time: days to close count them (only duplicates and referrals are out).
    expect(daysToClose(withNoAction)).toEqual([1, 3, 2, 10, 0, 1]);
  });
});

describe('attainment (actual ÷ target; target ÷ actual when lower is better)', () => {
  it('by hand', () => {
    expect(attainment(90, 80)).toBe(1.125); // met
    expect(attainment(60, 80)).toBe(0.75); // not met
    expect(attainment(4, 2, true)).toBe(0.5); // median 4 days against a 2-day target
    expect(attainment(1, 2, true)).toBe(2);
    expect(attainment(null, 80)).toBeNull();
    expect(attainment(50, null)).toBeNull();
  });
});

describe('satisfaction: share of 4s and 5s, suppressed under 10 responses', () => {
  it('suppresses 9 responses and shows 10', () => {
    const nine = [5, 5, 4, 4, 3, 2, 1, 5, 4];
    expect(satisfaction(nine)).toEqual({ responses: 9, satisfied: 6, suppressed: true, pct: null });
    const ten = [...nine, 1];
    expect(satisfaction(ten)).toEqual({ responses: 10, satisfied: 6, suppressed: false, pct: 60 });
  });
});

describe('digital completion', () => {
  it('rate and median minutes', () => {
    const t = (min: number) => new Date(Date.UTC(2026, 7, 1, 12, min));
    expect(
      digital([
        { startedAt: t(0), submittedAt: t(4) },
        { startedAt: t(0), submittedAt: t(6) },
        { startedAt: t(0), submittedAt: null },
        { startedAt: t(0), submittedAt: null },
      ]),
    ).toEqual({ started: 4, submitted: 2, completionPct: 50, medianMinutes: 5 });
  });
});

describe('verdict: met or missed on the share as shown, and only from enough closures', () => {
  it('decides at the goal boundary on the one-decimal value the page shows', () => {
    expect(verdict(84.96, 85, 40)).toBe('met'); // shown as 85%
    expect(verdict(84.94, 85, 40)).toBe('missed'); // shown as 84.9%
    expect(verdict(84.7, 85, 40)).toBe('missed'); // the "attainment 1.00, not met" case
    expect(verdict(85, 85, 40)).toBe('met');
  });
  it(`needs ${MIN_CLOSURES} eligible closures to judge`, () => {
    expect(MIN_CLOSURES).toBe(20);
    expect(verdict(100, 85, 19)).toBe('too_few');
    expect(verdict(0, 85, 19)).toBe('too_few');
    expect(verdict(100, 85, 20)).toBe('met');
  });
  it('is not measured without a target or without any eligible closure', () => {
    expect(verdict(null, 85, 0)).toBeNull();
    expect(verdict(90, null, 50)).toBeNull();
  });
});

describe('fiscal-year periods in America/New_York', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('FY2027 starts at 00:00 EDT on 1 July 2026 and runs to date', () => {
    const p = periodFor('2027', now)!;
    expect(p.start.toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(p.end.toISOString()).toBe('2027-07-01T04:00:00.000Z');
    expect(p.toDate).toBe(true);
    expect(p.asOf).toEqual(now);
  });
  it('halves: H1 ends at 00:00 EST on 1 January; H2 begins there', () => {
    const h1 = periodFor('2026-h1', now)!;
    expect(h1.start.toISOString()).toBe('2025-07-01T04:00:00.000Z');
    expect(h1.end.toISOString()).toBe('2026-01-01T05:00:00.000Z');
    expect(h1.toDate).toBe(false);
    expect(periodFor('2026-h2', now)!.start.toISOString()).toBe('2026-01-01T05:00:00.000Z');
  });
  it('a period that has not begun, or a malformed key, is no period', () => {
    expect(periodFor('2027-h2', now)).toBeNull();
    expect(periodFor('2028', now)).toBeNull();
    expect(periodFor('fy2027', now)).toBeNull();
  });
  it('a period that ended before the first request is not reported (404, not zeros)', () => {
    const first = new Date('2026-02-10T15:00:00Z'); // records start in FY2026 H2
    expect(isReportable(periodFor('2026-h1', now)!, first)).toBe(false);
    expect(isReportable(periodFor('2026-h2', now)!, first)).toBe(true);
    expect(isReportable(periodFor('2026', now)!, first)).toBe(true);
    // The running period is reported even with no requests at all: its zeros are true.
    expect(isReportable(periodFor('2027', now)!, null)).toBe(true);
    expect(isReportable(periodFor('2026', now)!, null)).toBe(false);
    expect(periodChoices(now, first).map((p) => p.key)).toEqual([
      '2027',
      '2027-h1',
      '2026',
      '2026-h2',
    ]);
  });
  it('city midnight across the DST change', () => {
    expect(cityMidnight(2026, 3, 8).toISOString()).toBe('2026-03-08T05:00:00.000Z'); // EST
    expect(cityMidnight(2026, 3, 9).toISOString()).toBe('2026-03-09T04:00:00.000Z'); // EDT
    expect(cityMidnight(2026, 11, 1).toISOString()).toBe('2026-11-01T04:00:00.000Z'); // EDT
  });
  it('months of a period up to its as-of date', () => {
    expect(monthsOf(periodFor('2027', now)!)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(monthsOf(periodFor('2026-h2', now)!)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });
  it('a year earlier: an ended period is the same half a year back; a running one, the same days', () => {
    const h1 = yearEarlier(periodFor('2026-h1', now)!);
    expect(h1).toMatchObject({ key: '2025-h1', fiscalYear: 2025, half: 1, toDate: false });
    expect(h1.start.toISOString()).toBe('2024-07-01T04:00:00.000Z');
    expect(h1.end.toISOString()).toBe('2025-01-01T05:00:00.000Z');
    // 27 November 2026, 07:00 in Baltimore: 1 July 2025 to 27 November 2025, that day included
    // (it ends at midnight EST, 05:00 UTC, though the year began in EDT).
    const fy = yearEarlier(periodFor('2027', now)!);
    expect(fy).toMatchObject({ key: '2026-to-2025-11-27', fiscalYear: 2026, toDate: false });
    expect(fy.start.toISOString()).toBe('2025-07-01T04:00:00.000Z');
    expect(fy.end.toISOString()).toBe('2025-11-28T05:00:00.000Z');
    expect(fy.asOf).toEqual(fy.end);
    expect(monthsOf(fy)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11']);
    // Late evening in Baltimore is already the next day in UTC: the city's day counts.
    const evening = periodFor('2027', new Date('2026-11-28T03:30:00Z'))!; // 22:30 on the 27th
    expect(yearEarlier(evening).key).toBe('2026-to-2025-11-27');
    // 29 February has no twin: the 28th, whole.
    const leap = yearEarlier(periodFor('2028-h2', new Date('2028-02-29T17:00:00Z'))!);
    expect(leap.key).toBe('2027-h2-to-2027-02-28');
    expect(leap.end.toISOString()).toBe('2027-03-01T05:00:00.000Z');
  });
});
