/**
 * Public tracking numbers: BAL-YY-NNNNNN (year the request was made, then a sequence). Short
 * enough to read out on the phone; digits only after the prefix, so nothing is ambiguous.
 */
export const TRACKING_NUMBER = /^BAL-\d{2}-\d{6,}$/;

export function normalizeTrackingNumber(input: string): string | null {
  const cleaned = input
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^BAL(\d)/, 'BAL-$1');
  const m = /^(?:BAL-?)?(\d{2})-?(\d{6,})$/.exec(cleaned);
  if (!m) return null;
  return `BAL-${m[1]}-${m[2]}`;
}
