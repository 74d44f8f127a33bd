import { expect, test, type Page, type Request } from '@playwright/test';
import commonEn from '../../locales/en/Common.json';
import { formKey, messages, reachCheckAnswers, requestsForKey } from '../support';

/** Issue 13, findings 6 and 8, against the production build. */
const m = messages.en;

test('every response carries a Content-Security-Policy, 404s and redirects included', async ({
  request,
}) => {
  const urls = [
    '/en',
    '/es/services',
    '/en/no-such-page', // a page's 404
    '/xx/no-such-page', // an unknown locale (redirected, then a 404)
    '/',
    '/api/no-such-route', // an API 404
    '/api',
    '/api/open311/v2/services.json',
    '/api/open311/v2/no-such.json',
    '/api/health',
    '/measure/floor',
    '/no-such-file.txt',
    '/favicon.ico',
    '/en/manifest.webmanifest',
    '/_next/static/no-such-file.js',
  ];
  for (const url of urls) {
    for (const maxRedirects of [0, 5]) {
      const res = await request.get(url, { maxRedirects });
      const csp = res.headers()['content-security-policy'];
      expect(csp, `${url} (${res.status()})`).toBeTruthy();
      expect(csp).toMatch(/default-src '(self|none)'/);
      expect(csp).toContain("frame-ancestors 'none'");
    }
  }
  // The measuring page is a page like the others: its scripts run under the nonce.
  const floor = await request.get('/measure/floor');
  const nonce = /'nonce-([^']+)'/.exec(floor.headers()['content-security-policy'])?.[1];
  expect(nonce).toBeTruthy();
  expect(await floor.text()).toContain(`nonce="${nonce}"`);
});

/** The request form filled in without JavaScript, up to "Send request", whose post is held back. */
async function heldSubmit(page: Page): Promise<{ key: string; post: Request }> {
  await page.goto('/en/services/SW-Dirty%20Alley/request');
  await page.getByLabel(m.form.addressLabel).fill('300 E Lafayette Ave');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  const key = await formKey(page);
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  let held: Request | null = null;
  await page.route('**/request', (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    held = route.request();
    return route.abort();
  });
  await page
    .getByRole('button', { name: m.form.submit })
    .click()
    .catch(() => {});
  await expect.poll(() => held).not.toBeNull();
  return { key, post: held! };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a form post is accepted only from the portal’s own origin; X-Forwarded-Host changes nothing', async ({
    page,
    baseURL,
  }) => {
    const { key, post } = await heldSubmit(page);
    const own = new URL(baseURL!).origin;
    const replay = (headers: Record<string, string>) =>
      page.request.fetch(post.url(), {
        method: 'POST',
        headers: { 'content-type': post.headers()['content-type'], ...headers },
        data: post.postDataBuffer()!,
        maxRedirects: 0,
      });

    const forged: Record<string, string>[] = [
      {}, // no Origin: not a browser on our page
      { origin: 'https://evil.example' },
      { origin: 'null' },
      // Next's own check believed this pair; the proxy reads neither header's claim.
      { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
      { origin: own.replace('http:', 'https:') },
    ];
    for (const headers of forged) {
      const res = await replay(headers);
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain(`<h1>${commonEn.foreignPostTitle}</h1>`);
      expect(html).toContain('href="/en/services/SW-Dirty%20Alley/request"');
      expect(await requestsForKey(page.request, key)).toBe(0);
    }

    // From the right origin it goes through, whatever X-Forwarded-Host claims.
    const ok = await replay({ origin: own, 'x-forwarded-host': 'evil.example' });
    expect([302, 303, 307]).toContain(ok.status());
    expect(ok.headers()['location']).not.toContain('evil.example');
    expect(await requestsForKey(page.request, key)).toBe(1);
  });

  test('a 1 MB description is refused with its message and not sent back whole', async ({
    page,
  }) => {
    await page.goto('/en/services/SW-Dirty%20Alley/request');
    const key = await formKey(page);
    await page.getByLabel(m.form.addressLabel).fill('300 E Lafayette Ave');
    await page.getByLabel(m.form.zipLabel).fill('21202');
    await page
      .getByLabel(m.form.descriptionLabel)
      .evaluate((el: HTMLTextAreaElement) => (el.value = 'x'.repeat(1024 * 1024)));
    const posted = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: m.form.continue }).click();
    const res = await posted;
    expect(res.status()).toBeLessThan(500);
    expect((await res.body()).length).toBeLessThan(256 * 1024);
    await expect(page.locator('#description-error')).toContainText(
      m.validation.description.tooLong,
    );
    expect(await requestsForKey(page.request, key)).toBe(0);
  });
});

test('a staff sign-in posted from another site is refused before any password is checked', async ({
  request,
}) => {
  const res = await request.post('/en/staff/sign-in', {
    headers: { origin: 'https://evil.example' },
    multipart: { email: 'admin@baltimore.example', password: 'whatever it is' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toContain(commonEn.foreignPostTitle);
});
