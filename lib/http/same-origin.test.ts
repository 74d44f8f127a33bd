import { describe, expect, it } from 'vitest';
import { foreignPostResponse, isForeignPost, portalHost } from './same-origin';

describe('isForeignPost', () => {
  const base = 'https://311.baltimore.example';
  it('accepts a post from the configured origin only', () => {
    expect(isForeignPost('POST', 'https://311.baltimore.example', 'internal:3000', base)).toBe(
      false,
    );
    expect(isForeignPost('POST', 'https://evil.example', '311.baltimore.example', base)).toBe(true);
    expect(isForeignPost('POST', 'http://311.baltimore.example', 'x', base)).toBe(true); // scheme
    expect(isForeignPost('POST', 'https://311.baltimore.example:8443', 'x', base)).toBe(true);
  });
  it('refuses a post without an Origin, or with an opaque or malformed one', () => {
    for (const origin of [null, '', 'null', 'not a url']) {
      expect(isForeignPost('POST', origin, '311.baltimore.example', base)).toBe(true);
      expect(isForeignPost('POST', origin, 'localhost:3000', undefined)).toBe(true);
    }
  });
  it('without PUBLIC_BASE_URL, compares with the Host header', () => {
    expect(isForeignPost('POST', 'http://localhost:3000', 'localhost:3000', undefined)).toBe(false);
    expect(isForeignPost('POST', 'https://localhost:3000', 'LOCALHOST:3000', undefined)).toBe(
      false,
    );
    expect(isForeignPost('POST', 'http://evil.example', 'localhost:3000', undefined)).toBe(true);
    expect(isForeignPost('POST', 'http://localhost:3000', null, undefined)).toBe(true);
  });
  it('never checks reads', () => {
    for (const m of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(isForeignPost(m, null, null, base)).toBe(false);
    }
    for (const m of ['PUT', 'DELETE', 'PATCH'])
      expect(isForeignPost(m, null, 'x', base)).toBe(true);
  });
});

describe('foreignPostResponse', () => {
  it('is a plain localized 403 that allows no script', async () => {
    const res = foreignPostResponse('es', '/es/staff');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('No se pudo enviar este formulario');
    expect(html).toContain('href="/es/staff"');
  });
});

describe('portalHost', () => {
  it('is the configured host, else the Host received; never a forwarded claim', () => {
    expect(portalHost('internal:3000', 'https://311.baltimore.example/')).toBe(
      '311.baltimore.example',
    );
    expect(portalHost('localhost:3000', undefined)).toBe('localhost:3000');
    expect(portalHost(null, undefined)).toBeNull();
  });
});
