import { describe, expect, it } from 'vitest';
import { BALTIMORE_CITY_ZIPS } from '@/lib/requests/location';
import { ZIPS_CROSSING_CITY_LINE, zipPopulation, zipRateBase } from './zips';

describe('ZIP populations (2020 Census, by ZCTA)', () => {
  it('has a figure for every ZIP code the request form accepts', () => {
    for (const zip of BALTIMORE_CITY_ZIPS) expect(zipPopulation(zip)).not.toBeNull();
  });

  it('brackets the city: ZCTAs wholly in the city hold fewer than its 585,708 residents, all of them more', () => {
    const all = [...BALTIMORE_CITY_ZIPS].reduce((s, z) => s + (zipPopulation(z) ?? 0), 0);
    const inside = [...BALTIMORE_CITY_ZIPS]
      .filter((z) => !ZIPS_CROSSING_CITY_LINE.has(z))
      .reduce((s, z) => s + (zipPopulation(z) ?? 0), 0);
    expect(all).toBe(1_010_639);
    expect(inside).toBeLessThan(585_708);
    expect(all).toBeGreaterThan(585_708);
  });

  it('reads figures as published (spot checks against the source file)', () => {
    expect(zipPopulation('21201')).toBe(18_382);
    expect(zipPopulation('21218')).toBe(46_238);
    expect(zipPopulation('99999')).toBeNull();
  });

  it('gives no rate base where a rate would mislead', () => {
    expect(zipRateBase('21217')).toBe(30_448);
    expect(zipRateBase('21206')).toBeNull(); // crosses into Baltimore County
    expect(zipRateBase('21287')).toBeNull(); // no residents (hospital)
    expect(zipRateBase('99999')).toBeNull();
  });
});
