import { defaultLocale, isLocale, type Locale } from './config';

/**
 * Picks the locale for `/`: a remembered choice first, then the browser's Accept-Language
 * (by q-value, matching the primary language: es-MX → es), then the default.
 */
export function negotiateLocale(acceptLanguage: string | null, remembered?: string): Locale {
  if (isLocale(remembered)) return remembered;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
