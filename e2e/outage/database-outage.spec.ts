import { expect, test } from '@playwright/test';
import pg from 'pg';
import enOutage from '../../locales/en/Outage.json';
import esOutage from '../../locales/es/Outage.json';
import { expectAxeClean, formKey, messages, reachCheckAnswers } from '../support';
import { createCluster, postgresBin, type Cluster } from './cluster';
import { startPortal } from './server';

/**
 * PostgreSQL stopped under the portal and started again: health says 503 within seconds,
 * pages show the localized "temporarily unavailable" page, a form sent without JavaScript comes
 * back with everything typed and "try again", and once the database is back the same portal
 * process (no restart) serves pages and creates the resent request exactly once.
 *
 * Its own cluster and its own `next start` (the .next-e2e build), on ports derived from
 * E2E_PORT: the shared server of the other suites runs on embedded PGlite.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_PORT = PORT + 41;
const PG_PORT = PORT + 42;
const HEALTH_WITHIN_MS = 10_000;
const m = messages.en;
const bin = postgresBin();

test.describe.configure({ mode: 'serial' });
test.skip(
  !bin,
  'PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) are not installed: ' +
    'the outage test needs a throwaway cluster of its own (apt-get install postgresql)',
);

let cluster: Cluster;
let portal: Awaited<ReturnType<typeof startPortal>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = createCluster(bin!, PG_PORT);
  cluster.start();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('create database brs');
  await admin.end();
  portal = await startPortal(APP_PORT, cluster.url('brs'));
});

test.afterAll(async () => {
  await portal?.stop();
  cluster?.destroy();
});

const health = (base: string) =>
  fetch(`${base}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() }));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the portal rides out a stopped database and recovers without a restart', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const base = portal.base;
    expect(await health(base)).toEqual({ status: 200, body: { status: 'ok' } });

    // A resident is on "check your answers" when the database goes away.
    const context = await browser.newContext({ baseURL: base, javaScriptEnabled: false });
    // axe runs as a script: the pages read without JavaScript are checked as HTML in a page
    // with it (contexts made here inherit `javaScriptEnabled: false` from test.use, and axe
    // then waits forever), from about:blank with the portal as base for the styles.
    const axeContext = await browser.newContext({ javaScriptEnabled: true });
    const axeClean = async (html: string) => {
      const checked = await axeContext.newPage();
      await checked.setContent(html.replace('<head>', `<head><base href="${base}/">`));
      await expectAxeClean(checked);
      await checked.close();
    };
    const page = await context.newPage();
    const description = `Outage test ${Date.now()}: bags of trash behind the rowhouses`;
    await page.goto('/en/services/SW-Dirty%20Alley/request');
    await page.getByLabel(m.form.addressLabel).fill('300 E Lafayette Ave');
    await page.getByLabel(m.form.zipLabel).fill('21202');
    await page.getByLabel(m.form.descriptionLabel).fill(description);
    const key = await formKey(page);
    await page.getByRole('button', { name: m.form.continue }).click();
    await reachCheckAnswers(page, m.form);

    cluster.stop('immediate');
    const stoppedAt = Date.now();

    // Health: 503 within seconds (bounded connect and query timeouts).
    await expect
      .poll(async () => (await health(base)).status, {
        timeout: HEALTH_WITHIN_MS,
        intervals: [250],
      })
      .toBe(503);
    const healthSeconds = (Date.now() - stoppedAt) / 1000;
    test.info().annotations.push({ type: 'health 503 after', description: `${healthSeconds} s` });
    expect((await health(base)).body).toEqual({ status: 'unavailable' });

    // Pages: the localized 503 page, not a stack trace; axe-clean.
    for (const [locale, copy] of [
      ['en', enOutage],
      ['es', esOutage],
    ] as const) {
      const other = await context.newPage();
      const response = await other.goto(`/${locale}/services`);
      expect(response?.status()).toBe(503);
      expect(response?.headers()['retry-after']).toBe('60');
      await expect(other.getByRole('heading', { level: 1 })).toHaveText(copy.title);
      await expect(other.getByText(copy.nothingLost)).toBeVisible();
      await expect(other.getByText(copy.tryLater)).toBeVisible();
      await expect(other.locator('html')).toHaveAttribute('lang', locale);
      await expect(other.locator('body')).not.toContainText(/Error:|at \w+ \(|ECONNREFUSED/);
      await other.close();
      await axeClean(await (await fetch(`${base}/${locale}/services`)).text());
    }

    // Open311: 503 with a GeoReport error body; nothing created.
    const open311 = await fetch(`${base}/api/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: 'outage-open311-key-0123456789',
        service_code: 'SW-Dirty Alley',
        address_string: '300 E Lafayette Ave, 21202',
        description: 'Open311 during the outage',
      }),
    });
    expect(open311.status).toBe(503);
    const body = (await open311.json()) as { code: number; description: string }[];
    expect(body[0].code).toBe(503);

    // The form: sent without JavaScript during the outage, it comes back with every answer.
    await page.getByRole('button', { name: m.form.submit }).click();
    await expect(page).toHaveTitle(/^Error:/);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText(enOutage.tryAgain);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.form.checkTitle);
    await expect(page.getByText(description)).toBeVisible();
    expect(await formKey(page)).toBe(key);
    // The same HTML, at the portal's address so its styles load, checked by axe.
    // (Its scripts left out: they would hydrate a page rendered for another request.)
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await axeClean(html);

    // The database returns: the same process recovers, no restart.
    const pid = portal.pid;
    cluster.start();
    await expect
      .poll(async () => (await health(base)).status, { timeout: 30_000, intervals: [250] })
      .toBe(200);
    const again = await context.newPage();
    const response = await again.goto('/es/services');
    expect(response?.status()).toBe(200);
    await again.close();

    // Sent again: created once, on the confirmation page.
    await page.getByRole('button', { name: m.form.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
    const count = await (
      await fetch(`${base}/api/test-hooks/requests?idempotencyKey=${encodeURIComponent(key)}`)
    ).json();
    expect(count).toEqual({ count: 1 });
    expect(portal.pid).toBe(pid);
    expect(portal.logs.join('')).not.toMatch(/uncaught|unhandled/i);
    await context.close();
    await axeContext.close();
  });
});
