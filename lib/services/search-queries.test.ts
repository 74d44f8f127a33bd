import { describe, expect, it } from 'vitest';
import * as catalogue from '@/db/seed/catalogue';
import { pointers } from './pointers';
import type { Searchable } from './search';
import { searchWithPointers } from './search-results';
import data from './search-queries.json';

/**
 * Real queries over the real seed catalogue and pointers (no database): the first thing the
 * results page shows must be the expected service or pointer for at least 95% of them.
 */
const searchable: Searchable[] = catalogue.services.map((s) => ({
  code: s.code,
  popularity: s.popularity,
  names: s.name as Record<string, string>,
  keywords: s.keywords as Record<string, string[]>,
  descriptions: s.description as Record<string, string>,
}));

type Query = { q: string; locale: string; first: string; absent?: string[] };
const queries: Query[] = data.queries;

describe('search over the real catalogue', () => {
  it('lists at least 60 queries, each expecting a known service or pointer', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const known = new Set([...searchable.map((s) => s.code), ...pointers.map((p) => p.id)]);
    for (const q of queries) expect(known.has(q.first), q.first).toBe(true);
    for (const q of queries) for (const a of q.absent ?? []) expect(known.has(a), a).toBe(true);
  });

  it('puts the expected result first for at least 95% of the queries', () => {
    const misses = queries.flatMap((q) => {
      const r = searchWithPointers(q.q, searchable, q.locale);
      const shown = [...r.pointers.map((p) => p.id), ...r.services.map((s) => s.code)];
      return r.first === q.first
        ? []
        : [
            `"${q.q}" (${q.locale}): want ${q.first}, got ${shown.slice(0, 3).join(' | ') || 'nothing'}`,
          ];
    });
    const top1 = (queries.length - misses.length) / queries.length;
    console.log(`search top-1: ${(top1 * 100).toFixed(1)}% of ${queries.length} queries`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 60_000); // a second or two alone; the shared test machine can be much slower

  it('leaves out results that only share a typo or a stray word', () => {
    for (const q of queries.filter((x) => x.absent)) {
      const r = searchWithPointers(q.q, searchable, q.locale);
      const shown = [...r.pointers.map((p) => p.id), ...r.services.map((s) => s.code)];
      for (const a of q.absent!) expect(shown, `"${q.q}" should not show ${a}`).not.toContain(a);
    }
  });
});
