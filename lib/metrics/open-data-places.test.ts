import { describe, expect, it } from 'vitest';
import type { PerformanceData } from './aggregate';
import type { PlaceFigures } from './geography';
import { isPlaceTable, placeCsvColumnsOf, placeRows } from './open-data-places';

const place = (p: string | null, received: number, population: number | null): PlaceFigures => ({
  place: p,
  received,
  closed: 1,
  open: 2,
  overdue: 1,
  medianDays: 1.5,
  eligible: 1,
  onTime: 1,
  onTimePct: 100,
  population,
  perThousand: population ? (1000 * received) / population : null,
});

const data = {
  places: {
    plan: '2011',
    districts: [place('11', 3, 52_405), place(null, 2, null)],
    zips: [place('21202', 3, 22_247), place(null, 0, null)],
  },
} as unknown as PerformanceData;

describe('where downloads', () => {
  it('are the districts and zips tables, nothing else', () => {
    expect(isPlaceTable('districts')).toBe(true);
    expect(isPlaceTable('zips')).toBe(true);
    expect(isPlaceTable('services')).toBe(false);
  });

  it('give one row per district with its plan, and an "unknown" row, with the same figures', () => {
    const rows = placeRows(data, 'districts');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      council_district: '11',
      council_plan: '2011',
      received: 3,
      population_2020: 52_405,
      on_time_pct: 100,
    });
    expect(rows[0].requests_per_1000_residents).toBeCloseTo(3000 / 52_405, 9);
    expect(rows[1]).toMatchObject({
      council_district: 'unknown',
      received: 2,
      population_2020: null,
      requests_per_1000_residents: null,
    });
  });

  it('give one row per ZIP, and CSV columns end with the provenance columns', () => {
    expect(placeRows(data, 'zips').map((r) => r.zip)).toEqual(['21202', 'unknown']);
    const keys = placeCsvColumnsOf('zips').map((c) => c.key);
    expect(keys[0]).toBe('zip');
    expect(keys.slice(-3)).toEqual(['period', 'computed_at', 'demo']);
    expect(placeCsvColumnsOf('districts').map((c) => c.key)).toContain('council_plan');
  });
});
