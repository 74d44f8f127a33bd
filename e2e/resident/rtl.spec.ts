import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { locales } from '../../lib/i18n/config';
import { expectAxeClean, expectNoHorizontalScroll } from '../support';

/**
 * Arabic, right to left: the layout is mirrored (read from computed `direction` and element
 * boxes, at 375 and 1280 px), Latin-script tokens keep their order (read from the boxes of their
 * words), axe is clean and nothing scrolls sideways at 320 px. Screenshots of each page at 375 px
 * go to test-results/rtl-screens for a person to look at.
 */
const AR = 'ar';
test.skip(!(locales as readonly string[]).includes(AR), 'Arabic is not a registered locale');

// Read at run time: the suite type-checks in a branch where locales/ar is not there yet.
const msg = (ns: string) =>
  fs.existsSync(`locales/${AR}/${ns}.json`)
    ? (JSON.parse(fs.readFileSync(`locales/${AR}/${ns}.json`, 'utf8')) as Record<string, string>)
    : {};
const form = msg('RequestForm');
const confirmation = msg('Confirmation');
const ADDRESS = '1500 W North Ave';
const SCREENS = 'test-results/rtl-screens';

async function shot(page: Page, name: string) {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

type Box = { left: number; right: number; top: number; bottom: number };
const box = (l: Locator): Promise<Box> =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

/**
 * The first line of its text sits nearer the right edge of the viewport than the left (a
 * right-to-left page's start side). The text's line, not the element's box: a heading's box is
 * as wide as the page in both directions. (A full first line is as near both: it passes.)
 */
async function expectOnRight(page: Page, l: Locator, what: string) {
  const b = await l.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const top = Math.min(...rects.map((r) => r.top));
    const line = rects.filter((r) => r.top < top + 4);
    return {
      left: Math.min(...line.map((r) => r.left)),
      right: Math.max(...line.map((r) => r.right)),
    };
  });
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(width - b.right, `${what} starts at the right`).toBeLessThanOrEqual(b.left + 0.5);
}

/** The words of `text` inside `scope` are laid out left to right, in the order they are written. */
async function expectLatinOrder(scope: Locator, text: string) {
  const lefts = await scope.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(wanted);
      if (at < 0) continue;
      // Each word's own box: the browser's visual order of the token's parts.
      const out: number[] = [];
      let offset = at;
      for (const word of wanted.split(/(?=[ @.-])/)) {
        const range = document.createRange();
        range.setStart(n, offset);
        range.setEnd(n, offset + word.length);
        out.push(range.getBoundingClientRect().left);
        offset += word.length;
      }
      return out;
    }
    return null;
  }, text);
  expect(lefts, `"${text}" is on the page`).not.toBeNull();
  expect(lefts, `"${text}" reads left to right`).toEqual([...lefts!].sort((a, b) => a - b));
}

async function expectMirrored(page: Page) {
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expectOnRight(page, page.locator('.site-header__name'), 'the service name');
  const h1 = page.locator('h1');
  // A centred heading (the confirmation panel) is centred in both directions.
  if ((await h1.evaluate((el) => getComputedStyle(el).textAlign)) !== 'center') {
    await expectOnRight(page, h1, 'the heading');
  }
}

/** axe at 375 and 1280 px (mirroring checked at both), no sideways scroll at 320 px. */
async function expectGoodEverywhere(page: Page) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectMirrored(page);
    await expectAxeClean(page);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 375, height: 812 });
}

test.describe.configure({ timeout: 180_000 });

test('Arabic: the skip link, the name and the search button sit on the right; pages axe clean', async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${AR}`);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await expectOnRight(page, page.locator('.skip-link'), 'the skip link');
    // The search button follows its box: on a right-to-left page, to its left (or below it).
    const search = page.locator('main form').first();
    const button = await box(search.locator('button[type=submit]'));
    const input = await box(search.locator('input[type=search], input[name=q]').first());
    expect(
      button.right <= input.left + 1 || button.top >= input.bottom - 1,
      'button after box',
    ).toBe(true);
  }
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/${AR}`);
  await shot(page, 'home');
  await expectGoodEverywhere(page);

  for (const [name, url] of [
    ['search', `/${AR}/services?q=pothole`],
    ['service', `/${AR}/services/TRM-Potholes`],
    ['methodology', `/${AR}/performance/methodology`],
    ['accessibility', `/${AR}/accessibility`],
  ]) {
    await page.goto(url);
    await shot(page, name);
    await expectGoodEverywhere(page);
  }
});

test('Arabic: the bar charts grow from the right and keep their text readable', async ({
  page,
  request,
}) => {
  // Requests made and closed in the last hours (the test server has no demo data): bars to draw.
  for (const hoursAgo of [3, 2]) {
    const made = await request.post('/api/test-hooks/requests', {
      data: {
        serviceCode: 'SW-Dirty Street', // no required questions
        createdAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
        closedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    expect(made.status()).toBe(201);
  }
  await page.goto(`/${AR}/performance`);
  await shot(page, 'performance');
  await expectGoodEverywhere(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const bars = await page.locator('.bar-chart__svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const rect = svg.querySelector('rect');
        if (!rect || rect.getBoundingClientRect().width < 2) return [];
        const s = svg.getBoundingClientRect();
        const r = rect.getBoundingClientRect();
        return [{ svgLeft: s.left, svgRight: s.right, left: r.left, right: r.right }];
      }),
    );
    expect(bars.length, 'some bars are drawn').toBeGreaterThan(0);
    for (const b of bars) {
      // Flush with the right edge (the axis line is its 2 px border), free on the left.
      expect(Math.abs(b.svgRight - b.right), 'a bar starts at the right').toBeLessThan(4);
      expect(b.left).toBeGreaterThanOrEqual(b.svgLeft - 0.5);
    }
    // The value text follows the bar: on its left, or below it when there is no room.
    const row = page.locator('.bar-chart__row').first();
    const svg = await box(row.locator('svg'));
    const value = await box(row.locator('.bar-chart__value'));
    expect(value.right <= svg.left + 1 || value.top >= svg.bottom - 1, 'value after the bar').toBe(
      true,
    );
  }
});

test('Arabic request: errors on the right; the address, e-mail and tracking number keep their order', async ({
  page,
}) => {
  await page.goto(`/${AR}/services/TRM-Potholes/request`);
  await shot(page, 'request-form');
  await page.getByRole('button', { name: form.continue }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await shot(page, 'request-form-errors');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // A link in the summary hugs its right-hand side.
    const link = await box(summary.locator('a').first());
    const frame = await box(summary);
    expect(frame.right - link.right, 'error link starts at the right').toBeLessThan(
      link.left - frame.left,
    );
  }
  await page.setViewportSize({ width: 375, height: 812 });
  await expectAxeClean(page);

  await page.locator('input[type=radio][value="street"]').check();
  await page.getByLabel(form.addressLabel).fill(ADDRESS);
  await page.getByLabel(form.zipLabel).fill('21217');
  await page.getByLabel(form.descriptionLabel).fill('Deep hole near the bus stop');
  const email = page.getByLabel(form.emailLabel);
  await email.fill('jaar@example.com');
  expect(await email.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await page.getByLabel(form.consentLabel).check();
  await page.getByRole('button', { name: form.continue }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  const either = [form.checkTitle, form.nearbyTitle].map((t) =>
    t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  await expect(h1).toHaveText(new RegExp(`^(${either.join('|')})$`));
  if ((await h1.textContent()) === form.nearbyTitle) {
    await page.getByRole('button', { name: form.nearbyNone }).click();
  }
  await expect(h1).toHaveText(form.checkTitle);
  await shot(page, 'check-answers');
  const answers = page.locator('.summary-list');
  await expect(answers.locator('bdi', { hasText: ADDRESS })).toHaveCount(1);
  await expectLatinOrder(answers, ADDRESS);
  await expectLatinOrder(answers, 'jaar@example.com');
  await expectGoodEverywhere(page);

  await page.getByRole('button', { name: form.submit }).click();
  await expect(h1).toHaveText(confirmation.title);
  const number = page.locator('.tracking-number');
  const tn = (await number.textContent())!.trim();
  expect(tn).toMatch(/^BAL-\d{2}-\d{6,}$/);
  await expectLatinOrder(number, tn);
  await shot(page, 'confirmation');
  await expectGoodEverywhere(page);
  // The ease survey on the confirmation page, sent without a score: its error summary.
  await page.locator('#ease button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectOnRight(page, page.locator('.error-summary h2'), 'the survey error summary');
  await shot(page, 'confirmation-survey-error');

  await page.goto(`/${AR}/requests/${tn}`);
  await shot(page, 'tracking');
  await expect(page.locator('#summary-location bdi', { hasText: ADDRESS })).toHaveCount(1);
  await expectLatinOrder(page.locator('#summary-location'), ADDRESS);
  await expectLatinOrder(page.locator('h1'), tn);
  await expectGoodEverywhere(page);
});
