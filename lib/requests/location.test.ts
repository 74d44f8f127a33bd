import { describe, expect, it } from 'vitest';
import { BALTIMORE_CITY_BOUNDARY } from './city-boundary';
import { distanceToRingM, isInCity, pointInRing } from './location';

describe('isInCity (Baltimore City boundary)', () => {
  it('accepts places in the city, in every part of it', () => {
    const places: [string, number, number][] = [
      ['City Hall', 39.2904, -76.6122],
      ['Druid Hill Park', 39.3199, -76.6444],
      ['Curtis Bay', 39.2265, -76.5888],
      ['Hamilton (northeast)', 39.3551, -76.5601],
      ['Dickeyville (west)', 39.3063, -76.7043],
      ['Roland Park (north)', 39.3582, -76.6364],
      ['Brooklyn (south)', 39.2318, -76.6035],
    ];
    for (const [name, lat, long] of places) expect(isInCity(lat, long), name).toBe(true);
  });

  it('refuses places outside it, including those the old bounding box let in', () => {
    const places: [string, number, number][] = [
      ['Towson', 39.4015, -76.6019],
      ['Washington DC', 38.9072, -77.0369],
      ['New York', 40.7128, -74.006],
      // Inside the old box (39.19–39.38 N, 76.72–76.52 W), outside the city:
      ['Brooklyn Park (Anne Arundel)', 39.2132, -76.6144],
      ['Pikesville edge (Baltimore County)', 39.3775, -76.715],
      ['Dundalk (Baltimore County)', 39.2654, -76.522],
      ['Catonsville (Baltimore County)', 39.272, -76.718],
    ];
    for (const [name, lat, long] of places) expect(isInCity(lat, long), name).toBe(false);
  });

  it('gives a phone standing on the city line the benefit of the doubt, but no more', () => {
    // Northern Parkway is north of the line; the line itself runs at about 39.3721 N.
    expect(isInCity(39.3728, -76.62)).toBe(true); // ~80 m north of the line
    expect(isInCity(39.3765, -76.62)).toBe(false); // ~490 m north
  });

  it('refuses what is not a number', () => {
    expect(isInCity(Number.NaN, -76.61)).toBe(false);
    expect(isInCity(39.29, Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('point in polygon', () => {
  const square = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ] as const;
  it('uses the even-odd rule on [x, y] pairs', () => {
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(15, 5, square)).toBe(false);
    expect(pointInRing(5, -1, square)).toBe(false);
  });
  it('handles a concave ring', () => {
    const notch = [
      [0, 0],
      [10, 0],
      [10, 10],
      [5, 5],
      [0, 10],
      [0, 0],
    ] as const;
    expect(pointInRing(5, 8, notch)).toBe(false);
    expect(pointInRing(5, 3, notch)).toBe(true);
  });
  it('measures the distance to the nearest edge in metres', () => {
    // 0.001° of latitude is about 111 m.
    const ring = [
      [-76.6, 39.3],
      [-76.5, 39.3],
      [-76.5, 39.4],
      [-76.6, 39.4],
      [-76.6, 39.3],
    ] as const;
    expect(distanceToRingM(-76.55, 39.299, ring)).toBeCloseTo(111.2, 0);
  });
  it('has a closed boundary ring', () => {
    expect(BALTIMORE_CITY_BOUNDARY[0]).toEqual(BALTIMORE_CITY_BOUNDARY.at(-1));
  });
});
