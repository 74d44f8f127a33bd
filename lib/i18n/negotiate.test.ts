import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate';

describe('negotiateLocale', () => {
  it('prefers a remembered choice', () => {
    expect(negotiateLocale('en-US,en;q=0.9', 'es')).toBe('es');
  });
  it('follows Accept-Language by quality, matching the primary language', () => {
    expect(negotiateLocale('fr;q=1, es-MX;q=0.8, en;q=0.5')).toBe('es');
    expect(negotiateLocale('en;q=0.2, es;q=0.9')).toBe('es');
  });
  it('falls back to English', () => {
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('zh-CN, fr', 'xx')).toBe('en');
    expect(negotiateLocale('es;q=0')).toBe('en');
  });
});
