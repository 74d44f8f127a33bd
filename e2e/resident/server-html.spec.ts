import { expect, test } from '@playwright/test';

/**
 * The transparency page's tables and charts are server HTML that React neither hydrates nor
 * receives in the page's payload (performance/_components/ServerHtml.tsx; the budget script
 * checks the payload). Here: they are there once the page's JavaScript has run, with no
 * hydration error, and still there after leaving the page inside the app and coming back.
 */
test('tables stay through hydration, a visit elsewhere and back', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/performance');
  await page.waitForLoadState('networkidle');
  const rows = page.locator('#services-table tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('#agency-chart')).toBeVisible();

  // Inside the app (a client-side navigation), then back through history.
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'Accessibility statement' })
    .click();
  await expect(page).toHaveURL(/\/en\/accessibility$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/performance$/);
  await expect(rows).toHaveCount(count);
  await expect(page.locator('#agency-chart')).toBeVisible();
  expect(errors).toEqual([]);
});

test('reached from another page, the tables are there', async ({ page }) => {
  await page.goto('/en');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /targets and results/ })
    .click();
  await expect(page).toHaveURL(/\/en\/performance$/);
  await expect(page.locator('#services-table tbody tr').first()).toBeVisible();
});
