/**
 * A small seeded random source for the demo history: the same seed gives the same data on every
 * machine, so screenshots, tests and bug reports agree. Not for anything secret.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted: <K extends string | number>(weights: readonly (readonly [K, number])[]) => K;
  /** Standard normal (Box–Muller). */
  normal: () => number;
  /** Exponential with the given mean. */
  exponential: (mean: number) => number;
  /** Poisson count with mean `lambda` (Knuth for small means, normal approximation above 30). */
  poisson: (lambda: number) => number;
};

/** mulberry32: 32-bit state, fast, and good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const r: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      const total = weights.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [k, w] of weights) {
        x -= w;
        if (x < 0) return k;
      }
      return weights[weights.length - 1][0];
    },
    normal: () => {
      const u = 1 - next(); // (0, 1]: log(0) would be -Infinity
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    exponential: (mean) => -mean * Math.log(1 - next()),
    poisson: (lambda) => {
      if (lambda <= 0) return 0;
      if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * r.normal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
  return r;
}
