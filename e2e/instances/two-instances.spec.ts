import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import triageEn from '../../locales/en/Triage.json';
import catalogueAdminEn from '../../locales/en/CatalogueAdmin.json';
import catalogueEs from '../../locales/es/catalogue.json';
import { mailTo, waitForMail } from '../mail';
import { ADMIN, newPage, signIn } from '../staff-support';
import { formKey, messages, reachCheckAnswers, requestsForKey } from '../support';
import { startCluster, UPSTREAM_PORTS, type Cluster } from './cluster';

/**
 * Several instances behind a load balancer (README "Running several instances"): two `next
 * start` processes on one PostgreSQL database, reached through a proxy that alternates them on
 * every request. Everything a resident and staff do must work whichever instance answers.
 */
const m = messages.en;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const resident = `two.instances.${run}@example.com`;

test.skip(
  !process.env.TEST_DATABASE_URL,
  'TEST_DATABASE_URL is not set: two instances need a PostgreSQL server (CI sets it)',
);
test.skip(
  Boolean(process.env.E2E_BASE_URL),
  'E2E_BASE_URL points at a running server: this suite starts instances of its own',
);
test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let trackingNumber = '';
let staff: Page;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster(process.env.TEST_DATABASE_URL!);
});

test.afterAll(async () => {
  await staff?.context().close();
  await cluster?.stop();
});

/** A page of one instance, straight, not through the proxy. */
const direct = (i: number, pathname: string) => `http://127.0.0.1:${UPSTREAM_PORTS[i]}${pathname}`;

test('the resident journey through the balancer: request, tracking number, tracking page', async ({
  page,
}) => {
  await page.goto('/en/services/TRM-Potholes/request');
  const key = await formKey(page);
  await page.getByLabel('In the street').check();
  await page.getByLabel(m.form.addressLabel).fill('100 N Holliday St');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  await page.getByLabel(m.form.descriptionLabel).fill(`Two instances ${run}`);
  await page.getByLabel(m.form.photoLabel).setInputFiles({
    name: 'hole.jpg',
    mimeType: 'image/jpeg',
    buffer: await sharp({
      create: { width: 320, height: 240, channels: 3, background: { r: 60, g: 60, b: 60 } },
    })
      .jpeg()
      .toBuffer(),
  });
  await page.getByLabel(m.form.emailLabel).fill(resident);
  await page.getByLabel(m.form.consentLabel).check();
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  trackingNumber = (await page.locator('.tracking-number').textContent())!.trim();
  expect(trackingNumber).toMatch(/BAL-\d{2}-\d{6}/);
  expect(await requestsForKey(page.request, key)).toBe(1);

  await page.getByRole('link', { name: m.confirmation.trackLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(trackingNumber);
  await expect(page.getByText(m.status.new, { exact: true })).toBeVisible();
  // Both instances answered along the way.
  expect(cluster.served.every((n) => n > 0)).toBe(true);
});

test('staff close the request on one instance; the other shows it closed', async ({
  browser,
  page,
}) => {
  staff = await newPage(browser);
  await signIn(staff, ADMIN.email, ADMIN.password);
  await staff.goto(`/en/staff/requests/${trackingNumber}`);
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(
    triageEn.title.replace('{number}', trackingNumber),
  );
  await staff.getByLabel(m.status.reason.resolved).check();
  await staff.getByLabel(triageEn.publicNoteLabel).fill(`Filled ${run}`);
  await staff.getByRole('button', { name: triageEn.close }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.close);

  for (const i of [0, 1]) {
    await page.goto(direct(i, `/en/requests/${trackingNumber}`));
    await expect(page.getByText(m.status.closed, { exact: true })).toBeVisible();
    await expect(page.locator('#summary-done dd')).toHaveText(`Filled ${run}`);
  }
});

test('the outbox delivers each message once, though both instances run its worker', async () => {
  await waitForMail(resident, `We received your request ${trackingNumber}`);
  await waitForMail(resident, `Your request ${trackingNumber} is closed`);
  // Each worker polls every 15 s (and at once on its own instance's nudge): past one more round
  // of both, a message sent twice would have arrived twice.
  await new Promise((r) => setTimeout(r, 16_000));
  const subjects = (await mailTo(resident)).map((mail) => mail.subject);
  expect(subjects.length).toBeGreaterThanOrEqual(2);
  expect(subjects.length, `each message once: ${subjects.join(' | ')}`).toBe(
    new Set(subjects).size,
  );
});

test('a photo uploaded through one instance is served by both', async () => {
  const photo = staff.getByRole('img', {
    name: triageEn.photoAlt.replace('{n}', '1').replace('{number}', trackingNumber),
  });
  const src = await photo.getAttribute('src');
  expect(src).toMatch(/^\/api\/staff\/media\//);
  // Straight to each instance, with the staff session (cookies are per host, not per port).
  const answers = [];
  for (const i of [0, 1]) {
    const res = await staff.request.get(direct(i, src!));
    answers.push(`${res.status()} ${res.headers()['content-type'] ?? ''}`);
  }
  expect(
    answers,
    'both instances serve the photo (each has a DATA_DIR of its own: photos must live where every instance reads them)',
  ).toEqual(['200 image/jpeg', '200 image/jpeg']);
});

test('a service page cached by both instances shows an edit made through either within seconds', async ({
  request,
}) => {
  // Service pages are served from each instance's memory (lib/http/page-cache.mjs) until the
  // catalogue's content version moves, whichever instance (or psql) moved it.
  const code = 'SW-Dirty Alley';
  const pathname = `/es/services/${encodeURIComponent(code)}`;
  const original = catalogueEs.services[code].name;
  const heading = async (i: number) => {
    const res = await request.get(direct(i, pathname));
    const html = await res.text();
    return {
      cached: /script-src 'self' 'sha256-/.test(res.headers()['content-security-policy'] ?? ''),
      name: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1],
    };
  };
  for (const i of [0, 1]) {
    await heading(i);
    expect(await heading(i)).toEqual({ cached: true, name: original });
  }
  const edited = `${original} (${run})`;
  await staff.goto(`/en/staff/admin/catalogue/${encodeURIComponent(code)}/es`);
  await staff.getByLabel(catalogueAdminEn.fieldName, { exact: true }).fill(edited);
  await staff.getByRole('button', { name: catalogueAdminEn.save }).click();
  await expect(staff.getByRole('status')).toBeVisible();
  for (const i of [0, 1]) {
    await expect.poll(async () => (await heading(i)).name, { timeout: 5_000 }).toBe(edited);
  }
});
