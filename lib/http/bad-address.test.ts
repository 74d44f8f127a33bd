import { describe, expect, it } from 'vitest';
import { badApiAddressResponse, decodeParam, hasMalformedPath, isBadAddress } from './bad-address';

// Next.js answered 500 to these before any route ran (issue 13, finding 7; found by e2e/fuzz).
describe('addresses Next.js cannot decode', () => {
  it.each([
    '/en/requests/%FF',
    '/en/requests/%ED%A0%80', // a lone surrogate, as a careless client encodes it
    '/en/requests/%C0%AF', // an overlong encoding of "/"
    '/en/requests/%zz',
    '/en/requests/%',
    '/api/open311/v2/requests/%FF.json',
    '/api/unsubscribe/%E2%82',
  ])('%s is refused', (path) => {
    expect(hasMalformedPath(path)).toBe(true);
    expect(isBadAddress(`http://localhost${path}`)).toBe(true);
  });

  it.each([
    '/en/services/TRM-Sign%20Damaged%2FSign%20Structure',
    '/api/open311/v2/%25.json',
    '/es/requests/BAL-26-000001',
    '/en/services/caf%C3%A9',
    '/',
  ])('%s is left to the routes', (path) => {
    expect(hasMalformedPath(path)).toBe(false);
    expect(isBadAddress(`http://localhost${path}`)).toBe(false);
  });

  it('a query string is not the path: it is decoded leniently and left to the page', () => {
    expect(isBadAddress('http://localhost/en/services?q=%FF')).toBe(false);
    expect(isBadAddress('http://localhost/en/services?q=%00')).toBe(true); // NUL, as before
  });

  it('the API gets a plain-text 400 that says why', async () => {
    const res = badApiAddressResponse();
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not valid percent-encoded UTF-8/);
  });
});

describe('route parameters decoded once more', () => {
  it('decodes what is valid and keeps a stray % as it is, instead of throwing', () => {
    expect(decodeParam('TRM-Sign%20Damaged%2FSign%20Structure')).toBe(
      'TRM-Sign Damaged/Sign Structure',
    );
    expect(decodeParam('%')).toBe('%');
    expect(decodeParam('DOT%')).toBe('DOT%');
  });
});
