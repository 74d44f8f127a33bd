import { describe, expect, it } from 'vitest';
import { formatCoordinate } from './coordinates';

describe('formatCoordinate', () => {
  it('uses the language’s decimal separator and a true minus sign', () => {
    expect(formatCoordinate(39.290385, 'en')).toBe('39.2904');
    expect(formatCoordinate(-76.612189, 'en')).toBe('\u221276.6122');
    // US Spanish writes a decimal point (lib/i18n/format-locale.ts); French a comma.
    expect(formatCoordinate(-76.612189, 'es')).toBe('\u221276.6122');
    expect(formatCoordinate(-76.612189, 'fr')).toBe('\u221276,6122');
  });
});
