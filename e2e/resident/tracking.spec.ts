import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import triageEn from '../../locales/en/Triage.json';
import { expectAxeClean, expectNoHorizontalScroll, messages, type Locale } from '../support';
import { makeStaff, staffPage } from '../staff-support';

/**
 * The public tracking page tells the resident what happened: what staff wrote when closing
 * (still there after later notes), where a referral went, which request a duplicate joined,
 * where and by when, and nothing personal. The lookup forgives how numbers are typed.
 */
const m = messages.en;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const KEY = 'e2e-open311-key-0123456789';

/** A pothole reported through Open311, with contact details that must never show publicly. */
async function report(request: APIRequestContext, fields: Record<string, string> = {}) {
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: KEY,
      service_code: 'TRM-Potholes',
      'attribute[POTHOLE_LOCATION]': 'street',
      address_string: `${Math.floor(Math.random() * 900) + 100} Track St ${run}, Baltimore, MD 21230`,
      first_name: `Private${run}`,
      email: `private.${run}@example.com`,
      phone: '410 555 0142',
      ...fields,
    },
  });
  expect(res.ok()).toBeTruthy();
  return (await res.json())[0].service_request_id as string;
}

async function close(staff: Page, tn: string, reason: string, message = '', org = '') {
  await staff.goto(`/en/staff/requests/${tn}`);
  await staff.getByLabel(reason).check();
  if (org) await staff.getByLabel(triageEn.referredToLabel).fill(org);
  if (message) await staff.getByLabel(triageEn.publicNoteLabel).fill(message);
  await staff.getByRole('button', { name: triageEn.close }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.close);
}

async function note(staff: Page, body: string, visibility: 'public' | 'internal') {
  await staff.getByLabel(triageEn.noteLabel, { exact: true }).fill(body);
  await staff
    .getByLabel(visibility === 'public' ? triageEn.publicOption : triageEn.internalOption)
    .check();
  await staff.getByRole('button', { name: triageEn.addNote }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.note);
}

const dd = (page: Page, row: string) => page.locator(`#summary-${row} dd`);

/** Phone and desktop in both languages: axe finds nothing; nothing scrolls sideways at 320. */
async function expectAccessibleEverywhere(page: Page, path: string) {
  for (const locale of ['en', 'es'] as Locale[]) {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/${locale}${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectAxeClean(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAxeClean(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  }
}

test('a closed request keeps saying what was done after a later note, with the resident’s words and no personal data', async ({
  page,
  browser,
  request,
}) => {
  test.slow();
  const tn = await report(request, {
    description: `Deep hole ${run}\nNext to the bus stop, <3 m & deep`,
  });
  const agent = await makeStaff(request, 'tracking', 'agent', 'DOT');
  const staff = await staffPage(browser, agent.email);
  await staff.goto(`/en/staff/requests/${tn}`);
  await note(staff, `Crew booked ${run}`, 'public');
  await close(staff, tn, m.status.reason.resolved, `Filled with asphalt ${run}`);
  await note(staff, `Line painting next week ${run}`, 'public');
  await note(staff, `Internal only ${run}`, 'internal');
  await staff.context().close();

  await page.goto(`/en/requests/${tn}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Request ${tn}`);
  await expect(dd(page, 'status')).toHaveText(m.status.closed);
  await expect(dd(page, 'outcome')).toHaveText(m.status.reason.resolved);
  await expect(page.locator('#summary-done dt')).toHaveText(m.tracking.whatWasDone);
  await expect(dd(page, 'done')).toHaveText(`Filled with asphalt ${run}`);
  await expect(page.locator('#summary-later dt')).toHaveText(m.tracking.laterNote);
  await expect(dd(page, 'later')).toHaveText(`Line painting next week ${run}`);
  await expect(dd(page, 'service')).toHaveText('Pothole');
  // The resident's own words as plain text, line break and angle brackets kept as typed.
  expect(await page.locator('#description').innerText()).toBe(
    `Deep hole ${run}\nNext to the bus stop, <3 m & deep`,
  );
  // The target is a day; the timeline keeps its times.
  await expect(dd(page, 'target')).toHaveText(/^by [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(page.locator('.timeline time').first()).toHaveText(/\d{1,2}:\d\d/);
  // Nothing personal, nothing internal.
  const body = await page.locator('body').innerText();
  for (const secret of [`Private${run}`, `private.${run}@example.com`, '555 0142', 'Internal only'])
    expect(body).not.toContain(secret);

  await expectAccessibleEverywhere(page, `/requests/${tn}`);
  await expect(page.locator('#summary-done dt')).toHaveText(messages.es.tracking.whatWasDone);
  await expect(dd(page, 'target')).toHaveText(/^a más tardar el \d{1,2} de [a-z]+ de \d{4}$/);
});

test('a referral names the organisation, to staff and to the resident; staff must give it', async ({
  page,
  browser,
  request,
}) => {
  test.slow();
  const tn = await report(request);
  const agent = await makeStaff(request, 'referral', 'agent', 'DOT');
  const staff = await staffPage(browser, agent.email);
  await staff.goto(`/en/staff/requests/${tn}`);
  await staff.getByLabel(m.status.reason.referred).check();
  await staff.getByRole('button', { name: triageEn.close }).click();
  const summary = staff.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(m.validation.triage.referredToRequired);
  await expect(staff.getByLabel(triageEn.referredToLabel)).toHaveAttribute('aria-invalid', 'true');
  await expect(staff).toHaveTitle(/^Error: /);
  await expectAxeClean(staff);
  await summary.getByRole('link', { name: m.validation.triage.referredToRequired }).click();
  await expect(staff.getByLabel(triageEn.referredToLabel)).toBeFocused();

  const org = `Maryland State Highway Administration ${run}`;
  await close(staff, tn, m.status.reason.referred, 'This road is the state’s', org);
  await expect(staff.locator('#request-summary')).toContainText(org);
  await expect(staff.getByRole('table', { name: /Every change to/ })).toContainText(
    `${triageEn.field.referredTo}: ${triageEn.none} → ${org}`,
  );
  await staff.context().close();

  await page.goto(`/en/requests/${tn}`);
  await expect(dd(page, 'outcome')).toHaveText(m.status.reason.referred);
  await expect(page.locator('#summary-referred dt')).toHaveText(m.tracking.referredTo);
  await expect(dd(page, 'referred')).toHaveText(org);
  await expect(dd(page, 'done')).toHaveText('This road is the state’s');
  const [record] = await (await request.get(`/api/open311/v2/requests/${tn}.json`)).json();
  expect(record.status_notes).toContain(`Referred to ${org}.`);
  await expectAccessibleEverywhere(page, `/requests/${tn}`);
  await expect(dd(page, 'referred')).toHaveText(org);
});

test('a merged request links to the request that now tracks it', async ({
  page,
  browser,
  request,
}) => {
  const parent = await report(request);
  const child = await report(request);
  const agent = await makeStaff(request, 'merge', 'agent', 'DOT');
  const staff = await staffPage(browser, agent.email);
  await staff.goto(`/en/staff/requests/${child}`);
  await staff.getByLabel(triageEn.parentLabel).fill(parent.toLowerCase());
  await staff.getByRole('button', { name: triageEn.merge }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.merge);
  await staff.context().close();

  await page.goto(`/en/requests/${child}`);
  await expect(dd(page, 'outcome')).toHaveText(m.status.reason.duplicate);
  await expect(page.locator('#summary-duplicate dt')).toHaveText(m.tracking.duplicateOf);
  await expectAccessibleEverywhere(page, `/requests/${child}`);
  await page.goto(`/en/requests/${child}`);
  await dd(page, 'duplicate').getByRole('link', { name: parent }).click();
  await expect(page).toHaveURL(new RegExp(`/en/requests/${parent}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Request ${parent}`);
});

test('a place given by coordinates is written in words, in each language’s numbers', async ({
  page,
  request,
}) => {
  const tn = await report(request, { address_string: '', lat: '39.29041', long: '-76.61219' });
  await page.goto(`/en/requests/${tn}`);
  await expect(dd(page, 'location')).toHaveText('near 39.2904, \u221276.6122');
  await expect(dd(page, 'sent')).toHaveText(/\b\d{1,2}:\d\d\s[AP]M$/);
  // US Spanish (es-US, lib/i18n/format-locale.ts): a decimal point and a 12-hour clock, not
  // Spain's "39,2904" and "18:05"; the page's address keeps /es/.
  await page.goto(`/es/requests/${tn}`);
  await expect(dd(page, 'location')).toHaveText('cerca de 39.2904, \u221276.6122');
  await expect(dd(page, 'sent')).toHaveText(
    /^\d{1,2} de \p{L}+ de \d{4}\D+\b\d{1,2}:\d\d\s[ap]\.\s?m\.$/u,
  );
  await expect(page).toHaveURL(new RegExp(`/es/requests/${tn}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the lookup finds a number however it is typed, and a sloppy link goes to the right page', async ({
  page,
  request,
}) => {
  const tn = await report(request);
  const [, year, seq] = /^BAL-(\d{2})-(\d+)$/.exec(tn)!;
  const short = seq.replace(/^0+/, '');
  for (const typed of [`BAL-${year}-${short}`, `bal ${year} ${short}`, `${year}-${seq}`]) {
    await page.goto('/en/requests');
    await page.getByLabel(messages.en.home.trackLabel).fill(typed);
    await page.getByRole('button', { name: messages.en.home.trackButton }).click();
    await expect(page, typed).toHaveURL(new RegExp(`/en/requests/${tn}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Request ${tn}`);
  }
  const res = await page.goto(`/es/requests/bal-${year}-${short}`);
  expect(res!.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/es/requests/${tn}$`));
  expect((await page.goto('/en/requests/not-a-number'))!.status()).toBe(404);
  expect((await page.goto('/en/requests/100%25'))!.status()).toBe(404);
});

/** The number sits on one line inside its box: not broken at a hyphen, not running out. */
async function expectNumberWhole(page: Page, number: string, selector: string) {
  const fit = await page.locator(selector).evaluate((el) => {
    const box = el.closest('h1, .panel-confirmation')!;
    const b = box.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = [...range.getClientRects()];
    return {
      text: el.textContent,
      lines: new Set(lines.map((r) => Math.round(r.top))).size,
      right: Math.max(...lines.map((r) => r.right)),
      limit: b.right - parseFloat(getComputedStyle(box).paddingInlineEnd) + 0.5,
    };
  });
  expect(fit.text).toBe(number);
  expect(fit.lines, `${selector}: the number is on one line`).toBe(1);
  expect(fit.right, `${selector}: the number stays inside its box`).toBeLessThanOrEqual(fit.limit);
}

test('at 375 px and 200% text, the number heading and the confirmation panel keep the number whole', async ({
  page,
  request,
}) => {
  const tn = await report(request);
  for (const width of [375, 320]) {
    for (const size of ['100%', '200%']) {
      await page.setViewportSize({ width, height: 812 });
      for (const [path, box] of [
        [`/en/requests/${tn}`, 'h1 .tracking-ref'],
        [`/en/requests/${tn}/confirmation`, '.panel-confirmation .tracking-number'],
      ]) {
        await page.goto(path);
        await page.addStyleTag({ content: `html { font-size: ${size} }` });
        await expectNumberWhole(page, tn, box);
        await expectNoHorizontalScroll(page);
      }
    }
  }
});
