import { describe, expect, it } from 'vitest';
import { STREETS } from '@/lib/demo/places';
import districtsFile from './data/council-districts.json';
import { COUNCIL_DISTRICTS, councilDistrictAt, districtPopulation } from './districts';

describe('council district boundaries (data file)', () => {
  it('has the 14 districts, each once, as closed rings of longitude/latitude in Baltimore', () => {
    const ids = districtsFile.features.map((f) => f.properties.district).sort((a, b) => a - b);
    expect(ids).toEqual(COUNCIL_DISTRICTS);
    for (const f of districtsFile.features) {
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          for (const [x, y] of ring) {
            expect(x).toBeGreaterThan(-76.72);
            expect(x).toBeLessThan(-76.52);
            expect(y).toBeGreaterThan(39.19);
            expect(y).toBeLessThan(39.38);
          }
        }
      }
    }
  });
});

describe('councilDistrictAt', () => {
  // Landmarks whose district under the 2011 plan was read from the unsimplified City file.
  it.each([
    ['City Hall, 100 N Holliday St', 39.291, -76.6108, 11],
    ['Johns Hopkins Homewood campus', 39.3299, -76.6205, 14],
    ['Patterson Park', 39.2906, -76.5779, 1],
    ['Morgan State University', 39.3436, -76.5831, 3],
    ['Druid Hill Park', 39.32, -76.645, 7],
    ['Fort McHenry', 39.2633, -76.5799, 11],
  ])('%s is in district %i', (_name, lat, long, district) => {
    expect(councilDistrictAt(lat, long)).toBe(district);
  });

  it('places every demo street (the scale loader uses their midpoints) in a district', () => {
    for (const s of STREETS) expect(councilDistrictAt(s.lat, s.long), s.street).not.toBeNull();
  });

  it('is null outside the city, and without coordinates', () => {
    expect(councilDistrictAt(39.4011, -76.6019)).toBeNull(); // Towson, Baltimore County
    expect(councilDistrictAt(38.9072, -77.0369)).toBeNull(); // Washington, DC
    expect(councilDistrictAt(null, -76.61)).toBeNull();
    expect(councilDistrictAt(39.29, undefined)).toBeNull();
    expect(councilDistrictAt(Number.NaN, -76.61)).toBeNull();
  });
});

describe('district population (2020 Census)', () => {
  it('adds up to the 2020 Census count for Baltimore City, 585,708', () => {
    const total = COUNCIL_DISTRICTS.reduce((s, d) => s + (districtPopulation(d) ?? 0), 0);
    expect(total).toBe(585_708);
  });

  it('gives each district roughly a fourteenth, as the Charter requires (±15%)', () => {
    for (const d of COUNCIL_DISTRICTS) {
      const pop = districtPopulation(d) ?? 0;
      expect(pop / (585_708 / 14)).toBeGreaterThan(0.8);
      expect(pop / (585_708 / 14)).toBeLessThan(1.3);
    }
    expect(districtPopulation(15)).toBeNull();
  });
});
