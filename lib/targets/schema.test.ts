import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/requests/schema';
import { editableFiscalYears, fiscalYearFromParam, targetSchema } from './schema';

const NOW = new Date('2026-11-27T12:00:00Z'); // FY2027
const valid = {
  fiscalYear: 2028,
  daysToClose: ' 10 ',
  dayType: 'calendar',
  onTimeGoalPct: '85',
  satisfactionGoalPct: '100',
};
const errorsOf = (input: Record<string, unknown>) => {
  const r = targetSchema(NOW).safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};

describe('targetSchema', () => {
  it('reads whole numbers as typed', () => {
    expect(targetSchema(NOW).parse(valid)).toEqual({
      fiscalYear: 2028,
      daysToClose: 10,
      dayType: 'calendar',
      onTimeGoalPct: 85,
      satisfactionGoalPct: 100,
      reason: '', // required by the data layer only for a year under way
    });
    expect(targetSchema(NOW).parse({ ...valid, reason: '  More crews  ' }).reason).toBe(
      'More crews',
    );
  });

  it('says what is wrong with each value', () => {
    expect(
      errorsOf({
        fiscalYear: '2027',
        daysToClose: '',
        onTimeGoalPct: 'ninety',
        satisfactionGoalPct: '0',
      }),
    ).toEqual({
      daysToClose: 'validation.daysRequired',
      dayType: 'validation.dayTypeRequired',
      onTimeGoalPct: 'validation.onTimeWhole',
      satisfactionGoalPct: 'validation.satisfactionRange',
    });
    expect(errorsOf({ ...valid, daysToClose: '366' })).toEqual({
      daysToClose: 'validation.daysRange',
    });
    expect(errorsOf({ ...valid, daysToClose: '-1' })).toEqual({
      daysToClose: 'validation.daysWhole',
    });
    expect(errorsOf({ ...valid, onTimeGoalPct: '0001' })).toEqual({
      onTimeGoalPct: 'validation.onTimeRange',
    });
    expect(errorsOf({ ...valid, daysToClose: '365', onTimeGoalPct: '1' })).toEqual({});
  });

  it('accepts only the current and the next fiscal year', () => {
    expect(editableFiscalYears(NOW)).toEqual([2027, 2028]);
    expect(errorsOf({ ...valid, fiscalYear: 2027 })).toEqual({});
    expect(errorsOf({ ...valid, fiscalYear: 2026 })).toEqual({ fiscalYear: 'validation.yearPast' });
    expect(errorsOf({ ...valid, fiscalYear: 2029 })).toEqual({
      fiscalYear: 'validation.yearTooFar',
    });
    expect(errorsOf({ ...valid, fiscalYear: 'next' })).toEqual({
      fiscalYear: 'validation.yearInvalid',
    });
  });

  it('reads a fiscal year from an address', () => {
    expect(fiscalYearFromParam('2028', NOW)).toBe(2028);
    expect(fiscalYearFromParam('2019', NOW)).toBe(2019);
    expect(fiscalYearFromParam('2029', NOW)).toBeNull();
    expect(fiscalYearFromParam('27', NOW)).toBeNull();
    expect(fiscalYearFromParam(['2027'], NOW)).toBeNull();
  });
});
