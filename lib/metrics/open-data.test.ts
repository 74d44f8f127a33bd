import { describe, expect, it } from 'vitest';
import { CITY_CODE, csvColumnsOf, tableRows, toCsv } from './open-data';
import type { Figures, PerformanceData } from './aggregate';

const figures = (received: number): Figures => ({
  received,
  closed: 0,
  open: 0,
  overdue: 0,
  openAge: [0, 0, 0, 0],
  medianDays: null,
  p90Days: null,
  dayUnit: 'calendar',
  duplicates: 0,
  noAction: 0,
  reopened: 0,
  reclassified: 0,
  firstResponseHours: null,
  eligible: 0,
  onTime: 0,
  onTimePct: null,
  responses: 0,
  satisfied: 0,
  satisfactionPct: null,
  started: 0,
  submitted: 0,
  completionPct: null,
  medianMinutes: null,
});

describe('CSV downloads', () => {
  it('start with a UTF-8 byte-order mark, so spreadsheets read Spanish names right', () => {
    const csv = toCsv(['service'], [{ service: 'Árbol caído' }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('service\r\nÁrbol caído\r\n');
  });

  it('neutralise text cells a spreadsheet would run as a formula, and leave numbers alone', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [{ a: '=HYPERLINK("http://x")', b: '+1', c: '-2', d: '@SUM(A1)', e: -3.5, f: 'ok, fine' }],
    );
    expect(csv.slice(1).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),-3.5,"ok, fine"`,
    );
  });

  it('the agencies table ends with the whole city, unless one agency is asked for', () => {
    const data = {
      city: { ...figures(7), servicesMet: 1, servicesMeasured: 2 },
      agencies: [
        { ...figures(4), code: 'DOT', servicesMet: 1, servicesMeasured: 1 },
        { ...figures(3), code: 'DPW-SW', servicesMet: 0, servicesMeasured: 1 },
      ],
      services: [],
      months: [],
    } as unknown as PerformanceData;
    const names = { agency: (c: string) => `Agency ${c}`, service: (c: string) => c, city: 'All' };
    const all = tableRows(data, 'agencies', names);
    expect(all.map((r) => [r.agency_code, r.agency, r.received])).toEqual([
      ['DOT', 'Agency DOT', 4],
      ['DPW-SW', 'Agency DPW-SW', 3],
      [CITY_CODE, 'All', 7],
    ]);
    expect(tableRows(data, 'agencies', names, 'DOT').map((r) => r.agency_code)).toEqual(['DOT']);
  });

  it('every CSV says its period, when it was computed and whether demo data is in it', () => {
    for (const table of ['agencies', 'services', 'months'] as const) {
      expect(
        csvColumnsOf(table)
          .map((c) => c.key)
          .slice(-3),
      ).toEqual(['period', 'computed_at', 'demo']);
    }
  });
});
