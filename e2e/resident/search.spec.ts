import { expect, test, type Page } from '@playwright/test';
import { pointers } from '../../lib/services/pointers';
import enSearch from '../../locales/en/Search.json';
import esSearch from '../../locales/es/Search.json';
import { expectAxeClean, expectNoHorizontalScroll, messages, type Locale } from '../support';

/**
 * Search as residents type it: what 311 does not handle points to where to go, with a number
 * that dials, in the page's language. The journeys run with JavaScript off (the search form is
 * a plain GET form); axe needs JavaScript to run, so the accessibility checks have it on.
 */
const search = { en: enSearch, es: esSearch };
const police = pointers.find((p) => p.id === 'police-non-emergency')!;

async function searchFor(page: Page, locale: Locale, query: string) {
  await page.goto(`/${locale}`);
  await page.getByLabel(messages[locale].home.searchLabel).fill(query);
  await page.getByRole('button', { name: messages[locale].home.searchButton, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/services\\?q=`));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [locale, query] of [
    ['en', 'noise'],
    ['es', 'ruido'],
  ] as const) {
    test(`"${query}" (${locale}) points to the police non-emergency line, with a tel: link`, async ({
      page,
    }) => {
      await searchFor(page, locale, query);
      const pointer = page.locator('[data-pointer="police-non-emergency"]');
      await expect(pointer.getByRole('heading', { level: 2 })).toHaveText(police.title[locale]!);
      await expect(pointer).toContainText(police.body[locale]!);
      const call = pointer.getByRole('link', { name: police.call[locale]! });
      await expect(call).toHaveAttribute('href', `tel:${police.tel}`);
      // Instead of "no results", not as well as it.
      await expect(page.getByRole('status')).toHaveText(search[locale].handledElsewhere);
      await expect(page.getByText(search[locale].noResultsTips)).toHaveCount(0);
      // Shown prominently: the first thing after the search form.
      await expect(page.locator('main form[role="search"] ~ section').first()).toHaveAttribute(
        'data-pointer',
        'police-non-emergency',
      );
    });
  }

  test('"dead deer" lists Dead animal pickup first', async ({ page }) => {
    await searchFor(page, 'en', 'dead deer');
    await expect(page.locator('.service-list a').first()).toHaveText('Dead animal pickup');
  });

  test('"gas leak" shows the gas emergency first, then the services', async ({ page }) => {
    await searchFor(page, 'en', 'gas leak');
    const sections = page.locator('main section[data-pointer]');
    await expect(sections).toHaveCount(1);
    await expect(sections.first()).toHaveAttribute('data-pointer', 'bge-gas-emergency');
    await expect(sections.first().getByRole('link')).toHaveAttribute('href', 'tel:+18006850123');
    await expect(
      page.getByRole('heading', { level: 2, name: enSearch.servicesHeading }),
    ).toBeVisible();
  });
});

for (const [locale, query] of [
  ['en', 'noise'],
  ['es', 'ruido'],
  ['en', 'gas leak'],
  ['es', 'fuga de gas'],
] as const) {
  test(`results with a pointer, "${query}" (${locale}), are axe-clean at 375 and 1280 px and reflow at 320 px and 200% text`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/${locale}/services?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-pointer]').first()).toBeVisible();
    await expectAxeClean(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAxeClean(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    // WCAG 1.4.4: text at 200% on a desktop width still fits.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expectNoHorizontalScroll(page);
  });
}
