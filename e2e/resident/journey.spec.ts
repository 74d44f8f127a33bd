import { expect, test, type Page } from '@playwright/test';
import {
  formKey,
  messages,
  requestsForKey,
  tabTo,
  type Locale,
  reachCheckAnswers,
} from '../support';

const TRACKING = /BAL-\d{2}-\d{6}/;

/** Search → service → form → check → confirmation → tracking, by pointer. */
async function reportPothole(page: Page, locale: Locale, search: string) {
  const m = messages[locale];
  const visited: string[] = [];
  page.on('request', (r) => visited.push(r.url()));
  await page.goto(`/${locale}`);
  await page.getByLabel(m.home.searchLabel).fill(search);
  await page.getByRole('button', { name: m.home.searchButton, exact: true }).click();
  await page
    .getByRole('link', { name: locale === 'es' ? 'Bache' : 'Pothole', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    locale === 'es' ? 'Bache' : 'Pothole',
  );
  await page.getByRole('link', { name: m.service.start }).click();

  await page.getByLabel(locale === 'es' ? 'En la calle' : 'In the street').check();
  await page.getByLabel(m.form.addressLabel).fill('100 N Holliday St');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  await page.getByLabel(m.form.descriptionLabel).fill('Hoyo profundo en el carril derecho');
  await page.getByLabel(m.form.emailLabel).fill('vecina@example.com');
  await page.getByLabel(m.form.consentLabel).check();
  const key = await formKey(page);
  await page.getByRole('button', { name: m.form.continue }).click();

  await reachCheckAnswers(page, m.form);
  await expect(page.getByText('100 N Holliday St')).toBeVisible();
  await expect(page.getByText('vecina@example.com')).toBeVisible();
  await page.getByRole('button', { name: m.form.submit }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  const number = (await page.locator('.tracking-number').textContent())!.trim();
  expect(number).toMatch(TRACKING);
  expect(await requestsForKey(page.request, key)).toBe(1);

  await page.getByRole('link', { name: m.confirmation.trackLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.getByText(m.status.new, { exact: true })).toBeVisible();
  await expect(page.getByText(m.tracking.eventSubmitted)).toBeVisible();
  // The public page never shows contact details, and no URL on the way carried them.
  await expect(page.getByText('vecina@example.com')).toHaveCount(0);
  for (const url of visited) expect(url).not.toContain('vecina');
  return number;
}

test('Spanish, with JavaScript: search “bache” → request → confirmation → tracking', async ({
  page,
}) => {
  await reportPothole(page, 'es', 'bache');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Spanish: the same journey works as plain HTML forms', async ({ page }) => {
    await reportPothole(page, 'es', 'hoyo');
  });
});

test('English, keyboard only', async ({ page }) => {
  const m = messages.en;
  await page.goto('/en');
  await tabTo(page, page.getByLabel(m.home.searchLabel));
  await page.keyboard.type('potholes');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/services\?q=potholes/);
  await tabTo(page, page.getByRole('link', { name: 'Pothole', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: m.service.start }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByLabel('In the street'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel(m.form.addressLabel));
  await page.keyboard.type('2400 N Charles St');
  await page.keyboard.press('Tab');
  await page.keyboard.type('21218');
  await tabTo(page, page.getByRole('button', { name: m.form.continue }));
  await page.keyboard.press('Enter');

  await reachCheckAnswers(page, m.form);
  await tabTo(page, page.getByRole('button', { name: m.form.submit }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);

  // Rate "how easy was it?" by keyboard too.
  await tabTo(page, page.getByLabel(m.confirmation.ease5));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: m.confirmation.easeSubmit }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(m.confirmation.easeThanks)).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: m.confirmation.trackLink }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BAL-');
});
