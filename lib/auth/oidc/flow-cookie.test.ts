import { describe, expect, it } from 'vitest';
import { decodeFlow, encodeFlow, FLOW_MAX_AGE_SECONDS, type OidcFlow } from './flow-cookie';

const flow: OidcFlow = {
  state: 'a'.repeat(43),
  nonce: 'b'.repeat(43),
  verifier: 'c'.repeat(43),
  locale: 'es',
  at: Date.now(),
};

describe('the single sign-on flow cookie', () => {
  it('round-trips', () => {
    expect(decodeFlow(encodeFlow(flow))).toEqual(flow);
  });
  it('expires after 10 minutes (and is not accepted from the future)', () => {
    const value = encodeFlow(flow);
    expect(decodeFlow(value, flow.at + FLOW_MAX_AGE_SECONDS * 1000)).toEqual(flow);
    expect(decodeFlow(value, flow.at + FLOW_MAX_AGE_SECONDS * 1000 + 1)).toBeNull();
    expect(decodeFlow(value, flow.at - 1)).toBeNull();
  });
  it('refuses anything malformed rather than throwing', () => {
    for (const bad of [
      undefined,
      '',
      'x',
      '%%%',
      'e30',
      encodeFlow({ ...flow, locale: 'de' as 'en' }),
    ])
      expect(decodeFlow(bad)).toBeNull();
    const short = Buffer.from(JSON.stringify({ s: 'x', n: 'y', v: 'z', l: 'en', t: 1 }));
    expect(decodeFlow(short.toString('base64url'))).toBeNull();
    expect(decodeFlow('a'.repeat(2000))).toBeNull();
  });
});
