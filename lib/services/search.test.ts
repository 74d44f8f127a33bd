import { describe, expect, it } from 'vitest';
import * as catalogue from '@/db/seed/catalogue';
import { editDistance, normalize, searchServices, type Searchable } from './search';

const searchable: Searchable[] = catalogue.services.map((s) => ({
  code: s.code,
  popularity: s.popularity,
  names: s.name as Record<string, string>,
  keywords: s.keywords as Record<string, string[]>,
  descriptions: s.description as Record<string, string>,
}));
const top = (q: string, locale = 'en') => searchServices(q, searchable, locale)[0]?.code;

describe('normalize', () => {
  it('ignores case and accents', () => {
    expect(normalize('Árbol CAÍDO')).toBe('arbol caido');
    expect(normalize('  luz—apagada! ')).toBe('luz apagada');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('pothole', 'pothole')).toBe(0);
    expect(editDistance('pothle', 'pothole')).toBe(1);
    expect(editDistance('pohtole', 'pothole')).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
  });
});

describe('searchServices', () => {
  it('finds what residents type, in their language', () => {
    expect(top('pothole')).toBe('TRM-Potholes');
    expect(top('bache', 'es')).toBe('TRM-Potholes');
    expect(top('hoyo', 'es')).toBe('TRM-Potholes');
    expect(top('Baches', 'es')).toBe('TRM-Potholes');
    expect(searchServices('basura', searchable, 'es').length).toBeGreaterThan(1);
    expect(searchServices('luz', searchable, 'es').map((s) => s.code)).toContain(
      'BGE-StLight(s) Out',
    );
  });
  it('ignores accents and case', () => {
    expect(top('ÁRBOL CAÍDO', 'es')).toBe(top('arbol caido', 'es'));
  });
  it('tolerates small typos', () => {
    expect(top('pothle')).toBe('TRM-Potholes');
    expect(top('potholes')).toBe('TRM-Potholes');
    expect(top('strete light')).toMatch(/StLight|Street Light/);
  });
  it('finds a service by another language with less weight', () => {
    expect(top('bache', 'en')).toBe('TRM-Potholes');
  });
  it('returns nothing for nonsense or an empty query', () => {
    expect(searchServices('zzqxv', searchable, 'en')).toEqual([]);
    expect(searchServices('   ', searchable, 'en')).toEqual([]);
    expect(searchServices('the', searchable, 'en')).toEqual([]);
  });
});
