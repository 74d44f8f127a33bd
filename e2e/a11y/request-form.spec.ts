import fs from 'node:fs';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import {
  expectAxeClean,
  expectNoHorizontalScroll,
  locales,
  messages,
  type Locale,
  reachCheckAnswers,
} from '../support';

/**
 * The request form's newer states in every language: refused answers (address, date, photo)
 * and "check your answers" with a position, a landmark, a date and photos. Axe at phone and
 * desktop widths, reflow at 320 px, and at 200% text size.
 */
const DUMPING = (l: Locale) => `/${l}/services/HCD-Illegal%20Dumping/request`;

async function expectAccessibleEverywhere(page: Page) {
  await page.setViewportSize({ width: 375, height: 812 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  // WCAG 1.4.4: text at 200% still fits a phone.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoHorizontalScroll(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
}

async function smallPhoto(shade: number) {
  const buffer = await sharp({
    create: { width: 200, height: 150, channels: 3, background: { r: shade, g: 80, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  return { name: `photo-${shade}.jpg`, mimeType: 'image/jpeg', buffer };
}

test.use({ geolocation: { latitude: 39.3105, longitude: -76.6405 }, permissions: ['geolocation'] });

for (const l of locales) {
  const m = messages[l];

  test(`request form with a refused address, date and photo (${l})`, async ({ page }) => {
    await page.goto(DUMPING(l));
    await page.locator('input[name="attr__DUMPED_ITEMS"]').first().check();
    await page.getByLabel(m.form.addressLabel, { exact: true }).fill('asdf');
    await page.getByLabel(m.form.zipLabel).fill('21217');
    await page.locator('#attr__DUMPED_AT').fill('2999-01-01');
    const big = Buffer.alloc(12 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const file = test.info().outputPath('big.jpg');
    fs.writeFileSync(file, big);
    await page.getByLabel(m.form.photoLabel).setInputFiles(file);
    await page.getByRole('button', { name: m.form.continue }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText(m.validation.address.format);
    await expect(summary).toContainText(m.validation.photo.tooLarge);
    await expect(page.locator('#attr__DUMPED_AT-error')).toBeVisible();
    await expectAccessibleEverywhere(page);
  });

  test(`check your answers with a position, landmark, date and photos (${l})`, async ({ page }) => {
    await page.goto(DUMPING(l));
    await page.locator('input[name="attr__DUMPED_ITEMS"]').first().check();
    await page.getByRole('button', { name: m.form.useMyLocation }).click();
    await page.getByLabel(m.form.landmarkLabel).fill('Behind the bus shelter');
    await page.locator('#attr__DUMPED_AT').fill('2024-03-05');
    await page
      .getByLabel(m.form.photoLabel)
      .setInputFiles([await smallPhoto(60), await smallPhoto(200)]);
    await expectAccessibleEverywhere(page);
    await page.getByRole('button', { name: m.form.continue }).click();
    await reachCheckAnswers(page, m.form);
    await expectAccessibleEverywhere(page);
    // Back on the form with the photos listed and their Remove buttons.
    await page.getByRole('button', { name: `${m.form.change} ${m.form.checkPhoto}` }).click();
    await expect(page.locator('#photo')).toBeFocused();
    await expectAccessibleEverywhere(page);
  });
}
