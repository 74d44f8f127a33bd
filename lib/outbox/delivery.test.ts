import { describe, expect, it } from 'vitest';
import { backoffMs, describeError, MAX_ATTEMPTS, outboxState } from './delivery';

describe('outbox delivery rules', () => {
  it('backs off exponentially, within a bound', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(30)).toBe(4 * 3_600_000);
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1));
    expect(total.reduce((a, b) => a + b) / 3_600_000).toBeCloseTo(2.1, 1);
  });

  it('keeps errors short and free of addresses, phone numbers and tokens', () => {
    const smtp = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 <ana@example.com>: no such user",
      ),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    expect(describeError(smtp)).toBe(
      "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 [address] no such user",
    );
    expect(describeError(new Error('bad number +1 (410) 555-0142 here'))).toBe(
      'bad number [number] here',
    );
    expect(describeError(new Error('550 5.1.1 rejected'))).toBe('550 5.1.1 rejected');
    expect(describeError(new Error(`link ?token=${'a'.repeat(43)}`))).toBe('link ?token=[…]');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(new Error('word '.repeat(100)))).toHaveLength(200);
  });

  it('reads a row’s state', () => {
    const d = new Date();
    expect(outboxState({ deliveredAt: d, attempts: 3 })).toBe('delivered');
    expect(outboxState({ deliveredAt: null, attempts: 0 })).toBe('pending');
    expect(outboxState({ deliveredAt: null, attempts: 1 })).toBe('retrying');
    expect(outboxState({ deliveredAt: null, attempts: MAX_ATTEMPTS })).toBe('failed');
  });
});
