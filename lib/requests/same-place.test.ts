import { describe, expect, it } from 'vitest';
import { blockOf, boxAround, distanceMeters } from './same-place';

describe('same place', () => {
  it('puts addresses on their block, whatever the spelling of the street', () => {
    expect(blockOf('1544 W North Ave')).toBe('1500 w north ave');
    expect(blockOf('1510 West North Avenue, Baltimore')).toBe('1500 w north ave');
    expect(blockOf('1610 W North Ave')).toBe('1600 w north ave');
    expect(blockOf('100 N. Holliday St.')).toBe('100 n holliday st');
    expect(blockOf('North Ave & Charles St')).toBeNull(); // a corner: judged by coordinates
    expect(blockOf('opposite the library')).toBeNull();
  });

  it('measures metres between points, and boxes hold every point within reach', () => {
    const cityHall = { lat: 39.2904, long: -76.6104 };
    const east = { lat: 39.2904, long: -76.6087 }; // ~146 m east
    expect(distanceMeters(cityHall, east)).toBeGreaterThan(140);
    expect(distanceMeters(cityHall, east)).toBeLessThan(150);
    const box = boxAround(cityHall, 150);
    expect(east.long).toBeLessThan(box.east);
    expect(distanceMeters(cityHall, { lat: box.north, long: cityHall.long })).toBeCloseTo(150, 0);
  });
});
