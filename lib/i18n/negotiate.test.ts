import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate';

describe('negotiateLocale', () => {
  it('prefers a remembered choice', () => {
    expect(negotiateLocale('en-US,en;q=0.9', 'es')).toBe('es');
  });
  it('follows Accept-Language by quality, matching script and region subtags', () => {
    expect(negotiateLocale('de;q=1, es-MX;q=0.8, en;q=0.5')).toBe('es');
    expect(negotiateLocale('en;q=0.2, es;q=0.9')).toBe('es');
    expect(negotiateLocale('zh-Hans-CN,zh;q=0.9')).toBe('zh');
    expect(negotiateLocale('ko-KR')).toBe('ko');
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('ru-RU,ru;q=0.9')).toBe('ru');
    expect(negotiateLocale('ar-EG,ar;q=0.9,en;q=0.5')).toBe('ar');
    expect(negotiateLocale('pt-BR, es;q=0.5')).toBe('es');
  });
  it('falls back to English, whatever the header holds', () => {
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('de-DE, pt', 'xx')).toBe('en');
    expect(negotiateLocale('es;q=0')).toBe('en');
    expect(negotiateLocale('*, en_US, ;;;, 12345')).toBe('en');
  });
});
