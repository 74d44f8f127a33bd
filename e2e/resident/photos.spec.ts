import fs from 'node:fs';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  fillMessage,
  formKey,
  messages,
  requestPlace,
  requestsForKey,
  reachCheckAnswers,
} from '../support';

const m = messages.en;
const FORM = '/en/services/TRM-Potholes/request';
const MB = 1024 * 1024;

/** A small real photo (a few tens of KB once re-encoded). */
async function photo(name: string, shade = 90) {
  const noise = Buffer.alloc(160 * 120 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + shade * 31) % 251;
  const buffer = await sharp(noise, { raw: { width: 160, height: 120, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

/**
 * A JPEG by its first bytes, padded past the 10 MB limit. Written to a file: the browser reads
 * it from disk, which is much faster than sending the bytes through the test protocol.
 */
function bigPhoto(bytes = 12 * MB, name = 'big.jpg') {
  const buffer = Buffer.alloc(bytes);
  buffer.set([0xff, 0xd8, 0xff, 0xe0]);
  const file = test.info().outputPath(name);
  fs.writeFileSync(file, buffer);
  return file;
}

async function fillAnswers(page: Page) {
  await page.getByLabel('In a crosswalk').check();
  await page.getByLabel(m.form.addressLabel).fill('1500 W North Ave');
  await page.getByLabel(m.form.zipLabel).fill('21217');
  await page.getByLabel(m.form.descriptionLabel).fill('Deep hole by the curb');
  await page.getByLabel(m.form.emailLabel).fill('resident@example.com');
}

async function expectAnswersKept(page: Page) {
  await expect(page.getByLabel('In a crosswalk')).toBeChecked();
  await expect(page.getByLabel(m.form.addressLabel)).toHaveValue('1500 W North Ave');
  await expect(page.getByLabel(m.form.zipLabel)).toHaveValue('21217');
  await expect(page.getByLabel(m.form.descriptionLabel)).toHaveValue('Deep hole by the curb');
  await expect(page.getByLabel(m.form.emailLabel)).toHaveValue('resident@example.com');
}

const photoItem = (n: number) =>
  new RegExp(
    `${fillMessage(m.form.photoItem, { number: String(n), size: '\\d+ KB' }).replace(/[()]/g, '\\$&')}`,
  );

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a 12 MB photo gets the form back with its message and every answer kept, never a 500', async ({
      page,
    }) => {
      await page.goto(FORM);
      const key = await formKey(page);
      await fillAnswers(page);
      await page.getByLabel(m.form.photoLabel).setInputFiles(bigPhoto());
      const posted = js ? null : page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: m.form.continue }).click();
      if (posted) expect((await posted).status()).toBe(200);
      await expect(page.locator('#photo-error')).toContainText(m.validation.photo.tooLarge);
      await expect(
        page.locator('.error-summary').getByRole('link', { name: m.validation.photo.tooLarge }),
      ).toHaveAttribute('href', '#photo');
      await expectAnswersKept(page);
      if (js) await expectAxeClean(page);
      else await expectAxeCleanWithoutJs(page, await (await posted!).text());
      expect(await requestsForKey(page.request, key)).toBe(0);
    });

    test('three photos can be attached, a fourth is refused, and all three are sent', async ({
      page,
    }) => {
      await page.goto(FORM);
      const key = await formKey(page);
      await fillAnswers(page);
      const four = await Promise.all(['a', 'b', 'c', 'd'].map((n, i) => photo(`${n}.jpg`, i * 40)));
      await page.getByLabel(m.form.photoLabel).setInputFiles(four);
      await page.getByRole('button', { name: m.form.continue }).click();
      await expect(page.locator('#photo-error')).toContainText(m.validation.photo.tooMany);
      await expectAnswersKept(page);

      await page.getByLabel(m.form.photoLabel).setInputFiles(four.slice(0, 3));
      await page.getByRole('button', { name: m.form.continue }).click();
      await reachCheckAnswers(page, m.form);
      // Sizes below 1 MB in KB, never "0.0 MB".
      for (const n of [1, 2, 3]) await expect(page.getByText(photoItem(n))).toBeVisible();
      await expect(page.getByText(/0\.0 MB/)).toHaveCount(0);

      // Back on the form: the three are listed, and there is no fourth to add.
      await page.getByRole('button', { name: `${m.form.change} ${m.form.checkPhoto}` }).click();
      await expect(page.getByText(m.form.photosFull)).toBeVisible();
      await expect(page.locator('input[type="file"]')).toHaveCount(0);
      await page.getByRole('button', { name: m.form.continue }).click();
      await reachCheckAnswers(page, m.form);
      await page.getByRole('button', { name: m.form.submit }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
      expect((await requestPlace(page.request, key))?.photos).toBe(3);
    });

    test('Enter in a text field never removes a photo', async ({ page }) => {
      await page.goto(FORM);
      await fillAnswers(page);
      await page.getByLabel(m.form.photoLabel).setInputFiles(await photo('a.jpg'));
      await page.getByRole('button', { name: m.form.continue }).click();
      await reachCheckAnswers(page, m.form);
      await page
        .getByRole('button', { name: `${m.form.change} ${m.form.checkDescription}` })
        .click();
      // The form now lists the photo with its Remove button (a submit button, first in the form).
      await expect(
        page.getByRole('button', { name: fillMessage(m.form.removePhoto, { number: '1' }) }),
      ).toBeVisible();
      await page.getByLabel(m.form.descriptionLabel).fill('Deeper than it looks');
      await page.getByLabel(m.form.addressLabel).press('Enter');
      await reachCheckAnswers(page, m.form);
      await expect(page.getByText(photoItem(1))).toBeVisible();
      await expect(page.getByText('Deeper than it looks')).toBeVisible();
    });

    test('a photo can be removed with its own button', async ({ page }) => {
      await page.goto(FORM);
      await fillAnswers(page);
      await page
        .getByLabel(m.form.photoLabel)
        .setInputFiles([await photo('a.jpg'), await photo('b.jpg', 200)]);
      await page.getByRole('button', { name: m.form.continue }).click();
      await reachCheckAnswers(page, m.form);
      await page.getByRole('button', { name: `${m.form.change} ${m.form.checkPhoto}` }).click();
      await page
        .getByRole('button', { name: fillMessage(m.form.removePhoto, { number: '1' }) })
        .click();
      await expect(page.getByText(photoItem(2))).toHaveCount(0);
      await expect(page.getByText(photoItem(1))).toBeVisible();
      if (js) await expect(page.getByLabel(m.form.photoLabel)).toBeFocused();
      await expectAnswersKept(page);
    });
  });
}

test.describe('without JavaScript, over the form’s limit', () => {
  test.use({ javaScriptEnabled: false });
  test('photos larger than any form may carry get a page that says so (413), not a 500', async ({
    page,
  }) => {
    await page.goto('/es/services/TRM-Potholes/request');
    await page
      .getByLabel(messages.es.form.photoLabel)
      .setInputFiles(['a.jpg', 'b.jpg', 'c.jpg'].map((name) => bigPhoto(14 * MB, name)));
    const posted = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: messages.es.form.continue }).click();
    const res = await posted;
    expect(res.status()).toBe(413);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      messages.es.form.tooLargeTitle,
    );
    await expect(
      page.getByRole('link', { name: messages.es.form.tooLargeRestart }),
    ).toHaveAttribute('href', '/es/services/TRM-Potholes/request');
    await expectAxeCleanWithoutJs(page, await res.text());
  });
});
