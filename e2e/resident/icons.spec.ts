import { expect, test, type Page } from '@playwright/test';
import enCommon from '../../locales/en/Common.json';
import esCommon from '../../locales/es/Common.json';

/**
 * The portal's icons and web app manifest load on a production build, under its Content
 * Security Policy: nothing the browser asks for answers 404 or is refused.
 */
function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

for (const [locale, common] of [
  ['en', enCommon],
  ['es', esCommon],
] as const) {
  test(`icons and the ${locale} manifest load, with nothing refused or missing`, async ({
    page,
    request,
  }) => {
    const problems = watchProblems(page);
    await page.goto(`/${locale}`);

    const links = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
      .evaluateAll((els) =>
        els.map((e) => ({
          rel: e.getAttribute('rel')!,
          href: (e as HTMLLinkElement).href,
          type: e.getAttribute('type'),
        })),
      );
    const rels = links.map((l) => `${l.rel} ${l.type ?? ''}`.trim());
    expect(rels).toEqual(
      expect.arrayContaining([
        'icon image/x-icon',
        'icon image/svg+xml',
        'apple-touch-icon image/png',
        'manifest',
      ]),
    );
    for (const link of links) {
      const res = await request.get(link.href);
      expect(res.status(), link.href).toBe(200);
      if (link.type) expect(res.headers()['content-type']).toContain(link.type);
    }

    // The browser's own request for the favicon and every image the manifest names.
    expect((await request.get('/favicon.ico')).status()).toBe(200);
    const manifestHref = links.find((l) => l.rel === 'manifest')!.href;
    expect(new URL(manifestHref).pathname).toBe(`/${locale}/manifest.webmanifest`);
    const manifest = await (await request.get(manifestHref)).json();
    expect(manifest).toMatchObject({
      name: common.serviceName,
      short_name: common.appShortName,
      lang: locale,
      start_url: `/${locale}`,
    });
    for (const icon of manifest.icons) {
      const res = await request.get(new URL(icon.src, manifestHref).href);
      expect(res.status(), icon.src).toBe(200);
      expect(res.headers()['content-type']).toContain(icon.type);
    }
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(1);
    await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
      'content',
      common.appShortName,
    );

    // Give the browser time to ask for the favicon and manifest, then check nothing failed.
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('a language that does not exist has no manifest', async ({ request }) => {
  expect((await request.get('/de/manifest.webmanifest')).status()).toBe(404);
});
