import { formatLocale } from '@/lib/i18n/format-locale';
/**
 * A latitude or longitude as a resident reads it: four decimals (about 10 m), the language's
 * decimal separator, and a true minus sign (U+2212), which screen readers read as "minus"
 * where a hyphen is often skipped.
 */
export function formatCoordinate(value: number, locale: string): string {
  return new Intl.NumberFormat(formatLocale(locale), {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
    useGrouping: false,
  })
    .formatToParts(value)
    .map((p) => (p.type === 'minusSign' ? '\u2212' : p.value))
    .join('');
}
