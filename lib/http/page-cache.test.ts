import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { cacheable, toHashPolicy } from './page-cache.mjs';

const get = (url: string, headers: Record<string, string> = {}) => cacheable('GET', url, headers);

describe('which requests the page cache answers', () => {
  it('serves the same-for-everyone pages in every locale', () => {
    for (const lc of locales) {
      expect(get(`/${lc}`)?.key).toBe(`/${lc}`);
      expect(get(`/${lc}/services/TRM-Potholes`)?.locale).toBe(lc);
      expect(get(`/${lc}/accessibility`)).not.toBeNull();
      expect(get(`/${lc}/performance/methodology`)).not.toBeNull();
    }
    expect(get('/de')).toBeNull();
  });

  it('keys search and figures by the parameters the page reads, and nothing else', () => {
    expect(get('/en/services?q=pot%20hole')).toMatchObject({
      key: '/en/services?q=pot%20hole',
      pool: 'search',
    });
    expect(get('/en/services')?.pool).toBe('pages');
    expect(get('/en/services?q=a&q=b')).toBeNull();
    expect(get('/en/services?q=a&utm=x')).toBeNull();
    expect(get('/en/performance?period=2026-h1')?.key).toBe('/en/performance?period=2026-h1');
    expect(get('/en/performance?_rsc=abc')).toBeNull();
    // Short-lived: the figures follow the metrics snapshot's own window.
    expect(get('/en/performance')!.ttlMs).toBeLessThan(get('/en')!.ttlMs);
  });

  it('leaves to Next a resident’s own pages, the staff console, forms and the client router', () => {
    for (const url of [
      '/en/services/TRM-Potholes/request',
      '/en/requests/BAL-123',
      '/en/requests',
      '/en/staff',
      '/en/staff/sign-in',
      '/api/health',
    ]) {
      expect(get(url), url).toBeNull();
    }
    expect(cacheable('POST', '/en', {})).toBeNull();
    expect(get('/en', { rsc: '1' })).toBeNull();
    expect(get('/en', { 'next-router-prefetch': '1' })).toBeNull();
    expect(get('/en', { 'next-action': 'abc' })).toBeNull();
  });

  it('answers only anonymous requests: no cookie but the language one', () => {
    expect(get('/en', { cookie: 'NEXT_LOCALE=es' })).not.toBeNull();
    expect(get('/en', { cookie: 'NEXT_LOCALE=es; brs_staff_session=abc' })).toBeNull();
    expect(get('/en', { cookie: 'other=1' })).toBeNull();
  });
});

describe('the hash-based policy of a cached page', () => {
  const nonce = 'abc123+/==';
  const policy = `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'`;
  const inline = 'self.__next_f.push([1,"x"])';
  const html =
    `<html><head><script src="/_next/static/a.js" async="" nonce="${nonce}"></script>` +
    `<link rel="preload" as="script" nonce="${nonce}" href="/b.js"/></head>` +
    `<body><script nonce="${nonce}">${inline}</script><script nonce="${nonce}" id="_R_"></script></body></html>`;

  it('takes the nonce out and allows exactly the inline scripts it had, by hash', () => {
    const page = toHashPolicy(html, policy)!;
    expect(page.html).not.toContain('nonce=');
    const hash = crypto.createHash('sha256').update(inline).digest('base64');
    expect(page.policy).toBe(
      `default-src 'self'; script-src 'self' 'sha256-${hash}'; object-src 'none'`,
    );
    // Still strict: nothing inline but those scripts, nothing from elsewhere.
    expect(page.policy).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|https?:/);
  });

  it('does not cache a page whose policy has no nonce', () => {
    expect(toHashPolicy(html, "script-src 'self'")).toBeNull();
  });
});
