import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import triageEn from '../../locales/en/Triage.json';
import reclassifyEn from '../../locales/en/Reclassify.json';
import outboxEn from '../../locales/en/Outbox.json';
import trackingEn from '../../locales/en/Tracking.json';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  expectNoHorizontalScroll,
  messages,
  reachCheckAnswers,
} from '../support';
import { makeStaff, runId, signIn, staffPage, STAFF_PASSWORD } from '../staff-support';
import { actionId, forgedActionFields, postForm, signInOverHttp } from '../fuzz/support';
import { mailTo, waitForMail } from '../mail';

const m = messages.en;
/** The key the test server creates at start-up (OPEN311_BOOTSTRAP_API_KEY in playwright.config). */
const API_KEY = 'e2e-open311-key-0123456789';
const DAY = 86_400_000;
const fill = (s: string, v: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? `{${k}}`);
/** A block of its own for each run: other tests' requests are never suggested as duplicates. */
const block = () => 1000 + Math.floor(Math.random() * 89) * 100;
/** How the staff page and the tracking page write a date (Baltimore time). */
const cityDate = (iso: string, style: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', { ...style, timeZone: 'America/New_York' }).format(
    new Date(iso),
  );

async function viaOpen311(
  request: APIRequestContext,
  serviceCode: string,
  address: string,
  attributes: Record<string, string> = {},
) {
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: API_KEY,
      service_code: serviceCode,
      address_string: `${address}, Baltimore, MD 21201`,
      description: `Reclassify test ${runId()}`,
      ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`attribute[${k}]`, v])),
    },
  });
  expect(res.status()).toBe(200);
  return (await res.json())[0].service_request_id as string;
}

async function open311Record(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/open311/v2/requests/${encodeURIComponent(id)}.json`);
  expect(res.status()).toBe(200);
  return (await res.json())[0] as Record<string, string>;
}

async function openRequest(page: Page, tn: string) {
  await page.goto(`/en/staff/requests/${tn}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    triageEn.title.replace('{number}', tn),
  );
}

const targetRow = (page: Page) =>
  page.locator('#request-summary > div').filter({ hasText: triageEn.target });

test('a misrouted request moves to the right service: new target on the staff page, the tracking page and Open311', async ({
  browser,
  page,
  request,
}) => {
  test.slow();
  const street = `${block()} W Lombard St`;
  const tn = await viaOpen311(request, 'TRM-Street Light Out', street);
  const before = await open311Record(request, tn);
  expect(+new Date(before.expected_datetime) - +new Date(before.requested_datetime)).toBe(5 * DAY);
  // A second report on the block, so both new sections show for the checks below.
  await viaOpen311(
    request,
    'TRM-Street Light Out',
    street.replace(/^\d+/, (n) => `${+n + 10}`),
  );

  const dot = await makeStaff(request, 'dot-agent', 'agent', 'DOT');
  const staff = await staffPage(browser, dot.email);
  await openRequest(staff, tn);
  const form = staff.locator('form[aria-labelledby="reclassify-heading"]');
  await expect(form.getByRole('heading', { name: reclassifyEn.heading })).toBeVisible();
  await expect(staff.getByRole('heading', { name: reclassifyEn.duplicatesHeading })).toBeVisible();
  await expectAxeClean(staff);
  await staff.setViewportSize({ width: 375, height: 812 });
  await expectAxeClean(staff);
  await expectNoHorizontalScroll(staff);
  await staff.setViewportSize({ width: 1280, height: 900 });

  // Nothing chosen, no reason: refused, with the GOV.UK error pattern.
  await form.getByRole('button', { name: reclassifyEn.button }).click();
  const summary = staff.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(m.validation.triage.serviceRequired);
  await expect(summary).toContainText(m.validation.triage.reclassifyReasonRequired);
  await expect(staff).toHaveTitle(/^Error: /);
  // Off the button just pressed: axe would read its hover colours mid-transition.
  await staff.mouse.move(0, 0);
  await expectAxeClean(staff);

  // Within the agency: the page stays, with the new service and its target.
  await form
    .getByLabel(reclassifyEn.serviceLabel)
    .selectOption('TRM-StLight Damaged/Knocked Down/Rusted');
  await form.getByLabel(reclassifyEn.reasonLabel).fill('The pole is knocked down, not just dark');
  await form.getByRole('button', { name: reclassifyEn.button }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.reclassify);
  const damaged = await open311Record(request, tn);
  expect(damaged.service_code).toBe('TRM-StLight Damaged/Knocked Down/Rusted');
  expect(+new Date(damaged.expected_datetime) - +new Date(damaged.requested_datetime)).toBe(
    3 * DAY,
  );
  await expect(targetRow(staff)).toContainText(
    cityDate(damaged.expected_datetime, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  await expect(staff.locator('.timeline')).toContainText(triageEn.eventReclassified);
  await expect(staff.locator('.timeline')).toContainText('The pole is knocked down');
  const audit = staff.getByRole('table', { name: /Every change to/ });
  await expect(audit).toContainText(triageEn.audit.reclassify);
  await expect(audit).toContainText(`${triageEn.field.serviceCode}: City-owned light out → `);

  // To another agency: the request leaves this member's queue; the queue says where it went.
  await form.getByLabel(reclassifyEn.serviceLabel).selectOption('BGE-StLight(s) Out');
  await form.getByLabel(reclassifyEn.reasonLabel).fill('The pole tag says BGE');
  await form.getByRole('button', { name: reclassifyEn.button }).click();
  await expect(staff).toHaveURL(/\/en\/staff\?moved=/);
  await expect(staff.getByRole('status')).toHaveText(
    fill(reclassifyEn.movedAway, {
      number: tn,
      service: 'Street light out',
      agency: 'Baltimore Gas and Electric',
    }),
  );
  await staff.mouse.move(0, 0);
  await expectAxeClean(staff);
  expect((await staff.goto(`/en/staff/requests/${tn}`))!.status()).toBe(404);

  // Open311: the new service and its due date (4 days from when it was made).
  const moved = await open311Record(request, tn);
  expect(moved).toMatchObject({
    service_code: 'BGE-StLight(s) Out',
    service_name: 'Street light out',
    agency_responsible: 'Baltimore Gas and Electric',
    requested_datetime: before.requested_datetime,
  });
  expect(+new Date(moved.expected_datetime) - +new Date(moved.requested_datetime)).toBe(4 * DAY);

  // The new agency's staff page shows it with that target.
  const bge = await makeStaff(request, 'bge-agent', 'agent', 'BGE');
  const bgeStaff = await staffPage(browser, bge.email);
  await openRequest(bgeStaff, tn);
  await expect(
    bgeStaff.locator('#request-summary > div').filter({ hasText: triageEn.service }),
  ).toContainText('Street light out');
  await expect(targetRow(bgeStaff)).toContainText(
    cityDate(moved.expected_datetime, { dateStyle: 'medium', timeStyle: 'short' }),
  );

  // The resident's tracking page: the new service and target, never the staff-only reason.
  await page.goto(`/en/requests/${tn}`);
  await expect(page.getByRole('main')).toContainText('Street light out');
  await expect(page.getByRole('main')).toContainText(
    fill(trackingEn.targetBy, { date: cityDate(moved.expected_datetime, { dateStyle: 'long' }) }),
  );
  await expect(page.getByText('The pole tag says BGE')).toHaveCount(0);
});

test('a suggested duplicate merges in one action; its resident hears of the merge, never a survey', async ({
  browser,
  page,
  request,
}) => {
  test.slow(); // a resident journey, then the staff one
  const n = block();
  const original = await viaOpen311(request, 'TRM-Potholes', `${n} W Lombard St`, {
    POTHOLE_LOCATION: 'street',
  });

  // The same hole reported again on the web, by a resident who wants updates.
  const email = `dup.${runId()}@example.com`;
  await page.goto('/en/services/TRM-Potholes/request');
  await page.getByLabel('In the street').check();
  await page.getByLabel(m.form.addressLabel).fill(`${n + 20} West Lombard Street`);
  await page.getByLabel(m.form.zipLabel).fill('21201');
  await page.getByLabel(m.form.descriptionLabel).fill('Big hole again');
  await page.getByLabel(m.form.emailLabel).fill(email);
  await page.getByLabel(m.form.consentLabel).check();
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  const again = (await page.locator('.tracking-number').textContent())!.trim();

  const dot = await makeStaff(request, 'dot-agent', 'agent', 'DOT');
  const staff = await staffPage(browser, dot.email);
  await openRequest(staff, original);
  const suggestions = staff.locator('section[aria-labelledby="duplicates-heading"]');
  const item = suggestions.getByRole('listitem').filter({ hasText: again });
  await expect(item).toContainText(reclassifyEn.sameBlock);
  await expect(item).toContainText(m.status.new);
  await expect(item).toContainText(`${n + 20} West Lombard Street`);
  await expectAxeClean(staff);

  // The newer report goes into this (older) one, in one press.
  await item.getByRole('button', { name: fill(reclassifyEn.mergeFrom, { number: again }) }).click();
  await expect(staff.getByRole('status')).toHaveText(
    fill(reclassifyEn.mergedHere, { number: again }),
  );
  await expect(
    staff.locator('#request-summary > div').filter({ hasText: triageEn.duplicates }),
  ).toContainText(again);
  await expect(suggestions.getByRole('listitem').filter({ hasText: again })).toHaveCount(0);

  // Its resident is told of the merge; no closing message, no survey link, ever.
  await waitForMail(email, `Your request ${again} is now part of ${original}`);
  await openRequest(staff, again);
  const sent = staff.getByRole('region', { name: /Messages/ });
  await expect(sent.getByRole('row').filter({ hasText: outboxEn.kind.merged })).toHaveCount(1);
  await expect(sent.getByRole('row').filter({ hasText: outboxEn.kind.closed })).toHaveCount(0);
  await expect(
    sent.getByRole('row').filter({ hasText: outboxEn.kind.satisfaction_survey }),
  ).toHaveCount(0);
  const mail = await mailTo(email);
  expect(mail.map((x) => x.subject)).not.toContain(
    outboxEn.resident.satisfaction_surveySubject.replace('{trackingNumber}', again),
  );
  expect(mail.filter((x) => /feedback\?token=/.test(x.text))).toEqual([]);
});

test('a forged move of another agency’s request is "not found" and changes nothing', async ({
  playwright,
  request,
}, info) => {
  const origin = String(info.project.use.baseURL);
  const tn = await viaOpen311(request, 'TRM-Street Light Out', `${block()} W Lombard St`);
  const agent = await makeStaff(request, 'sw-agent', 'agent', 'DPW-SW');
  const ctx = await playwright.request.newContext({ baseURL: origin });
  await signInOverHttp(ctx, agent.email, STAFF_PASSWORD, origin);
  const action = actionId('staff/requests/[trackingNumber]/actions.ts', 'requestAction');
  expect(action, 'requestAction in the build').toBeTruthy();
  const initial = { seq: 0, intent: null, errors: {}, values: {}, conflict: null };
  const res = await postForm(
    ctx,
    `/en/staff/requests/${tn}`,
    [
      ...forgedActionFields(action!, ['en', initial]),
      ['intent', 'reclassify'],
      ['trackingNumber', tn],
      ['version', '1'],
      ['newService', 'SW-Dirty Street'],
      ['reclassifyReason', 'Not ours either'],
    ],
    origin,
  );
  expect(res.status()).toBe(404);
  expect((await open311Record(request, tn)).service_code).toBe('TRM-Street Light Out');
  await ctx.dispose();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('moving a request and merging a suggestion are plain forms, errors included', async ({
    page,
    request,
  }) => {
    const street = `${block()} W Lombard St`;
    const tn = await viaOpen311(request, 'TRM-Potholes', street, { POTHOLE_LOCATION: 'street' });
    const again = await viaOpen311(request, 'TRM-Potholes', street, { POTHOLE_LOCATION: 'street' });
    const agent = await makeStaff(request, 'nojs', 'agent', 'DOT');
    await signIn(page, agent.email);
    await openRequest(page, again);

    const form = page.locator('form[aria-labelledby="reclassify-heading"]');
    await form.getByLabel(reclassifyEn.serviceLabel).selectOption('TRM-Debris In Roadway');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await form.getByRole('button', { name: reclassifyEn.button }).click();
    const html = await (await refused).text();
    await expect(page.locator('.error-summary')).toContainText(
      m.validation.triage.reclassifyReasonRequired,
    );
    await expect(page).toHaveTitle(/^Error: /);
    // The choice is kept; only the reason is missing.
    await expect(form.getByLabel(reclassifyEn.serviceLabel)).toHaveValue('TRM-Debris In Roadway');
    await expectAxeCleanWithoutJs(page, html);

    // The newer report into the older one, from the newer one's page.
    const item = page.getByRole('listitem').filter({ hasText: tn });
    await item.getByRole('button', { name: fill(reclassifyEn.mergeInto, { number: tn }) }).click();
    await expect(page.getByRole('status')).toHaveText(triageEn.done.merge);
    await expect(page.locator('#request-summary')).toContainText(m.status.reason.duplicate);
  });
});
