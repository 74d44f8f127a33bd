import { expect, test, type Page } from '@playwright/test';
import perfEn from '../../locales/en/Performance.json';
import whereEn from '../../locales/en/Where.json';
import whereEs from '../../locales/es/Where.json';

const API_KEY = 'e2e-open311-key-0123456789';

/** A cell of a place table, by place ("11", "21202", "unknown") and open-data column key. */
async function placeCell(page: Page, table: string, place: string, column: string) {
  const text = await page
    .locator(`#${table} tr[data-code="${place}"] td[data-col="${column}"]`)
    .textContent();
  return Number(text!.trim().replace(/,/g, ''));
}

test('a located request counts in its council district and ZIP; the districts CSV agrees', async ({
  page,
  request,
}) => {
  test.slow();
  await page.goto('/en/performance');
  await expect(page.getByRole('heading', { level: 2, name: whereEn.heading })).toBeVisible();
  const before = await placeCell(page, 'districts-table', '11', 'received');
  const zipBefore = await placeCell(page, 'zips-table', '21202', 'received');

  // City Hall (100 N Holliday St) is in district 11 under the 2011 plan.
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: API_KEY,
      service_code: 'SW-Dirty Alley',
      address_string: '100 N Holliday St, Baltimore, MD 21202',
      lat: '39.2910',
      long: '-76.6108',
    },
  });
  expect(res.ok()).toBe(true);

  // Other specs share the database and may locate requests downtown too: the count grows by at
  // least this one, and the downloads are compared with the page at one moment (below).
  // Both must grow in one view: another spec's request may land in district 11 outside 21202
  // and be counted first.
  await expect(async () => {
    await page.goto('/en/performance');
    expect(await placeCell(page, 'districts-table', '11', 'received')).toBeGreaterThan(before);
    expect(await placeCell(page, 'zips-table', '21202', 'received')).toBeGreaterThan(zipBefore);
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 30_000 });
  // Every district, then the requests with no known district, which are counted too.
  await expect(page.locator('#districts-table tbody tr')).toHaveCount(15);
  await expect(page.locator('#districts-table tbody tr').last()).toContainText(
    whereEn.unknownDistrict,
  );
  // The chart: the 14 districts, highest rate first, each value as text.
  const chart = page.locator('figure[aria-labelledby="districts-chart-title"]');
  await expect(chart.locator('.bar-chart__rows > li')).toHaveCount(14);
  await expect(chart.locator('.bar-chart__rows > li').first()).toContainText(
    whereEn.chartValue.split('{rate} ')[1].split(' (')[0],
  );

  const csvHref = await page
    .getByRole('link', { name: perfEn.downloadCsv.replace('{table}', whereEn.tableDistricts) })
    .getAttribute('href');
  // The page and the files agree when read at one moment: retried until no other spec's request
  // lands between reading the one and the other.
  let csv = '';
  await expect(async () => {
    await page.goto('/en/performance');
    const onPage = await placeCell(page, 'districts-table', '11', 'received');
    const zipOnPage = await placeCell(page, 'zips-table', '21202', 'received');
    csv = await (await request.get(csvHref!)).text();
    const [head, ...body] = csv.trim().split('\r\n');
    const row = body.find((l) => l.startsWith('11,'))!.split(',');
    expect(Number(row[head.split(',').indexOf('received')])).toBe(onPage);
    const zipJson = await (
      await request.get(csvHref!.replace('districts.csv', 'zips.json'))
    ).json();
    expect(zipJson.rows.find((r: { zip: string }) => r.zip === '21202').received).toBe(zipOnPage);
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 60_000 });
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = csv.trim().split('\r\n');
  const cols = header.split(',');
  expect(cols.slice(0, 3)).toEqual(['council_district', 'council_plan', 'received']);
  expect(cols.slice(-3)).toEqual(['period', 'computed_at', 'demo']);
  const eleven = lines.find((l) => l.startsWith('11,'))!.split(',');
  expect(Number(eleven[cols.indexOf('received')])).toBeGreaterThan(before);
  expect(Number(eleven[cols.indexOf('population_2020')])).toBe(
    await placeCell(page, 'districts-table', '11', 'population_2020'),
  );
  expect(lines.some((l) => l.startsWith('unknown,'))).toBe(true);

  const zips = await (await request.get(csvHref!.replace('districts.csv', 'zips.json'))).json();
  expect(zips.definitions.requests_per_1000_residents).toBeTruthy();
  expect(zips.rows.find((r: { zip: string }) => r.zip === '21202').received).toBeGreaterThan(
    zipBefore,
  );
  // Places are city-wide: there is no districts table for one agency.
  expect((await request.get(`${csvHref!.split('?')[0]}?agency=DOT`)).status()).toBe(404);
});

test('the Where section and its equity note are in Spanish too', async ({ page }) => {
  await page.goto('/es/performance');
  await expect(page.getByRole('heading', { level: 2, name: whereEs.heading })).toBeVisible();
  await expect(page.locator('#zips-table caption')).toContainText(
    whereEs.zipsCaption.split(' {')[0],
  );
  await page.getByRole('link', { name: whereEs.methodLink }).click();
  await expect(page).toHaveURL(/\/es\/performance\/methodology#where$/);
  await expect(page.getByRole('heading', { level: 2, name: whereEs.method.heading })).toBeVisible();
});
