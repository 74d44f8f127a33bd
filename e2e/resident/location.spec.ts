import { expect, test, type Page } from '@playwright/test';
import triageEn from '../../locales/en/Triage.json';
import { makeStaff, staffPage } from '../staff-support';
import {
  expectAxeClean,
  expectNoHorizontalScroll,
  fillMessage,
  formKey,
  messages,
  requestPlace,
  requestsForKey,
  type Locale,
  reachCheckAnswers,
} from '../support';

const FORM = (l: Locale) => `/${l}/services/SW-Dirty%20Alley/request`;
const CITY_HALL = { latitude: 39.2904, longitude: -76.6122 };
const TOWSON = { latitude: 39.4015, longitude: -76.6019 };
const MINUS = '\u2212';

async function locate(page: Page, l: Locale) {
  const m = messages[l].form;
  await page.getByRole('button', { name: m.useMyLocation }).click();
  await expect(page.getByRole('button', { name: m.removeLocation })).toBeVisible();
}

/** Axe at phone and desktop widths, and reflow at 320 px. */
async function expectAccessible(page: Page) {
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 375, height: 812 });
}

test.describe('inside the city', () => {
  test.use({ geolocation: CITY_HALL, permissions: ['geolocation'] });

  for (const l of ['en', 'es'] as const) {
    test(`“Use my current location” sends the position and a landmark, and they are stored (${l})`, async ({
      page,
      browser,
    }) => {
      const m = messages[l].form;
      await page.goto(FORM(l));
      const key = await formKey(page);
      await locate(page, l);
      // What the page says is what it holds: the position, in this language's number format.
      // US Spanish writes a decimal point too (lib/i18n/format-locale.ts).
      const [lat, long] = ['39.2904', `${MINUS}76.6122`];
      await expect(page.getByRole('status')).toHaveText(fillMessage(m.located, { lat, long }));
      await expect(page.locator('input[name="lat"]')).toHaveValue('39.290400');
      await expect(page.locator('input[name="long"]')).toHaveValue('-76.612200');
      // With a position, the street address and ZIP are optional, and a landmark may be added.
      await expect(
        page.getByLabel(fillMessage(m.optionalLabel, { label: m.addressLabel })),
      ).toBeVisible();
      await expect(
        page.getByLabel(fillMessage(m.optionalLabel, { label: m.zipLabel })),
      ).toBeVisible();
      await page.getByLabel(m.landmarkLabel).fill('Opposite the library');
      await expectAccessible(page);
      await page.getByRole('button', { name: m.continue }).click();

      await reachCheckAnswers(page, m);
      const near = fillMessage(m.nearCoordinates, { lat, long });
      await expect(page.locator('.summary-list')).toContainText(near);
      await expect(page.locator('.summary-list')).toContainText('Opposite the library');
      await expectAccessible(page);
      await page.getByRole('button', { name: m.submit }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        messages[l].confirmation.title,
      );
      expect(await requestPlace(page.request, key)).toMatchObject({
        lat: 39.2904,
        long: -76.6122,
        locationNote: 'Opposite the library',
        address: '',
        zip: null,
      });
      // The tracking page says where, in words, in this language's numbers, with the landmark.
      await page.getByRole('link', { name: messages[l].confirmation.trackLink }).click();
      await expect(page.locator('.summary-list')).toContainText(
        fillMessage(messages[l].tracking.nearCoordinates, { lat, long }),
      );
      await expect(page.locator('.summary-list')).toContainText('Opposite the library');
      if (l === 'en') {
        // The crew's page gives the landmark with the position: it is how they find the spot.
        const tn = /\/requests\/([^/?]+)/.exec(page.url())![1];
        const { email } = await makeStaff(page.request, 'Alley Agent', 'agent', 'DPW-SW');
        const staff = await staffPage(browser, email);
        await staff.goto(`/en/staff/requests/${tn}`);
        await expect(staff.locator('main')).toContainText(
          fillMessage(triageEn.landmark, { note: 'Opposite the library' }),
        );
        await staff.context().close();
      }
    });
  }

  test('the position goes with an address too, and can be removed again', async ({ page }) => {
    const m = messages.en.form;
    await page.goto(FORM('en'));
    const key = await formKey(page);
    await locate(page, 'en');
    await page.getByRole('button', { name: m.removeLocation }).click();
    await expect(page.locator('input[name="lat"]')).toHaveValue('');
    await expect(page.getByLabel(m.landmarkLabel)).toHaveCount(0);
    await expect(page.getByLabel(m.addressLabel, { exact: true })).toBeVisible();
    await locate(page, 'en');
    await page
      .getByLabel(fillMessage(m.optionalLabel, { label: m.addressLabel }))
      .fill('300 E Lafayette Ave');
    await page.getByLabel(fillMessage(m.optionalLabel, { label: m.zipLabel })).fill('21202');
    await page.getByRole('button', { name: m.continue }).click();
    await reachCheckAnswers(page, m);
    await page.getByRole('button', { name: m.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      messages.en.confirmation.title,
    );
    expect(await requestPlace(page.request, key)).toMatchObject({
      address: '300 E Lafayette Ave',
      zip: '21202',
      lat: 39.2904,
      long: -76.6122,
      locationNote: null,
    });
  });
});

test.describe('outside the city', () => {
  test.use({ geolocation: TOWSON, permissions: ['geolocation'] });

  for (const l of ['en', 'es'] as const) {
    test(`a position in Towson is refused with a GOV.UK error, nothing stored (${l})`, async ({
      page,
    }) => {
      const m = messages[l];
      await page.goto(FORM(l));
      const key = await formKey(page);
      await locate(page, l);
      await page.getByRole('button', { name: m.form.continue }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(
        summary.getByRole('link', { name: m.validation.location.outsideCity }),
      ).toHaveAttribute('href', '#lat');
      await expect(page.locator('#lat-error')).toContainText(m.validation.location.outsideCity);
      await expect(page.locator('#lat')).toHaveAttribute('aria-describedby', 'lat-error');
      await expect(page).toHaveTitle(/^Error: /);
      await expectAccessible(page);
      expect(await requestsForKey(page.request, key)).toBe(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no location button, and the address is required', async ({ page }) => {
    const m = messages.en;
    await page.goto(FORM('en'));
    await expect(page.getByRole('button', { name: m.form.useMyLocation })).toHaveCount(0);
    await page.getByRole('button', { name: m.form.continue }).click();
    await expect(page.locator('#address-error')).toContainText(m.validation.address.required);
  });
});
