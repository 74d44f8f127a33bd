import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import staffEn from '../../locales/en/Staff.json';
import queueEn from '../../locales/en/Queue.json';
import triageEn from '../../locales/en/Triage.json';
import triageEs from '../../locales/es/Triage.json';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  expectNoHorizontalScroll,
  messages,
  reachCheckAnswers,
} from '../support';
import { makeStaff, signIn, staffPage } from '../staff-support';

const m = messages.en;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Staff of two agencies, made through the test server (E2E_TEST_HOOKS). */
/** A pothole reported through the resident journey, with a photo and consent to updates. */
async function residentReportsPothole(page: Page, description: string) {
  await page.goto('/en/services/TRM-Potholes/request');
  await page.getByLabel('In the street').check();
  await page.getByLabel(m.form.addressLabel).fill('100 N Holliday St');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  await page.getByLabel(m.form.descriptionLabel).fill(description);
  await page.getByLabel(m.form.photoLabel).setInputFiles({
    name: 'hole.jpg',
    mimeType: 'image/jpeg',
    buffer: await sharp({
      create: { width: 320, height: 240, channels: 3, background: { r: 60, g: 60, b: 60 } },
    })
      .jpeg()
      .toBuffer(),
  });
  await page.getByLabel(m.form.emailLabel).fill(`resident.${run}@example.com`);
  await page.getByLabel(m.form.consentLabel).check();
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  return (await page.locator('.tracking-number').textContent())!.trim();
}

async function openFromQueue(page: Page, trackingNumber: string) {
  await page.goto(`/en/staff?q=${trackingNumber}`);
  await page.getByRole('link', { name: trackingNumber }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    triageEn.title.replace('{number}', trackingNumber),
  );
}

test('a resident’s request is found, acknowledged, noted and closed; the tracking page shows it', async ({
  page,
  browser,
  request,
}) => {
  test.slow(); // a whole resident journey, then a whole staff one
  const tn = await residentReportsPothole(page, `Deep hole ${run}`);
  const agent = await makeStaff(request, 'dot-agent', 'agent', 'DOT');
  const staff = await staffPage(browser, agent.email);

  await openFromQueue(staff, tn);
  // Everything staff need, personal data included; the photo comes from the authorized route.
  // The address shows in the contact details and, as the recipient, in the messages sent.
  await expect(staff.locator('dd').getByText(`resident.${run}@example.com`)).toBeVisible();
  const sent = staff.getByRole('region', { name: /Messages/ });
  await expect(sent.getByRole('row').filter({ hasText: 'Confirmation' })).toContainText(
    `resident.${run}@example.com`,
  );
  await expect(staff.getByText(`Deep hole ${run}`)).toBeVisible();
  // The language the resident wrote in, named; their text marked with it for screen readers.
  await expect(
    staff
      .locator('dt', { hasText: triageEn.residentLanguage })
      .locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('English');
  await expect(staff.getByText(`Deep hole ${run}`)).toHaveAttribute('lang', 'en');
  const photo = staff.getByRole('img', { name: /Photo 1 sent with request/ });
  await expect(photo).toBeVisible();
  // Visible is not decoded: poll until the browser has the image's pixels.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expectAxeClean(staff);

  await staff.getByRole('button', { name: triageEn.acknowledge }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.acknowledge);

  // A note with an error first: the summary takes focus, the title says so, axe is clean.
  await staff.getByRole('button', { name: triageEn.addNote }).click();
  const summary = staff.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(m.validation.triage.noteRequired);
  await expect(staff).toHaveTitle(/^Error: /);
  await expectAxeClean(staff);

  await staff.getByLabel(triageEn.noteLabel, { exact: true }).fill(`Crew booked ${run}`);
  await staff.getByLabel(triageEn.publicOption).check();
  await staff.getByRole('button', { name: triageEn.addNote }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.note);
  await staff.getByLabel(triageEn.noteLabel, { exact: true }).fill(`Internal only ${run}`);
  await staff.getByRole('button', { name: triageEn.addNote }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.note);

  // Closing without a reason is refused; with one it closes.
  await staff.getByRole('button', { name: triageEn.close }).click();
  await expect(summary).toContainText(m.validation.triage.reasonRequired);
  await expectAxeClean(staff);
  await staff.getByLabel(m.status.reason.resolved).check();
  await staff.getByLabel(triageEn.publicNoteLabel).fill(`Filled ${run}`);
  await staff.getByRole('button', { name: triageEn.close }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.close);
  // The audit trail names who did what.
  const audit = staff.getByRole('table', { name: /Every change to/ });
  await expect(audit.getByRole('row')).toHaveCount(5); // header + ack, 2 notes, close
  await expect(audit).toContainText(agent.name);
  await expect(audit).toContainText(
    `${triageEn.field.status}: ${m.status.new} → ${m.status.acknowledged}`,
  );
  await expectAxeClean(staff);
  await staff.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(staff);

  // The resident sees the outcome and the public notes, never the internal one.
  await page.goto(`/en/requests/${tn}`);
  await expect(page.getByText(m.status.closed, { exact: true })).toBeVisible();
  await expect(page.getByText(m.status.reason.resolved)).toBeVisible();
  await expect(page.getByText(`Crew booked ${run}`)).toBeVisible();
  // The closing message is "what was done" (and an entry of the timeline).
  await expect(page.locator('#summary-done dd')).toHaveText(`Filled ${run}`);
  await expect(page.getByText(`Internal only ${run}`)).toHaveCount(0);
  await staff.context().close();
});

test('an agent cannot see or change another agency’s request: by URL, by a forged action, by API', async ({
  page,
  browser,
  request,
}) => {
  test.slow();
  const dotRequest = await residentReportsPothole(page, `Other agency ${run}`);
  const dot = await makeStaff(request, 'dot-agent2', 'agent', 'DOT');
  const sw = await makeStaff(request, 'sw-agent', 'agent', 'DPW-SW');
  const dotStaff = await staffPage(browser, dot.email);
  await openFromQueue(dotStaff, dotRequest);
  const photoUrl = (await dotStaff.getByRole('img', { name: /Photo 1/ }).getAttribute('src'))!;
  expect((await dotStaff.request.get(photoUrl)).headers()['content-type']).toBe('image/jpeg');

  // A request of the agent's own agency, to forge an action from.
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'SW-Dirty Alley',
      address_string: `9 Forge Alley ${run}, Baltimore, MD 21231`,
    },
  });
  const [{ service_request_id: swRequest }] = await res.json();

  const swStaff = await staffPage(browser, sw.email);
  // By URL: not found, and the queue does not list it.
  const direct = await swStaff.goto(`/en/staff/requests/${dotRequest}`);
  expect(direct!.status()).toBe(404);
  await expect(swStaff.getByText(`Other agency ${run}`)).toHaveCount(0);
  await swStaff.goto(`/en/staff?q=${dotRequest}`);
  await expect(swStaff.getByText(staffEn.queueEmpty)).toBeVisible();
  // By API: the photo route refuses the other agency's photo.
  expect((await swStaff.request.get(photoUrl)).status()).toBe(404);
  expect((await request.get(photoUrl)).status()).toBe(404); // nor anyone signed out

  // By server action: the agent's own request page, with the form retargeted at the other one.
  await openFromQueue(swStaff, swRequest);
  const form = swStaff.locator('form', {
    has: swStaff.getByRole('button', { name: triageEn.acknowledge }),
  });
  await form
    .locator('input[name="trackingNumber"]')
    .evaluate((el: HTMLInputElement, tn) => (el.value = tn), dotRequest);
  await form.getByRole('button', { name: triageEn.acknowledge }).click();
  await expect(swStaff.locator('.error-summary')).toContainText(m.validation.triage.notFound);
  // Nothing changed on the other agency's request.
  await dotStaff.reload();
  await expect(dotStaff.locator('#request-summary')).toContainText(m.status.new);
  await expect(dotStaff.getByText(triageEn.auditEmpty)).toBeVisible();
  await dotStaff.context().close();
  await swStaff.context().close();
});

test('two staff editing one request: the first wins, the second is told what changed', async ({
  browser,
  request,
}) => {
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'TRM-Potholes',
      address_string: `12 Race St ${run}, Baltimore, MD 21230`,
      'attribute[POTHOLE_LOCATION]': 'street',
    },
  });
  const [{ service_request_id: tn }] = await res.json();
  const first = await makeStaff(request, 'first', 'agent', 'DOT');
  const second = await makeStaff(request, 'second', 'agent', 'DOT');
  const a = await staffPage(browser, first.email);
  const b = await staffPage(browser, second.email);
  await openFromQueue(a, tn);
  await openFromQueue(b, tn);

  await a.getByRole('button', { name: triageEn.start }).click();
  await expect(a.getByRole('status')).toHaveText(triageEn.done.start);

  // B still sees the old page and closes it.
  await b.getByLabel(m.status.reason.no_action_needed).check();
  await b.getByRole('button', { name: triageEn.close }).click();
  const notice = b.getByRole('alert').filter({ hasText: triageEn.conflictTitle });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(first.name);
  await expect(notice).toContainText(triageEn.audit.start);
  await expect(b).toHaveTitle(/^Error: /);
  await expectAxeClean(b);
  // Nothing of B's was saved, and B's page now shows the request as it is.
  await expect(b.locator('#request-summary')).toContainText(m.status.in_progress);
  await a.reload();
  await expect(a.locator('#request-summary')).toContainText(m.status.in_progress);
  // B can now close it knowingly.
  await b.getByLabel(m.status.reason.no_action_needed).check();
  await b.getByRole('button', { name: triageEn.close }).click();
  await expect(b.getByRole('status')).toHaveText(triageEn.done.close);
  await a.context().close();
  await b.context().close();
});

test('bulk acknowledge from the queue, and a supervisor assigns', async ({ browser, request }) => {
  const numbers: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.post('/api/open311/v2/requests.json', {
      form: {
        api_key: 'e2e-open311-key-0123456789',
        service_code: 'TRM-Potholes',
        address_string: `${i + 1} Bulk St ${run}, Baltimore, MD 21230`,
        'attribute[POTHOLE_LOCATION]': 'street',
      },
    });
    numbers.push((await res.json())[0].service_request_id);
  }
  const sup = await makeStaff(request, 'sup', 'supervisor', 'DOT');
  const agent = await makeStaff(request, 'assignee', 'agent', 'DOT');
  const page = await staffPage(browser, sup.email);
  await page.goto(`/en/staff?q=Bulk+St+${run}`);
  const bulkControls = page.locator('summary', { hasText: queueEn.bulkSummary });
  await bulkControls.click();
  await page.getByRole('button', { name: staffEn.bulkAcknowledge }).click();
  await expect(page.locator('.error-summary')).toContainText(m.validation.triage.pickSome);
  await expect(page).toHaveTitle(/^Error: /);
  for (const n of numbers) await page.getByLabel(`Select ${n}`).check();
  await page.getByRole('button', { name: staffEn.bulkAcknowledge }).click();
  await expect(page.getByRole('status')).toContainText('2 requests changed.');
  await expect(page.getByRole('table').getByText(m.status.acknowledged)).toHaveCount(2);

  for (const n of numbers) await page.getByLabel(`Select ${n}`).check();
  await bulkControls.click(); // folded again after a success
  await page.getByLabel(staffEn.bulkAssignee).selectOption({ label: agent.name });
  await page.getByRole('button', { name: staffEn.bulkAssign }).click();
  await expect(page.getByRole('status')).toContainText('2 requests changed.');
  await expect(page.getByRole('table').getByText(agent.name)).toHaveCount(2);
  await expectAxeClean(page);
  await page.goto('/en/staff?assigned=none&q=Bulk+St+' + run);
  await expect(page.getByText(staffEn.queueEmpty)).toBeVisible();
  await page.context().close();
});

async function open311Pothole(request: APIRequestContext, street: string) {
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'TRM-Potholes',
      address_string: `${street} ${run}, Baltimore, MD 21230`,
      'attribute[POTHOLE_LOCATION]': 'street',
    },
  });
  return (await res.json())[0].service_request_id as string;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the request page’s actions work as plain forms, errors included', async ({
    page,
    request,
  }) => {
    const tn = await open311Pothole(request, '5 No Script Rd');
    const agent = await makeStaff(request, 'nojs', 'agent', 'DOT');
    await signIn(page, agent.email);
    await openFromQueue(page, tn);
    await page.getByRole('button', { name: triageEn.acknowledge }).click();
    await expect(page.getByRole('status')).toHaveText(triageEn.done.acknowledge);

    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: triageEn.close }).click();
    const html = await (await refused).text();
    await expect(page.locator('.error-summary')).toContainText(m.validation.triage.reasonRequired);
    await expect(page).toHaveTitle(/^Error: /);
    await expectAxeCleanWithoutJs(page, html);

    await page.getByLabel(m.status.reason.unable_to_locate).check();
    await page.getByRole('button', { name: triageEn.close }).click();
    await expect(page.getByRole('status')).toHaveText(triageEn.done.close);
    await expect(page.locator('#request-summary')).toContainText(m.status.reason.unable_to_locate);
  });
});

test('in Spanish, the request page and its errors are axe-clean at phone and desktop widths', async ({
  page,
  request,
}) => {
  const tn = await open311Pothole(request, '8 Calle Prueba');
  const agent = await makeStaff(request, 'es', 'agent', 'DOT');
  await signIn(page, agent.email);
  await page.goto(`/es/staff/requests/${tn}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    triageEs.title.replace('{number}', tn),
  );
  await page.getByRole('button', { name: triageEs.addNote }).click();
  await expect(page.locator('.error-summary')).toContainText(
    messages.es.validation.triage.noteRequired,
  );
  await expect(page).toHaveTitle(/^Error: /);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAxeClean(page);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
});
