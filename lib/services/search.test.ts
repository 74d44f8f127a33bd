import { describe, expect, it } from 'vitest';
import * as catalogue from '@/db/seed/catalogue';
import { rankItems, searchServices, type Searchable } from './search';
import { searchWithPointers } from './search-results';
import { editDistance, normalize, stem } from './search-text';

const searchable: Searchable[] = catalogue.services.map((s) => ({
  code: s.code,
  popularity: s.popularity,
  names: s.name as Record<string, string>,
  keywords: s.keywords as Record<string, string[]>,
  descriptions: s.description as Record<string, string>,
}));
const top = (q: string, locale = 'en') => searchServices(q, searchable, locale)[0]?.code;
const codes = (q: string, locale = 'en') =>
  searchServices(q, searchable, locale).map((s) => s.code);

/** A made-up item: the word under test sits in exactly one place. */
function item(
  code: string,
  where: Partial<Record<'name' | 'keyword' | 'description', string>>,
  locale = 'en',
): Searchable {
  return {
    code,
    popularity: 0,
    names: { [locale]: where.name ?? `Service ${code}` },
    keywords: { [locale]: where.keyword ? [where.keyword] : [] },
    descriptions: { [locale]: where.description ?? '' },
  };
}

describe('normalize, stem and editDistance', () => {
  it('ignores case and accents', () => {
    expect(normalize('Árbol CAÍDO')).toBe('arbol caido');
    expect(normalize('  luz—apagada! ')).toBe('luz apagada');
  });
  it('gives plurals and genders one form', () => {
    expect(stem('potholes')).toBe(stem('pothole'));
    expect(stem('baches')).toBe(stem('bache'));
    expect(stem('luces')).toBe(stem('luz'));
    expect(stem('apagado')).toBe(stem('apagada'));
    expect(stem('rat')).not.toBe(stem('rata'));
  });
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('pothole', 'pothole')).toBe(0);
    expect(editDistance('pothle', 'pothole')).toBe(1);
    expect(editDistance('pohtole', 'pothole')).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
    expect(editDistance('graffitti', 'graffiti', 2)).toBe(1);
  });
});

describe('ranking rules', () => {
  const order = (q: string, items: Searchable[], locale = 'en') =>
    rankItems(q, items, locale).map((r) => r.item.code);

  it('ranks a name match above a keyword match above a description match', () => {
    const items = [
      item('description', { description: 'There is a deer here.' }),
      item('keyword', { keyword: 'deer' }),
      item('name', { name: 'Deer crossing sign' }),
    ];
    const score = (code: string) =>
      rankItems('deer', [items.find((i) => i.code === code)!], 'en')[0]?.score ?? 0;
    expect(score('name')).toBeGreaterThan(score('keyword'));
    expect(score('keyword')).toBeGreaterThan(score('description'));
    expect(score('description')).toBeGreaterThan(0);
    expect(order('deer', items)[0]).toBe('name');
    expect(order('DÉER', items)).toEqual(order('deer', items));
  });

  it('ranks a match in the other language below the same match in the page language', () => {
    const ownName = item('own-name', { name: 'Venado muerto' }, 'es');
    const otherName = item('other-name', { name: 'Venado muerto' }, 'en');
    expect(order('venado', [otherName, ownName], 'es')).toEqual(['own-name', 'other-name']);
    const ownKeyword = item('own-keyword', { keyword: 'venado' }, 'es');
    const otherKeyword = item('other-keyword', { keyword: 'venado' }, 'en');
    expect(order('venado', [otherKeyword, ownKeyword], 'es')).toEqual([
      'own-keyword',
      'other-keyword',
    ]);
  });

  it('ranks the service a query names over one that shares an ordinary word', () => {
    expect(top('dead deer')).toBe('HLTH-Animal Dead Animal Pickup-Wildlife or Stray');
    expect(top('broken swing')).toBe('RP-Playgrounds');
    expect(top('baches grandes', 'es')).toBe('TRM-Potholes');
  });
});

describe('searchServices over the seed catalogue', () => {
  it('finds what residents type, in their language', () => {
    expect(top('pothole')).toBe('TRM-Potholes');
    expect(top('bache', 'es')).toBe('TRM-Potholes');
    expect(top('hoyo', 'es')).toBe('TRM-Potholes');
    expect(top('Baches', 'es')).toBe('TRM-Potholes');
    expect(searchServices('basura', searchable, 'es').length).toBeGreaterThan(1);
    expect(codes('luz', 'es')).toContain('BGE-StLight(s) Out');
  });
  it('ignores accents and case', () => {
    expect(top('ÁRBOL CAÍDO', 'es')).toBe(top('arbol caido', 'es'));
  });
  it('tolerates small typos', () => {
    expect(top('pothle')).toBe('TRM-Potholes');
    expect(top('potholes')).toBe('TRM-Potholes');
    expect(top('strete light')).toMatch(/StLight|Street Light/);
    expect(top('graffitti')).toBe('SW-Graffiti Removal');
  });
  it('does not treat a word that matches as typed as a typo of others', () => {
    // "ratas" is one edit from "ramas" (tree branches) and "latas" (cans).
    expect(codes('ratas', 'es')).toEqual(['SW-Rat Rubout', 'HCD-Rodents']);
    // "out" begins "outside" (Water leak outside): a weak match, left out next to real ones.
    expect(codes('street light out')).not.toContain('WW-Water Leak (Exterior)');
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

describe('pointers for what 311 does not handle', () => {
  const find = (q: string, locale = 'en') => searchWithPointers(q, searchable, locale);

  it('shows the police non-emergency line for noise, in either language', () => {
    for (const [q, l] of [
      ['noise', 'en'],
      ['loud music', 'en'],
      ['ruido', 'es'],
      ['ruido', 'en'],
      ['nosie', 'en'],
    ]) {
      const r = find(q, l);
      expect(
        r.pointers.map((p) => p.id),
        q,
      ).toEqual(['police-non-emergency']);
      expect(r.services, q).toEqual([]);
      expect(r.first).toBe('police-non-emergency');
    }
  });

  it('puts the gas emergency before water leaks, and water leaks without it', () => {
    const gas = find('gas leak');
    expect(gas.first).toBe('bge-gas-emergency');
    expect(find('water leak').pointers).toEqual([]);
  });

  it('does not show a pointer for a word it merely shares', () => {
    expect(find('car').pointers).toEqual([]); // not 911's "car crash" or police's "loud car stereo"
    expect(find('fire hydrant').pointers).toEqual([]);
    expect(find('fire hydrant').first).toBe('WW-Hydrant Leaking');
    expect(find('loud dog barking').pointers).toEqual([]);
  });

  it('shows 911 for emergencies', () => {
    expect(find('fire').first).toBe('emergency-911');
    expect(find('incendio', 'es').first).toBe('emergency-911');
  });
});
