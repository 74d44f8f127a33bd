import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import intakeEn from '../../locales/en/Intake.json';
import intakeEs from '../../locales/es/Intake.json';
import outboxEs from '../../locales/es/Outbox.json';
import triageEn from '../../locales/en/Triage.json';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  expectNoHorizontalScroll,
  fillMessage,
  formKey,
  messages,
  requestsForKey,
} from '../support';
import { waitForMail } from '../mail';
import { actionId, forgedActionFields, signInOverHttp } from '../fuzz/support';
import { makeStaff, runId, signIn, STAFF_PASSWORD } from '../staff-support';

const en = messages.en;
const intake = { en: intakeEn, es: intakeEs };
const POTHOLE_SERVICE = 'TRM-Potholes';

/** From the queue: the link, the service, then that service's form. */
async function openPotholeForm(page: Page) {
  await page.getByRole('link', { name: intakeEn.navLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(intakeEn.title);
  await page.getByLabel(intakeEn.serviceLabel, { exact: true }).selectOption(POTHOLE_SERVICE);
  await page.getByRole('button', { name: intakeEn.continue }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fillMessage(intakeEn.formTitle, { service: 'Pothole' }),
  );
}

/** A pothole call: the caller agreed to be contacted, in Spanish, by email. */
async function fillCall(page: Page, email: string, place: string) {
  await page.getByLabel('In the street').check();
  await page.getByLabel(en.form.addressLabel, { exact: true }).fill(place);
  await page.getByLabel(en.form.zipLabel, { exact: true }).fill('21202');
  await page.getByLabel(intakeEn.languageLabel).selectOption('es');
  await page.getByRole('group', { name: intakeEn.consentLegend }).getByLabel('Yes').check();
  await page
    .getByLabel(fillMessage(en.form.optionalLabel, { label: en.form.emailLabel }))
    .fill(email);
}

/** The confirmation, the public tracking page (with the phone line) and Open311 agree. */
async function expectCreated(
  page: Page,
  request: APIRequestContext,
  place: string,
  { canOpen }: { canOpen: boolean },
) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(intakeEn.doneTitle);
  const number = (await page.locator('.tracking-number').textContent())!.trim();
  expect(number).toMatch(/^BAL-\d\d-\d{6}$/);
  await expect(
    page.getByText(fillMessage(intakeEn.doneEmail, { language: 'Spanish' })),
  ).toBeVisible();
  // Any agency's service may be entered; only its own agency (and admins) open it in the console.
  const staffLink = page.getByRole('link', { name: fillMessage(intakeEn.staffLink, { number }) });
  if (canOpen) await expect(staffLink).toHaveAttribute('href', `/en/staff/requests/${number}`);
  else await expect(staffLink).toHaveCount(0);

  await page.getByRole('link', { name: intakeEn.publicLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.locator('#summary-channel dt')).toHaveText(intakeEn.reported.label);
  await expect(page.locator('#summary-channel dd')).toHaveText(intakeEn.reported.phone);
  await expect(page.locator('#summary-location')).toContainText(place);

  const res = await request.get(`/api/open311/v2/requests/${number}.json`);
  expect(res.status()).toBe(200);
  const [json] = await res.json();
  expect(json).toMatchObject({
    service_request_id: number,
    service_code: POTHOLE_SERVICE,
    status: 'open',
    zipcode: '21202',
  });
  expect(JSON.stringify(json)).not.toContain('@example.com');
  return number;
}

test('an agent enters a phoned-in request: tracking number, public page, Open311, the caller’s email in Spanish', async ({
  page,
  request,
}) => {
  const agent = await makeStaff(request, 'Call taker', 'agent', 'DOT');
  await signIn(page, agent.email);
  await openPotholeForm(page);
  const key = await formKey(page);
  const email = `caller-${runId()}@example.com`;
  const place = `${100 + Math.floor(Math.random() * 800)} N Holliday St`;
  await fillCall(page, email, place);
  await page.getByRole('button', { name: intakeEn.submit }).click();
  const number = await expectCreated(page, request, place, { canOpen: true });
  expect(await requestsForKey(request, key)).toBe(1);

  // The confirmation reaches the caller in their language, with the number to quote.
  await waitForMail(
    email,
    fillMessage(outboxEs.resident.confirmationSubject, { trackingNumber: number }),
  );
});

test('a refused call keeps every answer and says what is missing; the page is axe-clean', async ({
  page,
  request,
}) => {
  test.slow(); // axe at two widths, two languages, two page states
  const agent = await makeStaff(request, 'Call taker errors', 'agent', 'DOT');
  await signIn(page, agent.email);

  for (const locale of ['en', 'es'] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/staff/requests/new`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(intake[locale].title);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await expectAxeClean(page);
    }
    await page.goto(`/${locale}/staff/requests/new?service=${POTHOLE_SERVICE}`);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await expectAxeClean(page);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  }

  // English, at desktop width: details typed although the caller said no, no address.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/en/staff/requests/new?service=${POTHOLE_SERVICE}`);
  // The staff page's language is the caller's unless changed.
  await expect(page.getByLabel(intakeEn.languageLabel)).toHaveValue('en');
  const key = await formKey(page);
  await page.getByLabel('In a crosswalk').check();
  await page.getByRole('group', { name: intakeEn.consentLegend }).getByLabel('No').check();
  const name = page.getByLabel(fillMessage(en.form.optionalLabel, { label: en.form.nameLabel }));
  await name.fill('Dana Caller');
  const description = page.getByLabel(
    fillMessage(en.form.optionalLabel, { label: en.form.descriptionLabel }),
  );
  await description.fill('Deep, by the bus stop');
  await page.getByRole('button', { name: intakeEn.submit }).click();

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(en.validation.address.required);
  await expect(summary).toContainText(en.validation.zip.required);
  await expect(summary).toContainText(intakeEn.validation.contactWithoutConsent);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel(en.form.addressLabel, { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // Everything typed is still there.
  await expect(name).toHaveValue('Dana Caller');
  await expect(description).toHaveValue('Deep, by the bus stop');
  await expect(page.getByLabel('In a crosswalk')).toBeChecked();
  await expect(
    page.getByRole('group', { name: intakeEn.consentLegend }).getByLabel('No'),
  ).toBeChecked();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAxeClean(page);
  }
  expect(await requestsForKey(request, key)).toBe(0);

  // Corrected: no details kept, no message; the staff page names who entered it.
  await page.setViewportSize({ width: 1280, height: 900 });
  await name.fill('');
  await page.getByLabel(en.form.addressLabel, { exact: true }).fill('200 E Lexington St');
  await page.getByLabel(en.form.zipLabel, { exact: true }).fill('21202');
  await page.getByRole('button', { name: intakeEn.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(intakeEn.doneTitle);
  await expect(page.getByText(intakeEn.doneNoMessage)).toBeVisible();
  const number = (await page.locator('.tracking-number').textContent())!.trim();
  await page.getByRole('link', { name: fillMessage(intakeEn.staffLink, { number }) }).click();
  await expect(page.locator('#request-summary')).toContainText(triageEn.channel.phone);
  await expect(page.getByText(triageEn.anonymous)).toBeVisible();
  const audit = page.getByRole('table').filter({ hasText: triageEn.audit.intake });
  await expect(audit).toContainText(agent.name);
  await expect(audit).toContainText(
    fillMessage(triageEn.changeTo, { field: triageEn.field.callerConsent, to: triageEn.no }),
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole call works as plain forms, a refused post and a retry included', async ({
    page,
    request,
  }) => {
    const agent = await makeStaff(request, 'Call taker nojs', 'agent', 'HCD');
    await signIn(page, agent.email);
    await openPotholeForm(page);
    const key = await formKey(page);

    // Nothing answered: the server's errors, in a page axe finds clean.
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: intakeEn.submit }).click();
    const html = await (await refused).text();
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText(intakeEn.validation.consentRequired);
    await expect(summary).toContainText(en.validation.address.required);
    await expect(page).toHaveTitle(/^Error: /);
    await expectAxeCleanWithoutJs(page, html);

    const email = `caller-nojs-${runId()}@example.com`;
    const place = `${100 + Math.floor(Math.random() * 800)} E Fayette St`;
    await fillCall(page, email, place);
    const posted = page.waitForRequest((r) => r.method() === 'POST');
    await page.getByRole('button', { name: intakeEn.submit }).click();
    const sent = await posted;
    await expect(page).toHaveURL(/\/en\/staff\/requests\/new\/BAL-\d\d-\d{6}$/);
    const confirmation = page.url();

    // Replay the exact submission, as a browser retry or "back, then send again" does: the
    // same confirmation, not a second request.
    const again = await page.request.fetch(sent.url(), {
      method: 'POST',
      headers: {
        'content-type': sent.headers()['content-type'],
        origin: new URL(confirmation).origin,
      },
      data: sent.postDataBuffer()!,
      maxRedirects: 0,
    });
    expect([303, 302, 307]).toContain(again.status());
    expect(new URL(again.headers()['location'], confirmation).href).toBe(confirmation);
    expect(await requestsForKey(request, key)).toBe(1);

    // A Housing agent reads the number back, but the pothole is DOT's to open.
    await expectCreated(page, request, place, { canOpen: false });
  });
});

test('a signed-out or forged post of the intake form creates nothing', async ({
  playwright,
  request,
}, info) => {
  const origin = String(info.project.use.baseURL);
  const action = actionId('staff/requests/new/actions.ts', 'intakeAction');
  expect(action, 'intakeAction in the build’s server-reference manifest').toBeTruthy();
  const initial = { values: {}, errors: {}, seq: 0 };
  /** The post a browser without JavaScript makes, with whatever bound arguments it carries. */
  const post = (ctx: APIRequestContext, bound: unknown[], key: string) => {
    const body = new FormData();
    const call = {
      attr__POTHOLE_LOCATION: 'street',
      address: '100 N Holliday St',
      zip: '21202',
      contactLanguage: 'en',
      callerConsent: 'no',
      idempotencyKey: key,
    };
    for (const [k, v] of [...forgedActionFields(action!, bound), ...Object.entries(call)])
      body.append(k, v);
    return ctx.post(`/en/staff/requests/new?service=${POTHOLE_SERVICE}`, {
      multipart: body,
      headers: { Origin: origin },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  };

  // Signed out: to the sign-in page, nothing made.
  const anon = await playwright.request.newContext({ baseURL: origin });
  const anonKey = randomUUID();
  const refused = await post(anon, ['en', POTHOLE_SERVICE, initial], anonKey);
  expect(refused.status()).toBeLessThan(500);
  expect(refused.headers()['location'] ?? '').toContain('/en/staff/sign-in');
  expect(await requestsForKey(request, anonKey)).toBe(0);
  await anon.dispose();

  // Signed in, with forged bound arguments: not found, nothing made.
  const agent = await makeStaff(request, 'Intake forger', 'agent', 'DOT');
  const ctx = await playwright.request.newContext({ baseURL: origin });
  await signInOverHttp(ctx, agent.email, STAFF_PASSWORD, origin);
  for (const bound of [
    ['xx', POTHOLE_SERVICE, initial],
    ['en', 42, initial],
    ['en', 'x'.repeat(300), initial],
  ]) {
    const key = randomUUID();
    expect((await post(ctx, bound, key)).status(), JSON.stringify(bound[1])).toBe(404);
    expect(await requestsForKey(request, key)).toBe(0);
  }
  // The same post as the page binds it: made, once.
  const key = randomUUID();
  expect((await post(ctx, ['en', POTHOLE_SERVICE, initial], key)).status()).toBe(303);
  expect(await requestsForKey(request, key)).toBe(1);
  await ctx.dispose();
});
