import { describe, expect, it } from 'vitest';
import { mergeText, STAFF_EDIT, textHash } from './text-merge';

describe('mergeText', () => {
  const stored = { name: { en: 'Pothole', es: 'Bache viejo' } };
  it('follows the file while the field holds what the file last gave it', () => {
    const m = mergeText(
      stored,
      { 'name.en': textHash('Pothole'), 'name.es': textHash('Bache viejo') },
      {
        name: { en: 'Pothole', es: 'Bache', fr: 'Nid-de-poule' },
      },
    );
    expect(m.fields.name).toEqual({ en: 'Pothole', es: 'Bache', fr: 'Nid-de-poule' });
    expect(m.source['name.es']).toBe(textHash('Bache'));
    expect(m.changed).toBe(true);
  });
  it('keeps a field staff changed, whatever the file says later', () => {
    for (const source of [{ 'name.es': STAFF_EDIT }, { 'name.es': textHash('something else') }]) {
      const m = mergeText(stored, source, { name: { en: 'Pothole', es: 'Bache' } });
      expect(m.fields.name.es).toBe('Bache viejo');
      expect(m.source['name.es']).toBe(source['name.es']);
    }
  });
  it('treats text from before sources were recorded as the seed’s, and reports no change when none', () => {
    expect(mergeText(stored, {}, { name: { es: 'Bache' } }).fields.name.es).toBe('Bache');
    const same = mergeText(
      stored,
      { 'name.es': textHash('Bache viejo') },
      { name: { es: 'Bache viejo' } },
    );
    expect(same.changed).toBe(false);
  });
  it('merges keyword lists as one value per language', () => {
    const m = mergeText(
      { keywords: { en: ['hole'] } },
      { 'keywords.en': textHash(['hole']) },
      {
        keywords: { en: ['hole', 'pothole'] },
      },
    );
    expect(m.fields.keywords.en).toEqual(['hole', 'pothole']);
  });
});
