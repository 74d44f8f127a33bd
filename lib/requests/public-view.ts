import { cityDateParts } from '@/lib/metrics/fiscal-year';
import { formatLocale } from '@/lib/i18n/format-locale';

const dayNumber = (at: Date) => {
  const { year, month, day } = cityDateParts(at);
  return year * 10_000 + month * 100 + day;
};

/**
 * The tracking page gives the target as a day ("by 4 December 2026"), so it calls a request
 * late only once that day is over in Baltimore: saying "by 4 December" and "past its target" on
 * the afternoon of 4 December would contradict itself. (Staff and the metrics use the instant.)
 */
export function pastTargetDay(dueAt: Date, now: Date): boolean {
  return dayNumber(now) > dayNumber(dueAt);
}

/**
 * A latitude or longitude as the reader's locale writes numbers (39.2904; 39,2904 in French), to about
 * ten metres, with a true minus sign (U+2212): a hyphen reads as a dash and screen readers may
 * skip it.
 */
export function formatCoordinate(value: number, locale: string): string {
  return new Intl.NumberFormat(formatLocale(locale), {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  })
    .formatToParts(value)
    .map((p) => (p.type === 'minusSign' ? '\u2212' : p.value))
    .join('');
}
