import { expect, test } from '@playwright/test';

test('/ negotiates the language from Accept-Language, then from the remembered choice', async ({
  request,
  page,
}) => {
  const es = await request.get('/', {
    headers: { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' },
    maxRedirects: 0,
  });
  expect(es.status()).toBe(307);
  expect(es.headers()['location']).toMatch(/\/es$/);
  const en = await request.get('/', { headers: { 'Accept-Language': 'de, pt' }, maxRedirects: 0 });
  expect(en.headers()['location']).toMatch(/\/en$/);
  // Script and region subtags: a Chinese (Simplified, China) browser gets Chinese, an Egyptian
  // Arabic one Arabic; a Brazilian who also reads French gets French.
  for (const [header, locale] of [
    ['zh-Hans-CN,zh;q=0.9,en;q=0.5', 'zh'],
    ['ar-EG,ar;q=0.9', 'ar'],
    ['ko-KR', 'ko'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['pt-BR, fr-CA;q=0.7', 'fr'],
  ]) {
    const r = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
    expect(r.headers()['location'], header).toMatch(new RegExp(`/${locale}$`));
  }

  // Reading a page in Spanish remembers it.
  await page.goto('/es/accessibility');
  await page.goto('/');
  await expect(page).toHaveURL(/\/es$/);
});

test('the language switcher keeps the page', async ({ page }) => {
  await page.goto('/en/services/TRM-Potholes');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Español' })
    .click();
  await expect(page).toHaveURL(/\/es\/services\/TRM-Potholes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bache');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('security headers: nonce CSP, HSTS, nosniff, referrer policy, no framing, no X-Powered-By', async ({
  page,
}) => {
  // A page rendered for each visitor (pages the same for everyone come from memory with a
  // hash-based policy instead: e2e/resident/page-cache.spec.ts).
  const res = await page.goto('/en/requests');
  const h = res!.headers();
  const csp = h['content-security-policy'];
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h['strict-transport-security']).toContain('max-age=');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-powered-by']).toBeUndefined();
  // Every script in the page carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  const nonces = await page
    .locator('script')
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  for (const n of nonces) expect(n).toBe(nonce);
  // A second response has a different nonce.
  const again = await page.request.get('/en/requests');
  expect(again.headers()['content-security-policy']).not.toContain(nonce);
});

test('health check answers', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('the test hook is the only way to count, and only when enabled', async ({ request }) => {
  const res = await request.get('/api/test-hooks/requests?idempotencyKey=x');
  expect(res.status()).toBe(200); // enabled for this test server (E2E_TEST_HOOKS=1)
  expect(await res.json()).toEqual({ count: 0 });
});
