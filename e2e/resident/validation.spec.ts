import { expect, test, type Page } from '@playwright/test';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  formKey,
  messages,
  requestsForKey,
} from '../support';

const FORM = '/en/services/TRM-Potholes/request';
const m = messages.en;

async function expectFieldError(page: Page, field: string, message: string) {
  const input = page.locator(`#${field}`);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain(`${field}-error`);
  await expect(page.locator(`#${field}-error`)).toContainText(message);
  await expect(page.locator('.error-summary').getByRole('link', { name: message })).toHaveAttribute(
    'href',
    `#${field}`,
  );
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('an empty submission shows every error and stores nothing', async ({ page }) => {
      await page.goto(FORM);
      const key = await formKey(page);
      await page.getByRole('button', { name: m.form.continue }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('heading')).toHaveText(m.form.errorSummaryTitle);
      if (js) await expect(summary).toBeFocused();
      await expectFieldError(page, 'address', m.validation.address.required);
      await expectFieldError(page, 'zip', m.validation.zip.required);
      // The radio group's error is on its fieldset; the summary links to its first option.
      await expect(page.locator('#attr__POTHOLE_LOCATION-error')).toContainText(
        'Which part of the street is it in?',
      );
      expect(await requestsForKey(page.request, key)).toBe(0);
    });

    test('invalid answers keep what was typed, explain each problem, store nothing', async ({
      page,
    }) => {
      await page.goto(FORM);
      const key = await formKey(page);
      await page.getByLabel('In a crosswalk').check();
      await page.getByLabel(m.form.addressLabel).fill('1 Main St');
      await page.getByLabel(m.form.zipLabel).fill('90210');
      await page.getByLabel(m.form.emailLabel).fill('not-an-email');
      await page.getByLabel(m.form.descriptionLabel).fill('Hole <script>alert(1)</script>');
      const posted = js ? null : page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: m.form.continue }).click();
      await expectFieldError(page, 'zip', m.validation.zip.notBaltimore);
      await expectFieldError(page, 'contactEmail', m.validation.contactEmail.format);
      await expectFieldError(page, 'description', m.validation.description.markup);
      await expect(page.getByLabel(m.form.addressLabel)).toHaveValue('1 Main St');
      await expect(page.getByLabel(m.form.zipLabel)).toHaveValue('90210');
      await expect(page.getByLabel('In a crosswalk')).toBeChecked();
      await expect(page).toHaveTitle(/^Error: /);
      if (js) await expectAxeClean(page);
      else await expectAxeCleanWithoutJs(page, await (await posted!).text());
      expect(await requestsForKey(page.request, key)).toBe(0);

      // Clicking a summary link moves focus to the field.
      await page
        .locator('.error-summary')
        .getByRole('link', { name: m.validation.zip.notBaltimore })
        .click();
      if (js) await expect(page.getByLabel(m.form.zipLabel)).toBeFocused();
    });
  });
}

test('errors are in the page language (Spanish)', async ({ page }) => {
  const es = messages.es;
  await page.goto('/es/services/TRM-Potholes/request');
  await page.getByRole('button', { name: es.form.continue }).click();
  await expect(page.locator('.error-summary')).toContainText(es.validation.zip.required);
  await expect(page.locator('.error-summary')).toContainText('¿En qué parte de la calle está?');
});
