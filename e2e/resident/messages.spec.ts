import { expect, test, type Page } from '@playwright/test';
import confirmationEs from '../../locales/es/Confirmation.json';
import triageEn from '../../locales/en/Triage.json';
import validationEn from '../../locales/en/Validation.json';
import unsubscribeEs from '../../locales/es/Unsubscribe.json';
import { linkIn, mailTo, waitForMail } from '../mail';
import { makeStaff, runId, staffPage } from '../staff-support';
import { messages, reachCheckAnswers } from '../support';

/**
 * The promise on the form and the confirmation page ("send me updates"), kept: against a real
 * SMTP server (e2e/smtp-sink.mjs), the resident gets the confirmation, the closure with staff's
 * message, the merge notice, and nothing after unsubscribing.
 */
const run = runId();

async function reportPothole(page: Page, locale: 'en' | 'es', email: string) {
  const m = messages[locale];
  await page.goto(`/${locale}/services/TRM-Potholes/request`);
  await page.getByLabel(locale === 'es' ? 'En la calle' : 'In the street').check();
  await page.getByLabel(m.form.addressLabel).fill('100 N Holliday St');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  await page.getByLabel(m.form.emailLabel).fill(email);
  await page.getByLabel(m.form.consentLabel).check();
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  return (await page.locator('.tracking-number').textContent())!.trim();
}

async function staffClose(staff: Page, trackingNumber: string, message: string) {
  await staff.goto(`/en/staff/requests/${trackingNumber}`);
  await staff.getByLabel(messages.en.status.reason.resolved).check();
  await staff.getByLabel(triageEn.publicNoteLabel).fill(message);
  await staff.getByRole('button', { name: triageEn.close }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.close);
}

test('a Spanish-speaking resident is told: received, closed with staff’s words; then stops updates', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const email = `vecina.${run}@example.com`;
  const tn = await reportPothole(page, 'es', email);
  await expect(page.getByText(confirmationEs.updates)).toBeVisible();

  const confirmation = await waitForMail(email, `Recibimos su solicitud ${tn}`);
  expect(confirmation.text).toContain(`Su número de seguimiento es ${tn}.`);
  await page.goto(linkIn(confirmation.text, `/es/requests/${tn}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(tn);

  const { email: staffEmail } = await makeStaff(request, 'Mail Supervisor', 'supervisor', 'DOT');
  const staff = await staffPage(browser, staffEmail);
  await staffClose(staff, tn, `Bache rellenado el martes ${run}`);
  const closed = await waitForMail(email, `Su solicitud ${tn} está cerrada`);
  expect(closed.text).toContain('Resultado: el problema fue atendido.');
  expect(closed.text).toContain(`Bache rellenado el martes ${run}`);
  expect(closed.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  // The survey link opens the survey.
  await page.goto(linkIn(closed.text, '/feedback?token='));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeVisible();

  // Staff see that messages went out, not their links.
  await staff.goto(`/en/staff/requests/${tn}`);
  const table = staff.getByRole('region', { name: /Messages/ });
  await expect(table.getByRole('row')).toHaveCount(3); // header, confirmation, closure
  expect(await staff.content()).not.toContain('/feedback?token=');

  // Unsubscribe from the link in the e-mail: opening it changes nothing, the button does.
  await page.goto(linkIn(closed.text, '/unsubscribe/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unsubscribeEs.title);
  await page.getByRole('button', { name: unsubscribeEs.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unsubscribeEs.doneTitle);

  // Reopened after that: nothing is sent.
  await staff.goto(`/en/staff/requests/${tn}`);
  // Reopening changes figures already reported: never without a reason.
  await staff.getByRole('button', { name: triageEn.reopen }).click();
  await expect(staff.locator('.error-summary')).toContainText(
    validationEn.triage.reopenReasonRequired,
  );
  await staff.getByLabel(triageEn.reopenReasonLabel).fill(`Bache de nuevo ${run}`);
  await staff.getByRole('button', { name: triageEn.reopen }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.reopen);
  // Staff only: on the timeline as an internal note (the audit trail repeats it as the reason).
  await expect(staff.locator('.timeline').getByText(`Bache de nuevo ${run}`)).toBeVisible();
  await expect(staff.getByRole('region', { name: /Messages/ }).getByRole('row')).toHaveCount(3);
  await page.waitForTimeout(3_000); // the worker is nudged at once; give it time to (not) send
  expect((await mailTo(email)).map((m) => m.subject)).toEqual([
    `Recibimos su solicitud ${tn}`,
    `Su solicitud ${tn} está cerrada`,
  ]);
  await staff.context().close();
});

test('a merged request’s resident is told which request now tracks it, and gets no survey', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const first = await reportPothole(page, 'en', `first.${run}@example.com`);
  const secondEmail = `second.${run}@example.com`;
  const second = await reportPothole(page, 'en', secondEmail);

  const { email: staffEmail } = await makeStaff(request, 'Mail Agent', 'agent', 'DOT');
  const staff = await staffPage(browser, staffEmail);
  await staff.goto(`/en/staff/requests/${second}`);
  await staff.getByLabel(triageEn.parentLabel).fill(first);
  await staff.getByRole('button', { name: triageEn.merge }).click();
  await expect(staff.getByRole('status')).toHaveText(triageEn.done.merge);

  const notice = await waitForMail(secondEmail, `Your request ${second} is now part of ${first}`);
  expect(notice.text).toContain(`You will get the updates of ${first} from now on.`);
  expect(linkIn(notice.text, '/requests/')).toMatch(new RegExp(`/en/requests/${first}$`));
  expect(notice.text).not.toContain('feedback?token=');

  // They hear about the original's closure, without a survey (one per request, its sender's).
  await staffClose(staff, first, `Filled ${run}`);
  const closed = await waitForMail(secondEmail, `Your request ${first} is closed`);
  expect(closed.text).toContain(`Filled ${run}`);
  expect(closed.text).not.toContain('feedback?token=');
  const firstClosed = await waitForMail(
    `first.${run}@example.com`,
    `Your request ${first} is closed`,
  );
  expect(firstClosed.text).toContain('feedback?token=');
  await staff.context().close();
});
