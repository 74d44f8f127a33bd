import { IntlMessageFormat } from 'intl-messageformat';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import enCommon from '../locales/en/Common.json';
import enForm from '../locales/en/RequestForm.json';
import enHome from '../locales/en/Home.json';
import enService from '../locales/en/Service.json';
import enConfirmation from '../locales/en/Confirmation.json';
import enTracking from '../locales/en/Tracking.json';
import enValidation from '../locales/en/Validation.json';
import enStatus from '../locales/en/Status.json';
import enPerformance from '../locales/en/Performance.json';
import enAccessibility from '../locales/en/Accessibility.json';
import enCatalogue from '../locales/en/catalogue.json';
import { locales as appLocales, type Locale as AppLocale } from '../lib/i18n/config';

/** Every locale the portal speaks: suites loop over this, so a new locale is tested too. */
export const locales = appLocales;
export type Locale = AppLocale;

const read = (locale: string, file: string) =>
  JSON.parse(fs.readFileSync(path.resolve('locales', locale, file), 'utf8'));

// The shape every locale's files have (English's): the types of `messages`.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only its type is used
const english = {
  common: enCommon,
  form: enForm,
  home: enHome,
  service: enService,
  confirmation: enConfirmation,
  tracking: enTracking,
  validation: enValidation,
  status: enStatus,
  performance: enPerformance,
  accessibility: enAccessibility,
  /** The service catalogue's words (names, questions, options, keywords). */
  catalogue: enCatalogue,
};

/** The UI's own messages, so tests follow the copy instead of repeating it. */
export const messages = Object.fromEntries(
  locales.map((l) => [
    l,
    {
      common: read(l, 'Common.json'),
      form: read(l, 'RequestForm.json'),
      home: read(l, 'Home.json'),
      service: read(l, 'Service.json'),
      confirmation: read(l, 'Confirmation.json'),
      tracking: read(l, 'Tracking.json'),
      validation: read(l, 'Validation.json'),
      status: read(l, 'Status.json'),
      performance: read(l, 'Performance.json'),
      accessibility: read(l, 'Accessibility.json'),
      catalogue: read(l, 'catalogue.json'),
    } as typeof english,
  ]),
) as Record<Locale, typeof english>;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** WCAG 1.4.10 reflow: nothing wider than a 320 CSS px viewport. */
export async function expectNoHorizontalScroll(page: Page, at = '') {
  // Measured until it holds for up to 3 s: right after a viewport change, sizes in container
  // query units (.tracking-ref, 9.5cqi) were once read before Chromium re-laid them out (373 px
  // at 320). An overflow that stays still fails, with its culprits named.
  await expect(async () => measureOverflow(page, at)).toPass({ timeout: 3_000 });
}

async function measureOverflow(page: Page, at: string) {
  const widths = await page.evaluate(() => {
    const view = document.documentElement.clientWidth;
    // Name the widest culprits, so a failure says what to fix.
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        if (el.getBoundingClientRect().right <= view + 0.5) return false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return false; // scrolls inside
        }
        return true;
      })
      .slice(-3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { doc: document.documentElement.scrollWidth, view, wide };
  });
  expect(
    widths.doc,
    `horizontal scroll on ${page.url()}${at} (${widths.wide.join(', ')})`,
  ).toBeLessThanOrEqual(widths.view);
}

/**
 * WCAG 1.4.4 with 1.4.10: text at 200% (the root font size doubled, as a reader's browser
 * setting does) on a 375 px phone, and still nothing runs off the side. The page is left at
 * normal size afterwards, so a test can carry on with it.
 */
export async function expectNoHorizontalScrollAtDoubleText(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  try {
    await expectNoHorizontalScroll(page, ' at 200% text, 375 px');
  } finally {
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    if (viewport) await page.setViewportSize(viewport);
  }
}

/** How many requests a form created, through the server's test hook. */
export async function requestsForKey(request: APIRequestContext, key: string): Promise<number> {
  const res = await request.get(
    `/api/test-hooks/requests?idempotencyKey=${encodeURIComponent(key)}`,
  );
  expect(res.ok()).toBeTruthy();
  return (await res.json()).count;
}

export async function formKey(page: Page): Promise<string> {
  return page.locator('input[name="idempotencyKey"]').first().inputValue();
}

/** Presses Tab until `target` has focus (keyboard-only journeys), checking focus is visible. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      const outline = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        return (
          s.outlineStyle !== 'none' ||
          s.boxShadow !== 'none' ||
          s.backgroundColor !== 'rgba(0, 0, 0, 0)'
        );
      });
      expect(outline, 'focused element shows a focus indicator').toBeTruthy();
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/**
 * axe needs JavaScript in the page (Playwright cannot evaluate in a page with it off): check the
 * HTML the server sent (scripts removed) in a JavaScript-enabled page of the same origin.
 */
export async function expectAxeCleanWithoutJs(page: Page, responseHtml: string) {
  await onNoJsCopy(page, responseHtml, expectAxeClean);
}

/**
 * Runs `check` (axe, reflow) on a copy of the HTML the server sent a page without JavaScript:
 * scripts removed, shown in a JavaScript-enabled page of the same origin with the same styles.
 */
export async function onNoJsCopy(
  page: Page,
  responseHtml: string,
  check: (copy: Page) => Promise<void>,
) {
  const html = responseHtml.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const origin = new URL(page.url()).origin;
  // A context of its own (axe opens a helper page in it). Playwright Test gives new contexts the
  // test's options, so JavaScript must be turned back on explicitly.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  try {
    await copy.route(`${origin}/__no-js-copy`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(`${origin}/__no-js-copy`);
    await check(copy);
  } finally {
    await context.close();
  }
}

/** Where a form's request was placed, through the server's test hook (null: none made). */
export async function requestPlace(
  request: APIRequestContext,
  key: string,
): Promise<{
  address: string;
  zip: string | null;
  lat: number | null;
  long: number | null;
  locationNote: string | null;
  photos: number;
} | null> {
  const res = await request.get(
    `/api/test-hooks/requests?place=1&idempotencyKey=${encodeURIComponent(key)}`,
  );
  expect(res.ok()).toBeTruthy();
  return (await res.json()).place;
}

/** Fills "{name}" placeholders of a UI message, as the form does. */
export const fillMessage = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

/** A message formatted as next-intl formats it (ICU: plurals, selects), for any locale. */
export const formatMessage = (
  template: string,
  values: Record<string, string | number>,
  locale = 'en',
): string => String(new IntlMessageFormat(template, locale).format(values));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * After "Continue" on the request form: to "Check your answers", past "Has this already been
 * reported?" when another test reported the same problem nearby first (tests share one
 * database and run in parallel, so whether it shows depends on their order).
 */
export async function reachCheckAnswers(page: Page, form: (typeof messages)['en']['form']) {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(
    new RegExp(`^(${escapeRegExp(form.checkTitle)}|${escapeRegExp(form.nearbyTitle)})$`),
  );
  if ((await h1.textContent()) === form.nearbyTitle) {
    await page.getByRole('button', { name: form.nearbyNone }).click();
    await expect(h1).toHaveText(form.checkTitle);
  }
}
