import { expect, test } from '@playwright/test';
import { messages } from '../support';

/**
 * Pages that are the same for everyone come from the server's memory (lib/http/page-cache.mjs)
 * with a hash-based policy instead of a per-request nonce. Those copies must work in a browser
 * as the rendered ones do: every script allowed, the page hydrated, nothing blocked.
 */
const policyOf = (headers: Record<string, string>) => headers['content-security-policy'] ?? '';

test('a cached page carries a strict hash-based policy and no nonce', async ({ request }) => {
  await request.get('/en/accessibility');
  const res = await request.get('/en/accessibility');
  const policy = policyOf(res.headers());
  const scriptSrc = /script-src ([^;]*)/.exec(policy)![1];
  expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  // The other security headers as on every page.
  const h = res.headers();
  expect(h['strict-transport-security']).toContain('max-age=');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-powered-by']).toBeUndefined();
  const html = await res.text();
  expect(html).not.toMatch(/\snonce="/);
  // Every inline script of the page, and no other, is allowed by its hash.
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter(Boolean);
  expect(inline.length).toBeGreaterThan(0);
  const hashes = await Promise.all(
    inline.map(async (text) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return `'sha256-${Buffer.from(digest).toString('base64')}'`;
    }),
  );
  expect(new Set(scriptSrc.split(' ').slice(1))).toEqual(new Set(hashes));
});

test('a cached page runs its scripts in the browser: hydrated, nothing blocked', async ({
  page,
  request,
}) => {
  await request.get('/es');
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const res = await page.goto('/es');
  expect(policyOf(res!.headers())).toContain("'sha256-");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.es.home.title);
  // React has taken over the page (its fibers are on the elements): the scripts all ran.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(document.querySelector('h1')!).some((k) => k.startsWith('__reactFiber')),
      ),
    )
    .toBe(true);
  // A client-side navigation from the cached page works (Next's router, not the cache).
  await page.getByRole('link', { name: messages.es.common.accessibilityLink }).first().click();
  await expect(page).toHaveURL(/\/es\/accessibility$/);
  expect(violations).toEqual([]);
});

test('a visitor with a session cookie gets the page rendered for them, with a fresh nonce', async ({
  request,
  playwright,
  baseURL,
}) => {
  await request.get('/en');
  const withCookie = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: 'brs_staff_session=anything' },
  });
  const one = policyOf((await withCookie.get('/en')).headers());
  const two = policyOf((await withCookie.get('/en')).headers());
  await withCookie.dispose();
  expect(one).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(two).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(one).not.toBe(two);
});
