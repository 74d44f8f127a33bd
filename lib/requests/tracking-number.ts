/**
 * Public tracking numbers: BAL-YY-NNNNNN (year the request was made, then a sequence of at least
 * six digits). Short enough to read out on the phone; digits only after the prefix, so nothing
 * is ambiguous.
 */
export const TRACKING_NUMBER = /^BAL-\d{2}-\d{6,}$/;

/** Sequences longer than this are not typos of a real number: refuse rather than look them up. */
const MAX_SEQUENCE_DIGITS = 12;

/**
 * The canonical number for what a resident typed or read out, or null when it cannot be one.
 * Forgives case, spaces, any dash and missing leading zeros ("bal 26 23094" → BAL-26-023094).
 * Zeros are added only where the year's end is marked (a BAL prefix or a separator): a bare
 * "2623094" could be 26-23094 or a mistyped sequence, so bare digits still need all eight.
 */
export function normalizeTrackingNumber(input: string): string | null {
  const cleaned = input
    .trim()
    .toUpperCase()
    .replace(/^#/, '')
    // Hyphen-like characters that phones and word processors substitute for "-".
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_.]/g, '-')
    .replace(/\s+/g, '-');
  const m = /^(BAL)?-*(\d{2})(-+)?(\d+)$/.exec(cleaned);
  if (!m) return null;
  const [, prefix, year, separator, digits] = m;
  if (!prefix && !separator && digits.length < 6) return null;
  const sequence = digits.replace(/^0+(?=\d)/, '').padStart(6, '0');
  if (sequence.length > MAX_SEQUENCE_DIGITS || /^0+$/.test(sequence)) return null;
  return `BAL-${year}-${sequence}`;
}
