import { match } from '@formatjs/intl-localematcher';
import { defaultLocale, isLocale, locales, type Locale } from './config';

/** Valid BCP 47 tags only: the matcher throws on anything else ("*", "en_US", garbage). */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Picks the locale for `/`: a remembered choice first, then the browser's Accept-Language, in
 * q-value order, through formatjs's RFC 4647 lookup (script and region subtags: zh-Hans-CN → zh, es-MX →
 * es; the first language the portal speaks wins, so "de, es-MX, en" is Spanish:
 * "pt-BR, es" → es), then the default.
 */
export function negotiateLocale(acceptLanguage: string | null, remembered?: string): Locale {
  if (isLocale(remembered)) return remembered;
  const requested = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: canonical(tag.trim()), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r): r is { tag: string; quality: number; index: number } => !!r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((r) => r.tag);
  if (!requested.length) return defaultLocale;
  const found = match(requested, [...locales], defaultLocale, { algorithm: 'lookup' });
  return isLocale(found) ? found : defaultLocale;
}
