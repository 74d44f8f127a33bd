import { expect, test, type Page } from '@playwright/test';
import { currentPeriodKey, periodFor, yearEarlier } from '../../lib/metrics/periods';
import { expectNoHorizontalScroll, locales, messages, type Locale } from '../support';

/**
 * The transparency page, an agency report and the methodology on a phone and a desktop (axe
 * checks them in pages.spec.ts, in every locale at both widths): nothing scrolls sideways at 320, 375 or 1280 px, each service's
 * "On time" is on screen without scrolling on a phone and every key column on a desktop; the
 * agency chart is sorted, the running month marked partial, a year-earlier comparison shown.
 *
 * SCREENSHOT_DIR (optional): where to save full-page phone screenshots for a person to review.
 */
const perf = (l: Locale) => messages[l].performance;
const HOOK = '/api/test-hooks/requests';

test.beforeAll(async ({ request }) => {
  // A closure this fiscal year (a measured agency) and a request in the same days a year
  // earlier (so the comparison has figures): whatever today's date, both fall in their spans.
  const now = new Date();
  const current = periodFor(currentPeriodKey(now), now)!;
  const createdAt = new Date(Math.max(+current.start + 60_000, +now - 2 * 3_600_000));
  const earlier = yearEarlier(current);
  for (const data of [
    {
      serviceCode: 'TRM-Curb Repair',
      createdAt: createdAt.toISOString(),
      closedAt: new Date(+createdAt + 30_000).toISOString(),
    },
    {
      serviceCode: 'TRM-Curb Repair',
      createdAt: new Date(+earlier.start + 3_600_000).toISOString(),
      closedAt: new Date(+earlier.start + 7_200_000).toISOString(),
    },
  ]) {
    expect((await request.post(HOOK, { data })).status()).toBe(201);
  }
});

type Check = { name: string; path: (l: Locale) => string; services: boolean };
const pages: Check[] = [
  { name: 'transparency page', path: (l) => `/${l}/performance`, services: true },
  { name: 'agency report', path: (l) => `/${l}/performance/agencies/DOT`, services: true },
  { name: 'methodology', path: (l) => `/${l}/performance/methodology`, services: false },
];

/** The first service's "On time" cell lies within the viewport's width, unscrolled. */
async function expectOnTimeInView(page: Page, l: Locale, width: number) {
  const cell = page
    .locator('#services-table tbody tr')
    .first()
    .locator('td[data-col="on_time_pct"]');
  await expect(cell).toBeVisible();
  const box = (await cell.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `"On time" at ${width} px`).toBeLessThanOrEqual(width);
  if (width < 768) {
    // On a phone the card says what the figure is.
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(JSON.stringify(perf(l).colOnTime));
  }
  // No table region needs scrolling to reach it.
  const scrolls = await page
    .locator('#services-table')
    .evaluate((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth);
  if (width < 768) expect(scrolls).toBe(false);
}

for (const locale of locales) {
  for (const p of pages) {
    test(`${p.name} (${locale}): phone and desktop layouts`, async ({ page }) => {
      test.slow(); // a long page, on a shared 2-core machine
      // axe runs on these pages in pages.spec.ts (every locale, 375 and 1280 px); here, layout.
      await page.setViewportSize({ width: 375, height: 812 });
      expect((await page.goto(p.path(locale)))!.status()).toBe(200);
      await expectNoHorizontalScroll(page, ' at 375 px');
      if (p.services) await expectOnTimeInView(page, locale, 375);
      if (process.env.SCREENSHOT_DIR) {
        const file = `${process.env.SCREENSHOT_DIR}/${p.name.replace(/ /g, '-')}-${locale}-375`;
        await page.screenshot({ path: `${file}.png`, fullPage: true });
        if (p.services) {
          await page.locator('#services-table summary').first().click();
          await page.screenshot({ path: `${file}-more.png`, fullPage: true });
        }
      }

      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page, ' at 320 px');
      if (p.services) await expectOnTimeInView(page, locale, 320);

      await page.setViewportSize({ width: 1280, height: 900 });
      await expectNoHorizontalScroll(page, ' at 1280 px');
      if (p.services) {
        // Full width, and every key column on screen without scrolling.
        expect((await page.locator('.layout-wide').boundingBox())!.width).toBeGreaterThan(1100);
        for (const head of [perf(locale).colOnTime, perf(locale).colMet, perf(locale).colMedian]) {
          const th = page.locator('#services-table thead th', { hasText: head }).first();
          await expect(th).toBeVisible();
          const box = (await th.boundingBox())!;
          expect(box.x + box.width, `${head} at 1280 px`).toBeLessThanOrEqual(1280);
        }
        await expectOnTimeInView(page, locale, 1280);
        // The per-row disclosure is for phones: every figure is a column here.
        await expect(page.locator('#services-table .cell--more').first()).toBeHidden();
        await expect(page.locator('#services-table td[data-col="closed"]').first()).toBeVisible();
        if (process.env.SCREENSHOT_DIR) {
          await page.locator('#services-table').scrollIntoViewIfNeeded();
          const file = `${process.env.SCREENSHOT_DIR}/${p.name.replace(/ /g, '-')}-${locale}-1280`;
          await page.screenshot({ path: `${file}.png` });
        }
      }
    });
  }

  test(`transparency page (${locale}): sorted chart with the goal, partial month, a year earlier`, async ({
    page,
  }) => {
    const t = perf(locale);
    await page.goto(`/${locale}/performance`);
    const chart = page.locator('#agency-chart');
    await expect(chart).toContainText(t.agencyChartSummary);
    // Highest on-time share first, "No data" last. The closure made above shows once the
    // snapshot's reuse window has passed (another test may have just computed it): reload till then.
    let pcts: (number | null)[] = [];
    await expect(async () => {
      await page.reload();
      const values = await chart.locator('.bar-chart__value').allTextContents();
      expect(values.length).toBeGreaterThan(1);
      pcts = values.map((v) =>
        v.startsWith(t.noData)
          ? null
          : Number(
              v
                .replace(/[^\d,.]/g, ' ')
                .trim()
                .split(' ')[0]
                .replace(',', '.'),
            ),
      );
      expect(
        pcts.some((x) => x !== null),
        'at least one agency measured',
      ).toBe(true);
    }).toPass({ timeout: 30_000 });
    const measured = pcts.filter((x): x is number => x !== null);
    expect(pcts.slice(0, measured.length)).toEqual(measured); // no-data last
    expect(measured).toEqual([...measured].sort((a, b) => b - a));
    // The goal line is said in words, and each bar gives its agency's goals.
    const [goalBefore] = t.agencyChartGoal.split('{goal}');
    await expect(chart.locator('.bar-chart__goal-note')).toContainText(goalBefore);
    await expect(chart.locator('line.bar-chart__goal').first()).toBeAttached();

    // The running month is marked partial, in the chart and in the table; earlier ones not.
    const [, partialWords] = t.monthPartial.split('{date}')[0].split('{month}');
    const monthLabels = page.locator('#month-chart .bar-chart__label');
    await expect(monthLabels.last()).toContainText(partialWords);
    const rows = page.locator('#months-table tbody th');
    await expect(rows.last()).toContainText(partialWords);
    const count = await rows.count();
    for (let i = 0; i < count - 1; i++) await expect(rows.nth(i)).not.toContainText(partialWords);

    // The same days a year earlier, beside the main figures.
    const yoy = page.locator('section.year-over-year');
    await expect(yoy.getByRole('heading', { level: 2 })).toHaveText(t.yoyHeading);
    await expect(yoy.locator('#yoy-table tbody tr')).toHaveCount(5);
    // The request made a year earlier is counted there (after the snapshot's reuse window).
    await expect(async () => {
      await page.reload();
      const earlier = yoy.locator('#yoy-table tr[data-code="received"] td').nth(1);
      expect(Number((await earlier.textContent())!.replace(/\D/g, ''))).toBeGreaterThan(0);
    }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 30_000 });
  });
}
