import { describe, expect, it, vi } from 'vitest';
import { createFormatter, createTranslator } from 'next-intl';
import { CITY_TIME_ZONE } from '@/lib/metrics/fiscal-year';
import { formatLocale, formatLocales, routeLocaleOf } from './format-locale';
import { locales } from './config';

// The request config reads the [locale] segment through next/root-params, which only exists
// inside a Next request; getRequestConfig is a pass-through for the test.
vi.mock('next/root-params', () => ({ locale: async () => 'es' }));
vi.mock('next-intl/server', () => ({ getRequestConfig: <T>(f: T) => f }));

// ICU separates with a no-break or narrow no-break space, depending on its version.
const plain = (s: string) => s.replace(/\s/g, ' ');
// A fixed instant, 6:05 PM in Baltimore (EDT), whatever the test machine's time zone is.
const sixOhFive = new Date('2026-06-10T22:05:00Z');

describe('formatLocale', () => {
  it('maps each of the seven languages, registered or not yet', () => {
    expect(formatLocales).toEqual({
      en: 'en-US',
      es: 'es-US',
      zh: 'zh-Hans',
      ko: 'ko',
      fr: 'fr',
      ru: 'ru',
      ar: 'ar-u-nu-latn',
    });
    for (const l of locales) expect(formatLocale(l)).toBe(formatLocales[l]);
  });

  it('leaves anything else as it is, so applying it twice is harmless', () => {
    expect(formatLocale('es-US')).toBe('es-US');
    expect(formatLocale(formatLocale('ar'))).toBe('ar-u-nu-latn');
    expect(formatLocale('de')).toBe('de');
    expect(routeLocaleOf('es-US')).toBe('es');
    expect(routeLocaleOf('es')).toBe('es');
  });

  it('names locales Intl knows, with the language’s own plural rules', () => {
    for (const [route, f] of Object.entries(formatLocales)) {
      expect(Intl.NumberFormat.supportedLocalesOf([f])).toHaveLength(1);
      expect(new Intl.PluralRules(f).resolvedOptions().pluralCategories.sort()).toEqual(
        new Intl.PluralRules(route).resolvedOptions().pluralCategories.sort(),
      );
    }
  });

  it('writes Arabic numbers with Latin digits', () => {
    expect(new Intl.NumberFormat(formatLocale('ar')).format(1234.5)).toBe('1,234.5');
  });
});

describe('Spanish formatted as US Spanish', () => {
  const format = createFormatter({ locale: formatLocale('es'), timeZone: CITY_TIME_ZONE });

  it('numbers and percentages: decimal point, comma grouping', () => {
    expect(format.number(3.2)).toBe('3.2');
    expect(format.number(12345)).toBe('12,345');
    expect(plain(format.number(0.833, { style: 'percent', maximumFractionDigits: 1 }))).toMatch(
      /^83\.3 ?%$/,
    );
  });

  it('times on a 12-hour clock with p.m., in Baltimore time', () => {
    expect(plain(format.dateTime(sixOhFive, { timeStyle: 'short' }))).toBe('6:05 p.m.');
    // The joining words ("a las" or a comma) differ between ICU versions.
    expect(plain(format.dateTime(sixOhFive, { dateStyle: 'long', timeStyle: 'short' }))).toMatch(
      /^10 de junio de 2026\D+ 6:05 p\.m\.$/,
    );
  });

  it('ICU messages (`#` in plurals) too, with Spanish plural categories', () => {
    const t = createTranslator({
      locale: formatLocale('es'),
      messages: { m: '{n, plural, one {# día} many {# días} other {# días}}' },
    });
    expect(t('m', { n: 1 })).toBe('1 día');
    expect(t('m', { n: 12345 })).toBe('12,345 días');
    expect(t('m', { n: 1000000 })).toBe('1,000,000 días');
  });
});

describe('request config', () => {
  it('formats in es-US when a page names its locale, and keeps the route locale otherwise', async () => {
    const config = (await import('./request')).default as unknown as (p: {
      locale?: string;
    }) => Promise<{ locale: string; messages: Record<string, unknown>; timeZone: string }>;
    const named = await config({ locale: 'es' });
    expect(named.locale).toBe('es-US');
    expect(named.timeZone).toBe(CITY_TIME_ZONE);
    expect((named.messages.Common as Record<string, string>).skipToContent).toBeTruthy();
    // getLocale() asks without a locale: links and <html lang> keep `es`.
    expect((await config({})).locale).toBe('es');
    expect((await config({ locale: 'en' })).locale).toBe('en-US');
    // A formatting locale asked for directly loads its language's messages.
    const again = await config({ locale: 'es-US' });
    expect(again.locale).toBe('es-US');
    expect(again.messages).toEqual(named.messages);
  });
});
