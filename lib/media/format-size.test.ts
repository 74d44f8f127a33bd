import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-size';
import { slot } from '@/lib/i18n/slots';

const units = { kb: `${slot('size')} KB`, mb: `${slot('size')} MB` };

describe('formatFileSize', () => {
  it('shows kilobytes below 1 MB, never "0.0 MB"', () => {
    expect(formatFileSize(43 * 1024, 'en', units)).toBe('43 KB');
    expect(formatFileSize(300, 'en', units)).toBe('1 KB');
    expect(formatFileSize(1000 * 1024, 'en', units)).toBe('1,000 KB');
    // US Spanish (lib/i18n/format-locale.ts) groups as English does; French with a space.
    expect(formatFileSize(1000 * 1024, 'es', units)).toBe('1,000 KB');
    expect(formatFileSize(1000 * 1024, 'fr', units).replace(/\s/g, ' ')).toBe('1 000 KB');
  });
  it('shows megabytes with one decimal, in the language’s format', () => {
    expect(formatFileSize(1.25 * 1024 * 1024, 'en', units)).toBe('1.3 MB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'es', units)).toBe('1.3 MB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'fr', units)).toBe('1,3 MB');
    expect(formatFileSize(12 * 1024 * 1024, 'en', units)).toBe('12.0 MB');
    expect(formatFileSize(1024 * 1024 - 100, 'en', units)).toBe('1.0 MB');
  });
});
