import { describe, expect, it } from 'vitest';
import { blockOf, boxAround, distanceMeters, sameBlock } from './same-place';

describe('same place', () => {
  it('puts addresses on their block, whatever the spelling of the street', () => {
    expect(blockOf('1544 W North Ave')).toBe('1500 w north ave');
    expect(blockOf('1510 West North Avenue, Baltimore')).toBe('1500 w north ave');
    expect(blockOf('1610 W North Ave')).toBe('1600 w north ave');
    expect(blockOf('100 N. Holliday St.')).toBe('100 n holliday st');
    expect(blockOf('North Ave & Charles St')).toBeNull(); // a corner: judged by coordinates
    expect(blockOf('opposite the library')).toBeNull();
  });

  it('leaves out units, case, punctuation and the city written without commas', () => {
    expect(blockOf('12 E Lexington St #3')).toBe('0 e lexington st');
    expect(blockOf('1544 W NORTH AVE APT 2B')).toBe('1500 w north ave');
    expect(blockOf('1544 W. North Ave., Unit 4')).toBe('1500 w north ave');
    expect(blockOf('1510 West North Avenue Baltimore MD 21217')).toBe('1500 w north ave');
    expect(blockOf('1510 W North Ave Suite 200')).toBe('1500 w north ave');
    // "Floor" and "Unit" only as words after the street: Flower St keeps its name.
    expect(blockOf('210 Flower St')).toBe('200 flower st');
    expect(blockOf('210 Unitas Way')).toBe('200 unitas way');
  });

  it('tells whether two addresses are on the same block of the same street', () => {
    expect(sameBlock('1544 W North Ave', '1510 West North Avenue, Baltimore, MD')).toBe(true);
    expect(sameBlock('1599 W North Ave', '1600 W North Ave')).toBe(false); // next block
    expect(sameBlock('1544 W North Ave', '1544 E North Ave')).toBe(false); // other side of town
    expect(sameBlock('1544 W North Ave', '1544 W North St')).toBe(false);
    expect(sameBlock('1544 W North Ave', '1544 W North Ave Apt 3')).toBe(true);
    // Corners and landmarks have no block: never "the same" by address.
    expect(sameBlock('North Ave & Charles St', 'North Ave & Charles St')).toBe(false);
    expect(sameBlock('', '')).toBe(false);
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
