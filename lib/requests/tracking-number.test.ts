import { describe, expect, it } from 'vitest';
import { normalizeTrackingNumber, TRACKING_NUMBER } from './tracking-number';

describe('tracking numbers', () => {
  it('reads what residents type', () => {
    expect(normalizeTrackingNumber('bal-26-004821')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber(' BAL 26 004821 ')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber('26-004821')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber('BAL26004821')).toBe('BAL-26-004821');
    expect(normalizeTrackingNumber('26004821')).toBe('BAL-26-004821');
  });

  it('puts back leading zeros people drop, wherever the year is marked', () => {
    for (const typed of [
      'BAL-26-23094',
      'bal 26 23094',
      'bal2623094',
      'Bal - 26 - 23094',
      '26-023094',
      '26 23094',
      'BAL-26-0023094',
      '#BAL-26-023094',
    ])
      expect(normalizeTrackingNumber(typed), typed).toBe('BAL-26-023094');
    expect(normalizeTrackingNumber('BAL-26-7')).toBe('BAL-26-000007');
  });

  it('takes the dashes and spaces phones and word processors put in', () => {
    expect(normalizeTrackingNumber('BAL\u201126\u201123094')).toBe('BAL-26-023094'); // non-breaking
    expect(normalizeTrackingNumber('BAL\u201326\u201423094')).toBe('BAL-26-023094'); // en, em
    expect(normalizeTrackingNumber('BAL\u00a026\t023094')).toBe('BAL-26-023094');
    expect(normalizeTrackingNumber('bal.26.023094')).toBe('BAL-26-023094');
  });

  it('keeps numbers past a million whole', () => {
    expect(normalizeTrackingNumber('BAL-26-1000000')).toBe('BAL-26-1000000');
    expect(normalizeTrackingNumber('bal 26 01000000')).toBe('BAL-26-1000000');
  });

  it('refuses anything else', () => {
    for (const typed of [
      'nope',
      '',
      '   ',
      'BAL',
      'BAL-26',
      'BAL-26-',
      'BAL-6-023094', // the year has two digits
      'BAL-2026-023094',
      '23094', // bare digits: no telling where the year ends
      '2623094',
      'BAL-26-000000', // the sequence starts at 1
      'BAL-26-1234567890123', // longer than any real number
      'XYZ-26-023094',
      'BAL-26-02309A',
      'BAL-26-023094-1',
    ])
      expect(normalizeTrackingNumber(typed), typed).toBeNull();
  });

  it('gives back only canonical numbers', () => {
    expect(TRACKING_NUMBER.test('BAL-26-004821')).toBe(true);
    for (const typed of ['bal 26 23094', 'BAL-26-1000000', 'bal2623094'])
      expect(TRACKING_NUMBER.test(normalizeTrackingNumber(typed)!)).toBe(true);
  });
});
