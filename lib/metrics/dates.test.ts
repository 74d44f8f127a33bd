import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from './fiscal-year';
import { dueDate } from './due-date';

describe('fiscalYearOf (Baltimore, America/New_York)', () => {
  it('starts the year on 1 July, city time', () => {
    expect(fiscalYearOf(new Date('2026-07-01T04:00:00Z'))).toBe(2027); // 00:00 EDT on 1 July
    expect(fiscalYearOf(new Date('2026-07-01T03:59:59Z'))).toBe(2026); // 23:59 on 30 June
    expect(fiscalYearOf(new Date('2026-11-27T12:00:00Z'))).toBe(2027);
    expect(fiscalYearOf(new Date('2027-06-30T12:00:00Z'))).toBe(2027);
  });
});

describe('dueDate', () => {
  it('adds calendar days', () => {
    expect(
      dueDate(new Date('2026-11-27T15:00:00Z'), {
        daysToClose: 2,
        dayType: 'calendar',
      }).toISOString(),
    ).toBe('2026-11-29T15:00:00.000Z');
  });
  it('skips weekends for business days', () => {
    // Friday 27 Nov 2026 + 1 business day = Monday 30 Nov.
    expect(
      dueDate(new Date('2026-11-27T15:00:00Z'), {
        daysToClose: 1,
        dayType: 'business',
      }).toISOString(),
    ).toBe('2026-11-30T15:00:00.000Z');
    expect(
      dueDate(new Date('2026-11-27T15:00:00Z'), {
        daysToClose: 10,
        dayType: 'business',
      }).toISOString(),
    ).toBe('2026-12-11T15:00:00.000Z');
  });
});
