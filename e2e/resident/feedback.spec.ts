import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import feedbackEn from '../../locales/en/Feedback.json';
import feedbackEs from '../../locales/es/Feedback.json';
import outboxEn from '../../locales/en/Outbox.json';
import triageEn from '../../locales/en/Triage.json';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  expectNoHorizontalScroll,
  expectNoHorizontalScrollAtDoubleText,
  messages,
  reachCheckAnswers,
} from '../support';
import { waitForMail } from '../mail';
import { ADMIN, signIn } from '../staff-support';

/**
 * The satisfaction survey, end to end: a resident asks for updates, staff close the request,
 * the closure message reaches the resident by e-mail with its survey link, and the resident
 * answers, once.
 */
const m = messages.en;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const PASSWORD = 'feedback e2e passphrase 2026';
const SURVEY_LINK = /https?:\/\/\S+\/requests\/BAL-\d{2}-\d{6,}\/feedback\?token=[\w-]+/;
let serial = 0;

/** A new browser context with JavaScript on, whatever the test's own options say. */
async function newPage(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: true,
  });
  return context.newPage();
}

async function makeDotAgent(request: APIRequestContext) {
  const email = `feedback-agent.${run}.${++serial}@baltimore.example`;
  const res = await request.post('/api/test-hooks/staff', {
    data: {
      email,
      name: `Feedback agent ${run}`,
      password: PASSWORD,
      role: 'agent',
      agencyCode: 'DOT',
    },
  });
  expect(res.status()).toBe(201);
  return email;
}

/** Through the web form: updates by e-mail, in Spanish. */
async function residentReportsPothole(page: Page, email: string) {
  await page.goto('/en/services/TRM-Potholes/request');
  await page.getByLabel('In the street').check();
  await page.getByLabel(m.form.addressLabel).fill('100 N Holliday St');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  await page.getByLabel(m.form.emailLabel).fill(email);
  await page.getByLabel(m.form.languageLabel).selectOption('es');
  await page.getByLabel(m.form.consentLabel).check();
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  return (await page.locator('.tracking-number').textContent())!.trim();
}

/**
 * The closure message as an admin sees it in the outbox (that it was sent, to whom — not its
 * text or links), and the survey link as the resident got it, by e-mail (e2e/smtp-sink.mjs).
 */
async function linkFromOutbox(admin: Page, tn: string, email: string) {
  await admin.goto('/en/staff/outbox');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(outboxEn.title);
  const row = admin
    .getByRole('row')
    .filter({ has: admin.getByRole('link', { name: tn }) })
    .filter({ hasText: outboxEn.kind.closed });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(email);
  expect(await admin.content()).not.toContain('feedback?token=');
  const mail = await waitForMail(email, `Su solicitud ${tn} está cerrada`);
  const link = SURVEY_LINK.exec(mail.text)?.[0];
  expect(link, 'the message has the survey link').toBeTruthy();
  return link!;
}

/** Report → close in the console → the link from the outbox. */
async function closedSurvey(browser: Browser, request: APIRequestContext) {
  const email = `resident.${run}.${++serial}@example.com`;
  const resident = await newPage(browser);
  const tn = await residentReportsPothole(resident, email);
  await resident.context().close();

  const agent = await newPage(browser);
  await signIn(agent, await makeDotAgent(request), PASSWORD);
  // Agents do not see the outbox (supervisors and admins do).
  expect((await agent.goto('/en/staff/outbox'))!.status()).toBe(404);
  await agent.goto(`/en/staff/requests/${tn}`);
  await agent.getByLabel(m.status.reason.resolved).check();
  await agent.getByRole('button', { name: triageEn.close }).click();
  await expect(agent.getByRole('status')).toHaveText(triageEn.done.close);
  await agent.context().close();

  const admin = await newPage(browser);
  await signIn(admin, ADMIN.email, ADMIN.password);
  const link = await linkFromOutbox(admin, tn, email);
  return { tn, link, admin };
}

const inLocale = (link: string, locale: 'en' | 'es') =>
  link.replace(/\/(en|es)\/requests\//, `/${locale}/requests/`);

test('a resident answers the survey from the outbox message, once; errors, axe, 320 px, 200% text', async ({
  page,
  browser,
  request,
}) => {
  test.slow(); // a resident journey, a staff one and the survey
  const { tn, link, admin } = await closedSurvey(browser, request);
  // The message is in the resident's language, and so is the link.
  expect(link).toContain(`/es/requests/${tn}/feedback?token=`);
  await expectAxeClean(admin);
  await admin.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(admin);
  await admin.context().close();

  // Spanish (the message's language): the page and its error state.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEs.title);
  await expect(page.getByRole('group', { name: feedbackEs.scoreLegend })).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: feedbackEs.submit }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText(feedbackEs.errors.scoreRequired);
  await expect(page).toHaveTitle(/^Error: /);
  await expectAxeClean(page);

  // A second tab, opened before the answer: its form will be a replay.
  const other = await page.context().newPage();
  await other.goto(inLocale(link, 'en'));

  // English: nothing sent is an error; the summary links to the question.
  await page.goto(inLocale(link, 'en'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.title);
  await expect(page.getByText(feedbackEn.lead.replace('{trackingNumber}', tn))).toBeVisible();
  await expectAxeClean(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.getByLabel(feedbackEn.commentLabel).fill(`Kept after an error ${run}`);
  await page.getByRole('button', { name: feedbackEn.submit }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(m.form.errorSummaryTitle);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel(feedbackEn.commentLabel)).toHaveValue(`Kept after an error ${run}`);
  await expect(page.getByRole('group', { name: feedbackEn.scoreLegend })).toHaveAttribute(
    'aria-describedby',
    'score-error',
  );
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page);
  await expectNoHorizontalScrollAtDoubleText(page);
  await summary.getByRole('link', { name: feedbackEn.errors.scoreRequired }).click();
  await expect(page.getByLabel(feedbackEn.score5, { exact: true })).toBeFocused();

  await page.getByLabel(feedbackEn.score4, { exact: true }).check();
  await page.getByLabel(feedbackEn.commentLabel).fill(`Filled in two days ${run}`);
  await page.getByRole('button', { name: feedbackEn.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.thanksTitle);
  await expect(page).not.toHaveTitle(/^Error: /);
  await expectAxeClean(page);

  // Again: already answered.
  await page.goto(inLocale(link, 'en'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.answeredTitle);
  await expect(page.getByRole('button', { name: feedbackEn.submit })).toHaveCount(0);
  await expectAxeClean(page);

  // The tab opened earlier sends a different answer: told "already answered", nothing changes.
  await other.getByLabel(feedbackEn.score1, { exact: true }).check();
  await other.getByRole('button', { name: feedbackEn.submit }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.answeredTitle);
  await other.close();
});

test('a wrong or cut-off survey link gets a polite page that reveals nothing', async ({ page }) => {
  for (const [locale, copy] of [
    ['en', feedbackEn],
    ['es', feedbackEs],
  ] as const) {
    for (const url of [
      `/${locale}/requests/BAL-26-000001/feedback?token=not-a-real-token`,
      `/${locale}/requests/BAL-26-999999/feedback`,
    ]) {
      const res = await page.goto(url);
      expect(res!.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.invalidTitle);
      await expect(page.getByRole('link', { name: copy.findLink })).toBeVisible();
    }
    await expectAxeClean(page);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the survey works as a plain form: error, answer, then "already answered"', async ({
    page,
    browser,
    request,
  }) => {
    test.slow();
    const { link, admin } = await closedSurvey(browser, request);
    await admin.context().close();
    const en = inLocale(link, 'en');

    const replay = await page.context().newPage();
    await replay.goto(en);

    await page.goto(en);
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: feedbackEn.submit }).click();
    const html = await (await refused).text();
    await expect(page.locator('.error-summary')).toContainText(feedbackEn.errors.scoreRequired);
    await expect(page).toHaveTitle(/^Error: /);
    await expectAxeCleanWithoutJs(page, html);

    await page.getByLabel(feedbackEn.score4, { exact: true }).check();
    await page.getByLabel(feedbackEn.commentLabel).fill(`No script, all good ${run}`);
    await page.getByRole('button', { name: feedbackEn.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.thanksTitle);

    await page.goto(en);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.answeredTitle);

    // A form opened before the answer, posted after it: changes nothing.
    await replay.getByLabel(feedbackEn.score2, { exact: true }).check();
    await replay.getByRole('button', { name: feedbackEn.submit }).click();
    await expect(replay.getByRole('heading', { level: 1 })).toHaveText(feedbackEn.answeredTitle);

    // Spanish, without JavaScript: the already-answered page is in Spanish.
    const es = await page.goto(inLocale(link, 'es'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feedbackEs.answeredTitle);
    await expectAxeCleanWithoutJs(page, await es!.text());
  });
});
