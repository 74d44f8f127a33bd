import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { formKey, messages, requestsForKey, reachCheckAnswers } from '../support';
import { heicDeclaring, sampleHeic } from '../../test/heic';

const m = messages.en;

async function gpsJpeg() {
  return sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 90, b: 90 } },
  })
    .jpeg()
    .withExif({
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 17/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '76/1 36/1 0/1',
      },
    })
    .toBuffer();
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a photo is checked by content, kept across corrections and sent with the request', async ({
      page,
    }) => {
      await page.goto('/en/services/HCD-Illegal%20Dumping/request');
      const key = await formKey(page);
      await page.locator('input[name="attr__DUMPED_ITEMS"]').first().check();
      await page.getByLabel(m.form.addressLabel).fill('1500 W North Ave');
      await page.getByLabel(m.form.zipLabel).fill('21217');
      // Not an image, whatever its name and declared type say: the server sniffs the content.
      await page.getByLabel(m.form.photoLabel).setInputFiles({
        name: 'dump.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('<html>not a photo</html>'),
      });
      await page.getByRole('button', { name: m.form.continue }).click();
      await expect(page.locator('#photo-error')).toContainText(m.validation.photo.type);

      // A real photo, with another answer now wrong: the photo is kept while it is corrected.
      await page
        .getByLabel(m.form.photoLabel)
        .setInputFiles({ name: 'dump.jpg', mimeType: 'image/jpeg', buffer: await gpsJpeg() });
      await page.getByLabel(m.form.zipLabel).fill('90210');
      await page.getByRole('button', { name: m.form.continue }).click();
      if (js) {
        // The browser catches the ZIP first; the photo goes up with the corrected form.
        await expect(page.locator('#zip-error')).toContainText(m.validation.zip.notBaltimore);
      } else {
        await expect(page.locator('#zip-error')).toContainText(m.validation.zip.notBaltimore);
        await expect(page.getByText(/Photo 1 \(\d+ KB\)/)).toBeVisible();
      }
      await page.getByLabel(m.form.zipLabel).fill('21217');
      await page.getByRole('button', { name: m.form.continue }).click();
      await reachCheckAnswers(page, m.form);
      await expect(page.getByText(/Photo 1 \(\d+ KB\)/)).toBeVisible();
      await page.getByRole('button', { name: m.form.submit }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
      expect(await requestsForKey(page.request, key)).toBe(1);
    });

    test('an iPhone (HEIC) photo is decoded; one whose header declares a huge image is refused first', async ({
      page,
    }) => {
      await page.goto('/en/services/HCD-Illegal%20Dumping/request');
      const key = await formKey(page);
      await page.locator('input[name="attr__DUMPED_ITEMS"]').first().check();
      await page.getByLabel(m.form.addressLabel).fill('1500 W North Ave');
      await page.getByLabel(m.form.zipLabel).fill('21217');
      // Under 1 KB, declaring 100,000 × 100,000 pixels: refused from its header, never decoded.
      await page.getByLabel(m.form.photoLabel).setInputFiles({
        name: 'crafted.heic',
        mimeType: 'image/heic',
        buffer: heicDeclaring(100_000, 100_000),
      });
      await page.getByRole('button', { name: m.form.continue }).click();
      await expect(page.locator('#photo-error')).toContainText(m.validation.photo.dimensions);
      await expect(page.getByLabel(m.form.addressLabel)).toHaveValue('1500 W North Ave');

      // A real one goes through the decoder (a worker thread in the production build).
      await page
        .getByLabel(m.form.photoLabel)
        .setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: sampleHeic() });
      await page.getByRole('button', { name: m.form.continue }).click();
      await reachCheckAnswers(page, m.form);
      await expect(page.getByText(/Photo 1 \(\d+ KB\)/)).toBeVisible();
      await page.getByRole('button', { name: m.form.submit }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
      expect(await requestsForKey(page.request, key)).toBe(1);
    });
  });
}
