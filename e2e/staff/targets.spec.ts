import { expect, test, type Page } from '@playwright/test';
import targetsEn from '../../locales/en/Targets.json';
import { fiscalYearOf } from '../../lib/metrics/fiscal-year';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  expectNoHorizontalScroll,
  messages,
} from '../support';
import { makeStaff, newPage, signIn } from '../staff-support';

const t = targetsEn;
const FY = fiscalYearOf(new Date());
const NEXT = FY + 1;

/** A message with its simple {placeholders} filled in. */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

/** The table row of one service (its row header is the service's name). */
const serviceRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

async function expectAxeCleanAtAllWidths(page: Page) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAxeClean(page);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a supervisor sets next year’s pothole target: errors first, then saved and audited', async ({
  page,
  request,
}) => {
  test.slow(); // axe at three widths on four page states
  const supervisor = await makeStaff(request, 'dot-sup', 'supervisor', 'DOT');
  await signIn(page, supervisor.email);

  await page.goto('/en/staff/targets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  await expect(page.getByRole('table')).toContainText(fill(t.tableCaption, { fy: FY }));
  await expectAxeCleanAtAllWidths(page);

  // The year selector is a GET form: the year is in the address.
  await page.getByLabel(t.yearLabel).selectOption(String(NEXT));
  await page.getByRole('button', { name: t.showYear }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/targets\\?fy=${NEXT}$`));
  await expect(page.getByRole('table')).toContainText(fill(t.tableCaption, { fy: NEXT }));
  await serviceRow(page, 'Pothole').getByRole('link').click();
  await expect(page).toHaveURL(`/en/staff/targets/${NEXT}/TRM-Potholes`);
  const title = fill(t.editTitle, { service: 'Pothole', fy: NEXT });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAxeCleanAtAllWidths(page);

  // Invalid values: the summary takes focus and links to the fields; the title says "Error:".
  const days = page.getByLabel(t.daysLabel);
  const onTime = page.getByLabel(t.onTimeLabel);
  await days.fill('0');
  await onTime.fill('ninety');
  await page.getByRole('button', { name: t.save }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(t.validation.daysRange);
  await expect(summary).toContainText(t.validation.onTimeWhole);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveValue('0'); // as typed
  await expectAxeCleanAtAllWidths(page);

  // Valid values: saved, and back to the year's table, which shows them.
  const newDays = 100 + Math.floor(Math.random() * 200);
  await days.fill(String(newDays));
  await page.getByLabel(t.dayTypeBusiness).check();
  await onTime.fill('88');
  await page.getByLabel(t.satisfactionLabel).fill('77');
  await page.getByRole('button', { name: t.save }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/targets\\?fy=${NEXT}&done=saved`));
  await expect(page.getByRole('status')).toHaveText(
    fill(t.savedBanner, { service: 'Pothole', fy: NEXT }),
  );
  await expect(page).not.toHaveTitle(/^Error: /);
  const row = serviceRow(page, 'Pothole');
  await expect(row).toContainText(`${newDays} business days`);
  await expect(row).toContainText('88%');
  await expect(row).toContainText('77%');
  await expect(row).toContainText(supervisor.name);

  // The history shows who changed what, from what to what.
  await row.getByRole('link').click();
  const history = page.getByRole('table');
  await expect(history).toContainText(fill(t.historyCaption, { fy: NEXT }));
  const last = history.getByRole('row').last();
  await expect(last).toContainText(supervisor.name);
  await expect(last).toContainText(t.auditSet);
  await expect(last).toContainText(new RegExp(`${t.field.daysToClose}: .+ → ${newDays}`));
  await expect(last).toContainText(`${t.field.dayType}: `);
  await expect(last).toContainText(`→ ${t.dayTypeBusiness}`);
  await expect(page.getByLabel(t.daysLabel)).toHaveValue(String(newDays));
  await expectAxeCleanAtAllWidths(page);

  // Residents still see the target in force: this fiscal year's, not the next one.
  await page.goto('/en/services/TRM-Potholes');
  const goal = messages.en.service.targetGoal.split('{fy}')[0];
  await expect(page.getByText(`${goal}${FY} `)).toBeVisible();
  await expect(page.locator('main')).not.toContainText(`${newDays} business day`);
});

test('a target changed during its year says why, here and on the transparency page', async ({
  page,
  request,
}) => {
  const supervisor = await makeStaff(request, 'sw-midyear', 'supervisor', 'DPW-SW');
  await signIn(page, supervisor.email);
  await page.goto(`/en/staff/targets/${FY}/${encodeURIComponent('SW-Graffiti Removal')}`);
  const goal = page.getByLabel(t.onTimeLabel);
  const before = Number(await goal.inputValue());
  const after = before === 90 ? 80 : 90;
  await goal.fill(String(after));
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.locator('.error-summary')).toContainText(t.validation.reasonRequired);
  await expectAxeCleanAtAllWidths(page);
  const reason = `Crews moved to snow removal ${Date.now()}`;
  await page.getByLabel(t.reasonLabel).fill(reason);
  await page.getByRole('button', { name: t.save }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/targets\\?fy=${FY}&done=saved`));

  // The public row gives the target in force and how it changed, with the reason.
  await expect(async () => {
    await page.goto('/en/performance');
    const row = page.locator('#services-table tr[data-code="SW-Graffiti Removal"]');
    await expect(row.locator('.target-change')).toContainText(`${before} → ${after}`, {
      timeout: 1_000,
    });
    await expect(row.locator('.target-change')).toContainText(reason, { timeout: 1_000 });
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 30_000 });
});

test('a year that has ended is shown read only', async ({ page, request }) => {
  const supervisor = await makeStaff(request, 'dot-past', 'supervisor', 'DOT');
  await signIn(page, supervisor.email);
  await page.goto(`/en/staff/targets?fy=${FY - 1}`);
  await expect(page.getByText(fill(t.pastYearNote, { fy: FY - 1 }))).toBeVisible();
  await serviceRow(page, 'Pothole').getByRole('link').click();
  await expect(page).toHaveURL(`/en/staff/targets/${FY - 1}/TRM-Potholes`);
  await expect(page.getByText(fill(t.pastYearNote, { fy: FY - 1 }))).toBeVisible();
  await expect(page.getByRole('button', { name: t.save })).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^Pothole: target for fiscal year ${FY - 1}`));
  await expectAxeCleanAtAllWidths(page);
});

test('agents and other agencies do not find the targets pages', async ({ browser, request }) => {
  const agent = await makeStaff(request, 'dot-agent', 'agent', 'DOT');
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent.email);
  for (const path of ['/en/staff/targets', `/en/staff/targets/${NEXT}/TRM-Potholes`]) {
    const res = await agentPage.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(agentPage.getByRole('heading', { level: 1 })).toHaveText(
      messages.en.common.notFoundTitle,
    );
  }

  // A Solid Waste supervisor has targets of their own, but not Transportation's.
  const sw = await makeStaff(request, 'sw-sup', 'supervisor', 'DPW-SW');
  const swPage = await newPage(browser);
  await signIn(swPage, sw.email);
  await swPage.goto('/en/staff/targets');
  await expect(serviceRow(swPage, 'Pothole')).toHaveCount(0);
  const res = await swPage.goto(`/en/staff/targets/${NEXT}/TRM-Potholes`);
  expect(res?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the target form works as a plain form, errors included', async ({ page, request }) => {
    const supervisor = await makeStaff(request, 'dot-nojs', 'supervisor', 'DOT');
    await signIn(page, supervisor.email);
    // A code with spaces, percent-encoded in the address.
    await page.goto(`/en/staff/targets/${NEXT}/${encodeURIComponent('TRM-Curb Repair')}`);
    await page.getByLabel(t.satisfactionLabel).fill('');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: t.save }).click();
    const html = await (await refused).text();
    await expect(page.locator('.error-summary')).toContainText(t.validation.satisfactionRequired);
    await expect(page).toHaveTitle(/^Error: /);
    await expectAxeCleanWithoutJs(page, html);

    await page.getByLabel(t.satisfactionLabel).fill('70');
    await page.getByRole('button', { name: t.save }).click();
    await expect(page).toHaveURL(new RegExp(`/en/staff/targets\\?fy=${NEXT}&done=`));
    await expect(page.getByRole('status')).toContainText('Damaged curb');
  });
});
