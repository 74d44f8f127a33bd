import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('client address behind trusted proxies', () => {
  it('ignores X-Forwarded-For without a trusted proxy: any client can write it', () => {
    expect(clientAddress('203.0.113.7', 0)).toBeNull();
    expect(clientAddress(undefined, 1)).toBeNull();
  });
  it('takes the entry the outermost trusted proxy appended, whatever the client prepended', () => {
    expect(clientAddress('203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
  });
  it('has no address when there are fewer entries than proxies, or a forged giant one', () => {
    expect(clientAddress('10.0.0.2', 2)).toBeNull();
    expect(clientAddress(`${'x'.repeat(100)}`, 1)).toBeNull();
  });
});
