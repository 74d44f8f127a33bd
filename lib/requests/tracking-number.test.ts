import { describe, expect, it } from 'vitest';
import { normalizeTrackingNumber, TRACKING_NUMBER } from './tracking-number';

describe('tracking numbers', () => {
  it('reads what residents type', () => {
    expect(normalizeTrackingNumber('bal-26-004821')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber(' BAL 26 004821 ')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber('26-004821')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber('BAL26004821')).toBe('BAL-26-004821');
  });
  it('refuses anything else', () => {
    expect(normalizeTrackingNumber('nope')).toBeNull();
    expect(normalizeTrackingNumber('BAL-26-12')).toBeNull();
    expect(TRACKING_NUMBER.test('BAL-26-004821')).toBe(true);
  });
});
