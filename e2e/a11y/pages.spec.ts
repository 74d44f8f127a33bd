import { expect, test, type Page } from '@playwright/test';
import {
  expectAxeClean,
  expectNoHorizontalScroll,
  expectNoHorizontalScrollAtDoubleText,
  locales,
  messages,
  type Locale,
  reachCheckAnswers,
} from '../support';
import { ADMIN, signIn } from '../staff-support';

/**
 * Every resident page, in every locale, on a phone and a desktop, in its normal and its error
 * states: axe (WCAG 2.2 AA tags) reports nothing and nothing scrolls sideways at 320 px, nor
 * at 375 px with text at 200%.
 */
/** Words residents of each language type: taken from that language's catalogue file. */
const query = (l: Locale, words: (c: (typeof messages)['en']['catalogue']) => string) =>
  encodeURIComponent(words(messages[l].catalogue));
let tracking = '';
let confirmation = '';

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
  });
  const m = messages.en;
  await page.goto('/en/services/HCD-Illegal%20Dumping/request');
  await page.locator('input[name="attr__DUMPED_ITEMS"]').first().check();
  await page.getByLabel(m.form.addressLabel).fill('1500 W North Ave');
  await page.getByLabel(m.form.zipLabel).fill('21217');
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.locator('.tracking-number')).toBeVisible();
  confirmation = new URL(page.url()).pathname + new URL(page.url()).search;
  tracking = (await page.locator('.tracking-number').textContent())!.trim();
  await page.close();
});

type Check = {
  name: string;
  path: (l: Locale) => string;
  act?: (page: Page, l: Locale) => Promise<void>;
};

const pages: Check[] = [
  { name: 'home', path: (l) => `/${l}` },
  { name: 'all services', path: (l) => `/${l}/services` },
  {
    name: 'search results',
    path: (l) => `/${l}/services?q=${query(l, (c) => c.services['SW-Mixed Refuse'].keywords[0])}`,
  },
  { name: 'search, no results', path: (l) => `/${l}/services?q=zzqxv` },
  {
    name: 'search, pointer to where to go instead',
    path: (l) =>
      `/${l}/services?q=${query(l, (c) => c.pointers['police-non-emergency'].keywords[0])}`,
  },
  { name: 'search, empty query (error)', path: (l) => `/${l}/services?q=` },
  { name: 'service', path: (l) => `/${l}/services/TRM-Potholes` },
  { name: 'request form', path: (l) => `/${l}/services/TRM-Potholes/request` },
  {
    name: 'request form with errors',
    path: (l) => `/${l}/services/TRM-Potholes/request`,
    act: async (page, l) => {
      await page.getByLabel(messages[l].form.zipLabel).fill('123');
      await page.getByRole('button', { name: messages[l].form.continue }).click();
      await expect(page.locator('.error-summary')).toBeVisible();
    },
  },
  {
    name: 'check your answers',
    path: (l) => `/${l}/services/SW-Dirty%20Alley/request`,
    act: async (page, l) => {
      await page
        .getByLabel(messages[l].form.addressLabel, { exact: true })
        .fill('10 E Baltimore St');
      await page.getByLabel(messages[l].form.zipLabel).fill('21202');
      await page.getByRole('button', { name: messages[l].form.continue }).click();
      await reachCheckAnswers(page, messages[l].form);
    },
  },
  { name: 'confirmation', path: (l) => confirmation.replace(/^\/en/, `/${l}`) },
  {
    name: 'confirmation, rating error',
    path: (l) => confirmation.replace(/^\/en/, `/${l}`),
    act: async (page, l) => {
      await page.getByRole('button', { name: messages[l].confirmation.easeSubmit }).click();
      await expect(page.locator('.error-summary')).toBeVisible();
    },
  },
  { name: 'tracking', path: (l) => `/${l}/requests/${tracking}` },
  { name: 'tracking lookup', path: (l) => `/${l}/requests` },
  { name: 'tracking lookup error', path: (l) => `/${l}/requests?number=nope` },
  { name: 'transparency page', path: (l) => `/${l}/performance` },
  { name: 'agency report', path: (l) => `/${l}/performance/agencies/DOT` },
  { name: 'methodology', path: (l) => `/${l}/performance/methodology` },
  { name: 'accessibility statement', path: (l) => `/${l}/accessibility` },
  { name: 'not found', path: (l) => `/${l}/no-such-page` },
];

for (const locale of locales) {
  for (const p of pages) {
    test(`${p.name} (${locale}) is axe-clean on phone and desktop, reflows at 320 px and 200% text`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      const res = await page.goto(p.path(locale));
      expect(res?.status()).toBe(p.name === 'not found' ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      if (p.act) await p.act(page, locale);
      await expect(page.locator('main')).toHaveCount(1);
      await expectAxeClean(page);
      // Same page and state, wide layout.
      await page.setViewportSize({ width: 1280, height: 900 });
      await expectAxeClean(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page);
      await expectNoHorizontalScrollAtDoubleText(page);
    });
  }
}

test('staff sign-in and the queue reflow at 200% text on a phone', async ({ page }) => {
  // The staff console's own suites run axe on these pages; here, the text size.
  for (const locale of locales) {
    await page.goto(`/${locale}/staff/sign-in`);
    await expectNoHorizontalScrollAtDoubleText(page);
  }
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('table')).toBeVisible();
  for (const locale of locales) {
    await page.goto(`/${locale}/staff`);
    await expectNoHorizontalScrollAtDoubleText(page);
  }
});
