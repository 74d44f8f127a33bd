import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32 } from './random';

const sample = <T>(n: number, draw: () => T): T[] => Array.from({ length: n }, draw);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('seeded random', () => {
  it('repeats itself for the same seed and differs for another', () => {
    expect(sample(5, mulberry32(42))).toEqual(sample(5, mulberry32(42)));
    expect(sample(5, mulberry32(42))).not.toEqual(sample(5, mulberry32(43)));
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const xs = sample(20_000, mulberry32(1));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });

  it('draws the distributions the generator relies on', () => {
    const r = createRandom(3);
    expect(mean(sample(20_000, () => r.poisson(2.5)))).toBeCloseTo(2.5, 1);
    expect(mean(sample(5_000, () => r.poisson(80)))).toBeGreaterThan(79);
    expect(mean(sample(20_000, () => r.exponential(4)))).toBeGreaterThan(3.8);
    expect(mean(sample(20_000, () => r.normal()))).toBeCloseTo(0, 1);
    const picks = sample(20_000, () =>
      r.weighted([
        ['a', 3],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length / picks.length).toBeCloseTo(0.75, 1);
    const ints = sample(5_000, () => r.int(2, 4));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4]));
  });
});
