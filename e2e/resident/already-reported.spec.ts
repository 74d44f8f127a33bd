import { expect, test, type Browser, type Page } from '@playwright/test';
import outboxEn from '../../locales/en/Outbox.json';
import { waitForMail } from '../mail';
import { runId } from '../staff-support';
import {
  expectAxeClean,
  expectNoHorizontalScroll,
  expectNoHorizontalScrollAtDoubleText,
  fillMessage,
  formKey,
  messages,
  onNoJsCopy,
  requestsForKey,
  type Locale,
} from '../support';

/**
 * "Has this already been reported?": a second report of an open pothole at the same spot is
 * offered the existing request, and following it sends no new one, with and without
 * JavaScript. Each test has a block of its own, so the other tests' potholes do not show.
 */
const run = runId();
// Each test sends a first report from a second browser context, then checks axe at four sizes.
test.describe.configure({ timeout: 150_000 });
const POTHOLE = (l: Locale) => `/${l}/services/TRM-Potholes/request`;

async function startPothole(page: Page, l: Locale) {
  await page.goto(POTHOLE(l));
  await page.getByLabel(l === 'es' ? 'En la calle' : 'In the street').check();
}

async function placeAt(page: Page, l: Locale, address: string) {
  await page.getByLabel(messages[l].form.addressLabel).fill(address);
  await page.getByLabel(messages[l].form.zipLabel).fill('21218');
}

/** A first resident's report, sent all the way; its tracking number. */
async function firstReport(browser: Browser, l: Locale, fill: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    geolocation: { latitude: 39.3262, longitude: -76.6095 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await startPothole(page, l);
  await fill(page);
  await page.getByRole('button', { name: messages[l].form.continue }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[l].form.checkTitle);
  await page.getByRole('button', { name: messages[l].form.submit }).click();
  const number = (await page.locator('.tracking-number').textContent())!.trim();
  await context.close();
  return number;
}

async function expectAccessible(page: Page) {
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScrollAtDoubleText(page);
}

test.describe('with JavaScript', () => {
  // Both residents stand on the same stretch of Greenmount Ave, 44 m apart.
  test.use({
    geolocation: { latitude: 39.3266, longitude: -76.6095 },
    permissions: ['geolocation'],
  });

  test('the same pothole, by position: offered the open request; following it subscribes and sends nothing new (en)', async ({
    page,
    browser,
  }) => {
    const m = messages.en.form;
    const first = await firstReport(browser, 'en', async (p) => {
      await p.getByRole('button', { name: m.useMyLocation }).click();
      await expect(p.getByRole('button', { name: m.removeLocation })).toBeVisible();
    });

    const email = `follower.${run}@example.com`;
    await startPothole(page, 'en');
    const key = await formKey(page);
    await page.getByRole('button', { name: m.useMyLocation }).click();
    await expect(page.getByRole('button', { name: m.removeLocation })).toBeVisible();
    await page.getByLabel(m.emailLabel).fill(email);
    await page.getByLabel(m.consentLabel).check();
    await page.getByRole('button', { name: m.continue }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nearbyTitle);
    await expect(page).toHaveTitle(new RegExp(`^${m.nearbyTitle}`));
    const offered = page.locator('.nearby-list > li').filter({ hasText: first });
    await expect(offered).toContainText(fillMessage(m.nearbyMeters, { meters: '40' }));
    await expect(offered).toContainText(messages.en.status.new);
    await expect(page.getByText(m.nearbyFollowUpdates)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: `${m.nearbyFollow} ${first}` }).click();
    await expect(page).toHaveURL(new RegExp(`/en/requests/${first}\\?followed=updates$`));
    await expect(page.getByRole('status')).toHaveText(messages.en.tracking.followedUpdates);
    await expectAxeClean(page);
    expect(await requestsForKey(page.request, key)).toBe(0);
    // The promise on the banner: a message says so, and later ones follow (messages.spec).
    const mail = await waitForMail(
      email,
      fillMessage(outboxEn.resident.followingSubject, { trackingNumber: first }),
    );
    expect(mail.text).toContain(first);
  });

  test('“none of these”: the new request goes on, and is not offered the same one again after a change (en)', async ({
    page,
    browser,
  }) => {
    const m = messages.en.form;
    const first = await firstReport(browser, 'en', (p) => placeAt(p, 'en', '3500 Greenmount Ave'));

    await startPothole(page, 'en');
    const key = await formKey(page);
    await placeAt(page, 'en', '3512 Greenmount Ave');
    await page.getByRole('button', { name: m.continue }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nearbyTitle);
    const offered = page.locator('.nearby-list > li').filter({ hasText: first });
    await expect(offered).toContainText(m.nearbySameBlock);
    await expect(page.getByText(m.nearbyFollowQuiet)).toBeVisible();
    await page.getByRole('button', { name: m.nearbyNone }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.checkTitle);
    await page.getByRole('button', { name: `${m.change} ${m.checkDescription}` }).click();
    await page.getByLabel(m.descriptionLabel, { exact: false }).fill('Deep, on the curb side');
    await page.getByRole('button', { name: m.continue }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.checkTitle);
    await page.getByRole('button', { name: m.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      messages.en.confirmation.title,
    );
    expect(await requestsForKey(page.request, key)).toBe(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same pothole, by block: offered in Spanish; following it sends nothing new', async ({
    page,
    browser,
  }) => {
    const m = messages.es.form;
    const first = await firstReport(browser, 'es', (p) => placeAt(p, 'es', '3300 Greenmount Ave'));

    await startPothole(page, 'es');
    const key = await formKey(page);
    await placeAt(page, 'es', '3310 Greenmount Ave');
    const [sent] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: m.continue }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nearbyTitle);
    const offered = page.locator('.nearby-list > li').filter({ hasText: first });
    await expect(offered).toContainText(m.nearbySameBlock);
    await expect(offered).toContainText(messages.es.status.new);
    // axe and reflow need JavaScript: on a copy of the page the server sent.
    await onNoJsCopy(page, await sent.text(), expectAccessible);

    await page.getByRole('button', { name: `${m.nearbyFollow} ${first}` }).click();
    await expect(page).toHaveURL(new RegExp(`/es/requests/${first}\\?followed=quiet$`));
    await expect(page.getByRole('status')).toHaveText(messages.es.tracking.followedQuiet);
    await onNoJsCopy(page, await (await page.request.get(page.url())).text(), expectAccessible);
    expect(await requestsForKey(page.request, key)).toBe(0);
  });
});
