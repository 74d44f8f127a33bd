import { expect, test } from '@playwright/test';
import catalogueEn from '../../locales/en/CatalogueAdmin.json';
import adminEn from '../../locales/en/Admin.json';
import validationEn from '../../locales/en/Validation.json';
import catalogueEs from '../../locales/es/catalogue.json';
import catalogueTextEn from '../../locales/en/catalogue.json';
import { expectAxeClean, expectNoHorizontalScroll, fillMessage, formatMessage } from '../support';
import { makeStaff, staffPage } from '../staff-support';

const t = catalogueEn;
// A service no other browser test reads; its Spanish name is put back at the end.
const CODE = 'HCD-Vacant Building';
const original = catalogueEs.services[CODE].name;

test('an admin corrects a Spanish service name in the console; residents read it; errors change nothing', async ({
  browser,
  request,
}) => {
  const admin = await makeStaff(request, 'Catalogue Admin', 'admin', null);
  const page = await staffPage(browser, admin.email);
  await page.getByRole('link', { name: adminEn.navCatalogue }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.listTitle);
  await expectAxeClean(page);

  const englishName = catalogueTextEn.services[CODE].name;
  await page
    .getByRole('link', {
      name: fillMessage(t.editIn, { service: englishName, language: 'Español' }),
    })
    .click();
  const name = page.getByLabel(t.fieldName, { exact: true });
  await expect(name).toHaveValue(original);
  // The box takes the language it is written in; the English text is beside it.
  await expect(name).toHaveAttribute('lang', 'es');
  await expect(page.getByText(fillMessage(t.inEnglish, { text: englishName }))).toBeVisible();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAxeClean(page);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // An empty name: the error summary, "Error:" in the title, nothing saved.
  await name.fill('   ');
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.locator('.error-summary')).toContainText(validationEn.catalogue.required);
  await expect(page).toHaveTitle(/^Error: /);
  const resident = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await resident.goto(`/es/services/${encodeURIComponent(CODE)}`);
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(original);

  try {
    await page
      .getByLabel(t.fieldName, { exact: true })
      .fill('Edificio vacío o abierto (corregido)');
    await page.getByRole('button', { name: t.save }).click();
    await expect(page.getByRole('status')).toHaveText(formatMessage(t.saved, { count: 1 }));
    await resident.reload();
    await expect(resident.getByRole('heading', { level: 1 })).toHaveText(
      'Edificio vacío o abierto (corregido)',
    );
  } finally {
    await page.goto(`/en/staff/admin/catalogue/${encodeURIComponent(CODE)}/es`);
    await page.getByLabel(t.fieldName, { exact: true }).fill(original);
    await page.getByRole('button', { name: t.save }).click();
    await expect(page.getByRole('status')).toBeVisible();
  }
});

test('staff without the catalogue right are not shown the editor', async ({ browser, request }) => {
  const agent = await makeStaff(request, 'Catalogue Agent', 'agent', 'DOT');
  const page = await staffPage(browser, agent.email);
  await expect(page.getByRole('link', { name: adminEn.navCatalogue })).toHaveCount(0);
  const res = await page.goto(`/en/staff/admin/catalogue/${encodeURIComponent(CODE)}/es`);
  expect(res?.status()).toBe(404);
});
