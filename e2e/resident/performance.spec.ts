import { expect, test, type Page } from '@playwright/test';
import perfEn from '../../locales/en/Performance.json';
import perfEs from '../../locales/es/Performance.json';
import triageEn from '../../locales/en/Triage.json';
import { fiscalYearOf } from '../../lib/metrics/fiscal-year';
import { periodFor } from '../../lib/metrics/periods';
import { ADMIN, makeStaff, signIn, staffPage } from '../staff-support';
import { expectAxeClean, expectAxeCleanWithoutJs, messages } from '../support';

const API_KEY = 'e2e-open311-key-0123456789';

/** A cell of the services table, by service code and open-data column key. */
async function serviceCell(page: Page, code: string, column: string) {
  return (
    await page
      .locator(`#services-table tr[data-code="${code}"] td[data-col="${column}"]`)
      .textContent()
  )?.trim();
}

test('closing requests in the staff console changes the figures; downloads match the page', async ({
  page,
  request,
  browser,
}) => {
  test.slow();
  // The test server has no demo data (DEMO_DATA=0): the figures are this suite's requests only.
  await page.goto('/en/performance');
  const before = Number((await serviceCell(page, 'SW-Dirty Alley', 'closed'))!.replace(/,/g, ''));

  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.post('/api/open311/v2/requests.json', {
      form: {
        api_key: API_KEY,
        service_code: 'SW-Dirty Alley',
        address_string: `${i + 10} Perf Alley, Baltimore, MD 21231`,
      },
    });
    ids.push((await res.json())[0].service_request_id);
  }
  const staffContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const staff = await staffContext.newPage();
  await signIn(staff, ADMIN.email, ADMIN.password);
  for (const id of ids) {
    await staff.goto(`/en/staff/requests/${id}`);
    await staff.getByLabel(messages.en.status.reason.resolved).check();
    await staff.getByRole('button', { name: triageEn.close }).click();
    await expect(staff.getByRole('status')).toHaveText(triageEn.done.close);
  }
  await staffContext.close();

  // Figures follow within seconds (a burst of changes shares one recomputation).
  let after = before;
  await expect(async () => {
    await page.goto('/en/performance');
    after = Number((await serviceCell(page, 'SW-Dirty Alley', 'closed'))!.replace(/,/g, ''));
    expect(after).toBe(before + 2);
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 30_000 });
  await expect(page.getByText(/Last updated/)).toBeVisible();

  // The CSV and JSON downloads say what the page says.
  const csvHref = await page
    .getByRole('link', { name: perfEn.downloadCsv.replace('{table}', perfEn.tableServices) })
    .getAttribute('href');
  const csv = await (await request.get(csvHref!)).text();
  const [header, ...lines] = csv.trim().split('\r\n');
  const cols = header.split(',');
  const alley = lines.find((l) => l.startsWith('SW-Dirty Alley,'))!.split(',');
  expect(Number(alley[cols.indexOf('closed')])).toBe(after);
  // Readable on its own and safe in a spreadsheet: BOM, period, computed-at time, demo flag.
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(cols.slice(-3)).toEqual(['period', 'computed_at', 'demo']);
  expect(alley[cols.indexOf('demo')]).toBe('false');
  expect(new Date(alley[cols.indexOf('computed_at')]).getTime()).not.toBeNaN();
  expect(Number(alley[cols.indexOf('received')])).toBe(
    Number((await serviceCell(page, 'SW-Dirty Alley', 'received'))!.replace(/,/g, '')),
  );
  const json = await (await request.get(csvHref!.replace('.csv', '.json'))).json();
  expect(json.definitions.on_time_pct).toBeTruthy();
  const row = json.rows.find((r: { service_code: string }) => r.service_code === 'SW-Dirty Alley');
  expect(row.closed).toBe(after);
  const pagePct = await serviceCell(page, 'SW-Dirty Alley', 'on_time_pct');
  expect(pagePct).toBe(
    row.on_time_pct === null
      ? perfEn.noData
      : `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(row.on_time_pct)}%`,
  );
  // The months and agencies tables too.
  const months = await (await request.get(csvHref!.replace('services.csv', 'months.json'))).json();
  const monthRows = page.locator('#months-table tbody tr');
  await expect(monthRows).toHaveCount(months.rows.length);
  const agencies = await (
    await request.get(csvHref!.replace('services.csv', 'agencies.json'))
  ).json();
  const sw = agencies.rows.find((r: { agency_code: string }) => r.agency_code === 'DPW-SW');
  expect(
    (await page
      .locator('#agencies-table tr[data-code="DPW-SW"] td[data-col="closed"]')
      .textContent())!.replace(/,/g, ''),
  ).toBe(String(sw.closed));
});

test('an ended half is published once; reopening a request closed in it shows a dated correction', async ({
  page,
  request,
  browser,
}) => {
  test.slow();
  // Last fiscal year's first half (ended, and viewed by no other test, so this test publishes
  // it), and a dirty street reported and dealt with in it.
  const half = periodFor(`${fiscalYearOf(new Date()) - 1}-h1`)!;
  const made = await request.post('/api/test-hooks/requests', {
    data: {
      serviceCode: 'SW-Dirty Street',
      createdAt: new Date(+half.start + 10 * 86_400_000).toISOString(),
      closedAt: new Date(+half.start + 12 * 86_400_000).toISOString(),
    },
  });
  expect(made.status()).toBe(201);
  const { trackingNumber } = await made.json();

  const url = `/en/performance?period=${half.key}`;
  await page.goto(url);
  await expect(page.getByText(perfEn.publishedOn.split('{date}')[0])).toBeVisible();
  const published = Number(await serviceCell(page, 'SW-Dirty Street', 'closed'));
  expect(published).toBe(1);

  // A supervisor reopens it today, with a reason.
  const { email } = await makeStaff(request, 'SW Reopener', 'supervisor', 'DPW-SW');
  const staff = await staffPage(browser, email);
  await staff.goto(`/en/staff/requests/${trackingNumber}`);
  await staff.getByLabel(triageEn.reopenReasonLabel).fill('The street is dirty again');
  await staff.getByRole('button', { name: triageEn.reopen }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.reopen);
  await staff.context().close();

  // The half keeps its published figures; a dated note gives both (after the reuse window).
  const note = page.getByRole('note').filter({ has: page.locator('#corrections-heading') });
  await expect(async () => {
    await page.goto(url);
    await expect(note).toBeVisible({ timeout: 1_000 });
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 45_000 });
  expect(Number(await serviceCell(page, 'SW-Dirty Street', 'closed'))).toBe(published);
  await expect(note).toContainText(
    `Dirty street: closed ${published} as published, ${published - 1} now`,
  );
  await expectAxeClean(page);
  const json = await (await request.get(`/api/performance/${half.key}/services.json`)).json();
  expect(json.publishedAt).toBeTruthy();
  expect(json.corrections).toContainEqual({
    scope: 'SW-Dirty Street',
    field: 'closed',
    published,
    now: published - 1,
  });
});

for (const locale of ['en', 'es'] as const) {
  // axe and 320 px reflow of these pages: e2e/a11y/pages.spec.ts (the auditors' suite).
  test(`the transparency page (${locale}) has every view at a URL`, async ({ page }) => {
    const t = locale === 'en' ? perfEn : perfEs;
    await page.goto(`/${locale}/performance`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await expect(page.getByRole('navigation', { name: t.periodNav })).toBeVisible();

    // Each half-year report has its own URL; an agency's report is printable on its own page.
    const current = page.locator('.period-nav [aria-current="page"]');
    await expect(current).toHaveCount(1);
    const links = page.locator('.period-nav a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((h) => /period=\d{4}-h1$/.test(h))).toBe(true);
    await page.goto(hrefs.find((h) => /-h1$/.test(h))!);
    await expect(page.locator('.period-nav [aria-current="page"]')).toHaveAttribute('href', /-h1$/);
    await page.locator('#agencies-table tbody th a').first().click();
    await expect(page).toHaveURL(/\/performance\/agencies\/[^/?]+\?period=\d{4}-h1$/);

    await page.goto(`/${locale}/performance/methodology`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.methodologyTitle);
    expect((await page.goto(`/${locale}/performance?period=2099`))!.status()).toBe(404);
    // Before the first request there are no records: a clear 404, not a page of zeros.
    expect((await page.goto(`/${locale}/performance?period=2020`))!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFoundTitle);
    await expect(page.getByRole('link', { name: t.notFoundLink })).toHaveAttribute(
      'href',
      `/${locale}/performance`,
    );
    expect((await page.request.get('/api/performance/2020/services.csv')).status()).toBe(404);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('periods are plain links and the page is complete', async ({ page }) => {
    const res = await page.goto('/en/performance');
    const html = await res!.text();
    await page.locator('.period-nav a').last().click();
    await expect(page).toHaveURL(/period=/);
    await expect(page.locator('#services-table')).toBeVisible();
    await expect(page.locator('figure svg').first()).toBeAttached();
    await expectAxeCleanWithoutJs(page, html);
  });
});
