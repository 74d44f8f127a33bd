import { describe, expect, it } from 'vitest';
import { formatCoordinate, pastTargetDay } from './public-view';

describe('the tracking page’s words', () => {
  it('writes coordinates in the locale’s numbers, with a true minus sign', () => {
    expect(formatCoordinate(39.29041, 'en')).toBe('39.2904');
    expect(formatCoordinate(-76.61219, 'en')).toBe('\u221276.6122');
    // US Spanish writes a decimal point (lib/i18n/format-locale.ts); French a comma.
    expect(formatCoordinate(-76.61219, 'es')).toBe('\u221276.6122');
    expect(formatCoordinate(39.3, 'es')).toBe('39.3000');
    expect(formatCoordinate(39.3, 'fr')).toBe('39,3000');
  });

  it('calls a request late only after its target day is over in Baltimore', () => {
    // Due 10:30 on 4 December 2026 in Baltimore (15:30 UTC).
    const due = new Date('2026-12-04T15:30:00Z');
    expect(pastTargetDay(due, new Date('2026-12-04T16:00:00Z'))).toBe(false); // that afternoon
    expect(pastTargetDay(due, new Date('2026-12-05T04:59:00Z'))).toBe(false); // 23:59 in Baltimore
    expect(pastTargetDay(due, new Date('2026-12-05T05:00:00Z'))).toBe(true); // midnight there
    expect(pastTargetDay(due, new Date('2026-12-03T12:00:00Z'))).toBe(false);
  });
});
