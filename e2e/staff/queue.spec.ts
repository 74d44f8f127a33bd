import { expect, test } from '@playwright/test';
import staffEn from '../../locales/en/Staff.json';
import queueEn from '../../locales/en/Queue.json';
import { expectAxeClean, expectNoHorizontalScroll, tabTo } from '../support';
import { ADMIN, signIn } from '../staff-support';

test('the queue lists requests, filters by URL, works by keyboard, is axe-clean and reflows', async ({
  page,
  request,
}) => {
  // A request to find, sent through Open311.
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'SW-Dirty Alley',
      address_string: '77 Queue Test Alley, Baltimore, MD 21231',
      description: 'queue e2e marker',
    },
  });
  const [{ service_request_id: id }] = await res.json();

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('table')).toBeVisible();
  await expectAxeClean(page);

  // Keyboard only: open the filters, search for the request and apply.
  await tabTo(page, page.locator('summary', { hasText: queueEn.filtersSummary }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel(staffEn.filterText));
  await page.keyboard.type(id);
  await tabTo(page, page.getByRole('button', { name: staffEn.applyFilters }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${id}`));
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('77 Queue Test Alley');

  // The view is a URL: bookmarkable and shareable.
  await page.goto(`/en/staff?status=closed&q=${id}`);
  await expect(page.getByText(staffEn.queueEmpty)).toBeVisible();
  await expectAxeClean(page);

  await page.goto('/en/staff');
  // Phone, 200% zoom of a 1280 px window (640 CSS px) and a tablet: nothing runs off the side.
  for (const width of [320, 640, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAxeClean(page);
});
