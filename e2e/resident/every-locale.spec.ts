import { expect, test } from '@playwright/test';
import { localeDir } from '../../lib/i18n/config';
import { formatMessage, locales, messages, reachCheckAnswers, type Locale } from '../support';

const TRACKING = /BAL-\d{2}-\d{6}/;

/**
 * The whole resident journey in every language the portal speaks (the list comes from
 * lib/i18n/config.ts: a new locale is tested without touching this file), with and without
 * JavaScript: home → search in that language → service → request → check answers →
 * confirmation → tracking, then the transparency page. The words typed and clicked come from
 * that language's own files, so a missing or untranslated message fails here.
 */
for (const locale of locales) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
      test.use({ javaScriptEnabled });
      test(`report a pothole in ${locale} and follow it`, async ({ page }) => {
        await journey(page, locale);
      });
    });
  }
}

async function journey(page: import('@playwright/test').Page, locale: Locale) {
  const m = messages[locale];
  const say = (message: string) => formatMessage(message, {}, locale);
  const pothole = m.catalogue.services['TRM-Potholes'];

  await page.goto(`/${locale}`);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', localeDir(locale));
  // A word residents of this language type for a pothole (its catalogue's first keyword).
  await page.getByLabel(say(m.home.searchLabel)).fill(pothole.keywords[0]);
  await page.getByRole('button', { name: say(m.home.searchButton), exact: true }).click();
  await page.getByRole('link', { name: pothole.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pothole.name);
  await page.getByRole('link', { name: say(m.service.start) }).click();

  await page
    .getByLabel(pothole.questions!.POTHOLE_LOCATION.options!.street, { exact: true })
    .check();
  await page.getByLabel(say(m.form.addressLabel), { exact: true }).fill('100 N Holliday St');
  await page.getByLabel(say(m.form.zipLabel)).fill('21202');
  await page.getByLabel(say(m.form.descriptionLabel)).fill(`${locale}: deep hole, right lane`);
  await page.getByRole('button', { name: say(m.form.continue) }).click();

  await reachCheckAnswers(page, m.form);
  // The address keeps its order, whatever the page's direction.
  await expect(page.getByText('100 N Holliday St').first()).toBeVisible();
  await page.getByRole('button', { name: say(m.form.submit) }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(m.confirmation.title));
  const number = (await page.locator('.tracking-number').first().textContent())!.trim();
  expect(number).toMatch(TRACKING);

  await page.getByRole('link', { name: say(m.confirmation.trackLink) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.getByText(say(m.status.new), { exact: true })).toBeVisible();

  await page.goto(`/${locale}/performance`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(m.performance.title));
  await expect(page.locator('html')).toHaveAttribute('lang', locale);

  // The accessibility statement says, in this language, how its text was made and which
  // languages the portal speaks.
  await page.goto(`/${locale}/accessibility`);
  await expect(page.locator('#translation')).toHaveText(say(m.accessibility.translation));
  await expect(page.getByText(say(m.accessibility.can4))).toBeVisible();
}
