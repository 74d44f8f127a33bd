import { expect, test, type Browser, type Page } from '@playwright/test';
import responsesEn from '../../locales/en/Responses.json';
import responsesEs from '../../locales/es/Responses.json';
import triageEn from '../../locales/en/Triage.json';
import adminEn from '../../locales/en/Admin.json';
import { localeDir } from '../../lib/i18n/config';
import { CANNED_BODIES } from '../../lib/staff/canned-fields';
import {
  expectAxeClean,
  expectAxeCleanWithoutJs,
  expectNoHorizontalScroll,
  fillMessage,
  formatMessage,
  locales,
  messages,
  reachCheckAnswers,
  type Locale,
} from '../support';
import { makeStaff, runId, signIn, staffPage, STAFF_PASSWORD } from '../staff-support';

const t = responsesEn;
const m = messages.en;

/** A language's name as the English console says it ("Chinese"), and the lists it makes. */
const nameOf = (lang: string) => new Intl.DisplayNames(['en-US'], { type: 'language' }).of(lang)!;
const listOf = (langs: string[]) =>
  new Intl.ListFormat('en-US', { type: 'conjunction' }).format(langs.map(nameOf));
/** The label of a language's box on the English form ("Message in Chinese (optional)"). */
const bodyLabel = (lang: string) =>
  fillMessage(lang === 'en' ? t.bodyLabel : t.bodyOptionalLabel, { language: nameOf(lang) });
/** A Validation message about one language's box, in English. */
const bodyError = (key: 'bodyRequired' | 'bodyTooLong' | 'bodyMarkup', lang: string) =>
  fillMessage(m.validation.canned[key], { language: nameOf(lang) });

/** axe at desktop and phone widths (WCAG 2.2 AA), and reflow at 320 CSS px. */
async function expectAccessible(page: Page) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAxeClean(page);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A saved response added through the management page by a signed-in supervisor. */
async function addResponse(
  page: Page,
  r: { title: string; en: string } & Partial<Record<Locale, string>>,
) {
  await page.goto('/en/staff/responses/new');
  await page.getByLabel(t.titleLabel).fill(r.title);
  for (const lang of locales) if (r[lang]) await page.getByLabel(bodyLabel(lang)).fill(r[lang]);
  await page.getByRole('button', { name: t.createButton }).click();
  await expect(page.getByRole('status')).toHaveText(fillMessage(t.doneCreated, { title: r.title }));
}

/** A pothole reported in `locale`: the request's (the resident's) language is that one. */
async function residentReportsIn(page: Page, locale: Locale, description: string) {
  const r = messages[locale];
  const say = (message: string) => formatMessage(message, {}, locale);
  const pothole = r.catalogue.services['TRM-Potholes'];
  await page.goto(`/${locale}/services/TRM-Potholes/request`);
  await page
    .getByLabel(pothole.questions!.POTHOLE_LOCATION.options!.street, { exact: true })
    .check();
  await page.getByLabel(say(r.form.addressLabel), { exact: true }).fill('100 N Holliday St');
  await page.getByLabel(say(r.form.zipLabel)).fill('21202');
  await page.getByLabel(say(r.form.descriptionLabel)).fill(description);
  await page.getByRole('button', { name: say(r.form.continue) }).click();
  await reachCheckAnswers(page, r.form);
  await page.getByRole('button', { name: say(r.form.submit) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(r.confirmation.title));
  return (await page.locator('.tracking-number').first().textContent())!.trim();
}

/** The close form of a staff request page, and its saved-response picker. */
function closeForm(page: Page) {
  const form = page.getByRole('form', { name: triageEn.closeHeading });
  return {
    form,
    picker: form.getByLabel(t.pickerLabel),
    message: form.getByLabel(triageEn.publicNoteLabel),
  };
}

async function closeAsResolved(
  page: Page,
  tn: string,
  pick: (f: ReturnType<typeof closeForm>) => Promise<void>,
) {
  await page.goto(`/en/staff/requests/${tn}`);
  const f = closeForm(page);
  await pick(f);
  await f.form.getByLabel(m.status.reason.resolved).check();
  await f.form.getByRole('button', { name: triageEn.close }).click();
  await expect(page.getByRole('status')).toHaveText(triageEn.done.close);
}

async function noJsStaffPage(browser: Browser, email: string) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await signIn(page, email, STAFF_PASSWORD);
  return page;
}

test('a supervisor manages the agency’s saved responses in every language; the pages are axe-clean in English and Spanish', async ({
  page,
  request,
}) => {
  test.slow(); // axe at two widths on six page states
  const run = runId();
  const supervisor = await makeStaff(request, 'canned-sup', 'supervisor', 'DOT');
  await signIn(page, supervisor.email);
  await page
    .getByRole('navigation', { name: adminEn.navLabel })
    .getByRole('link', { name: t.navLabel })
    .click();
  await expect(page).toHaveURL('/en/staff/responses');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  await expectAccessible(page);

  // Nothing filled in: the summary takes focus and links to the fields; the title says "Error:".
  await page.getByRole('link', { name: t.addLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.newTitle);
  // One box per language of lib/i18n/config.ts, each in its language and direction.
  for (const { locale } of CANNED_BODIES) {
    const box = page.getByLabel(bodyLabel(locale), { exact: true });
    await expect(box).toHaveAttribute('lang', locale);
    await expect(box).toHaveAttribute('dir', localeDir(locale));
  }
  await page.getByLabel(t.titleLabel).fill('x'.repeat(81));
  await page.getByLabel(bodyLabel('es')).fill('<b>hola</b>');
  await page.getByLabel(bodyLabel('zh')).fill('好'.repeat(2001));
  await page.getByRole('button', { name: t.createButton }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(m.validation.canned.titleTooLong);
  // Each message names its language; its link goes to that language's box.
  await expect(
    summary.getByRole('link', { name: bodyError('bodyRequired', 'en') }),
  ).toHaveAttribute('href', '#bodyEn');
  await expect(summary.getByRole('link', { name: bodyError('bodyMarkup', 'es') })).toHaveAttribute(
    'href',
    '#bodyEs',
  );
  await expect(summary.getByRole('link', { name: bodyError('bodyTooLong', 'zh') })).toHaveAttribute(
    'href',
    '#bodyZh',
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel(t.titleLabel)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(bodyLabel('zh'))).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(bodyLabel('es'))).toHaveValue('<b>hola</b>'); // as typed
  await expectAccessible(page);

  const title = `Filled ${run}`;
  await page.getByLabel(t.titleLabel).fill(title);
  await page.getByLabel(bodyLabel('en')).fill(`Our crew filled the pothole. ${run}`);
  await page.getByLabel(bodyLabel('es')).fill(`Nuestro equipo rellenó el bache. ${run}`);
  await page.getByLabel(bodyLabel('zh')).fill(`我们的工作人员已经填好了坑洼。${run}`);
  await page.getByRole('button', { name: t.createButton }).click();
  await expect(page).toHaveURL(/\/en\/staff\/responses\?done=created/);
  await expect(page.getByRole('status')).toHaveText(fillMessage(t.doneCreated, { title }));
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  await expect(row).toContainText(`Our crew filled the pothole. ${run}`);
  // Which languages it has: the others get the English text.
  await expect(row).toContainText(listOf(['en', 'es', 'zh']));
  await expectAccessible(page);

  // Edit: the new words are saved; the history names who did what.
  await row.getByRole('link', { name: `Edit “${title}”` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fillMessage(t.editTitle, { title }),
  );
  await expect(page.getByLabel(bodyLabel('zh'))).toHaveValue(
    `我们的工作人员已经填好了坑洼。${run}`,
  );
  await page.getByLabel(bodyLabel('en')).fill(`Our crew filled the pothole today. ${run}`);
  await page.getByLabel(bodyLabel('es')).fill('');
  await page.getByRole('button', { name: t.saveButton }).click();
  await expect(page.getByRole('status')).toHaveText(fillMessage(t.doneSaved, { title }));
  await expect(row).toContainText(listOf(['en', 'zh']));
  await row.getByRole('link', { name: `Edit “${title}”` }).click();
  const history = page.getByRole('table', { name: t.historyCaption });
  await expect(history.getByRole('row')).toHaveCount(3); // header, added, changed
  await expect(history).toContainText(supervisor.name);
  await expectAccessible(page);

  // Spanish pages, with an error shown too.
  await page.goto('/es/staff/responses');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(responsesEs.title);
  await expectAccessible(page);
  await page.goto('/es/staff/responses/new');
  await page.getByRole('button', { name: responsesEs.createButton }).click();
  await expect(page.locator('.error-summary')).toContainText(
    messages.es.validation.canned.titleRequired,
  );
  await expectAccessible(page);

  // Delete, after a confirmation page.
  await page.goto('/en/staff/responses');
  await row.getByRole('link', { name: `Delete “${title}”` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fillMessage(t.deleteTitle, { title }),
  );
  await expectAxeClean(page);
  await page.getByRole('button', { name: t.deleteButton }).click();
  await expect(page.getByRole('status')).toHaveText(t.doneDeleted);
  await expect(page.getByRole('rowheader', { name: title })).toHaveCount(0);
});

test('agents cannot open the management page', async ({ page, request }) => {
  const agent = await makeStaff(request, 'canned-agent', 'agent', 'DOT');
  await signIn(page, agent.email);
  await expect(page.getByRole('link', { name: t.navLabel })).toHaveCount(0);
  expect((await page.goto('/en/staff/responses'))?.status()).toBe(404);
  expect((await page.goto('/en/staff/responses/new'))?.status()).toBe(404);
});

test('an agent closes requests with a saved response, with and without JavaScript; residents read it in their language, or English', async ({
  page,
  browser,
  request,
}) => {
  test.slow(); // five resident journeys, four staff sessions
  const run = runId();
  const supervisor = await makeStaff(request, 'canned-sup2', 'supervisor', 'DOT');
  const agent = await makeStaff(request, 'canned-agent2', 'agent', 'DOT');
  const saved = {
    title: `Pothole filled ${run}`,
    en: `We filled the pothole. Thank you. ${run}`,
    es: `Rellenamos el bache. Gracias. ${run}`,
    zh: `我们已经填好了坑洼。谢谢。${run}`,
    ar: `لقد ردمنا الحفرة. شكرًا لك. ${run}`,
  };
  const sup = await staffPage(browser, supervisor.email);
  await addResponse(sup, saved);
  await sup.context().close();
  // Another agency's response: its id, posted on a DOT request, must be refused.
  const swSupervisor = await makeStaff(request, 'canned-sw-sup', 'supervisor', 'DPW-SW');
  const sw = await staffPage(browser, swSupervisor.email);
  await addResponse(sw, { title: `Trash ${run}`, en: `Collected ${run}`, es: `Recogida ${run}` });
  const swHref = await sw.getByRole('link', { name: `Edit “Trash ${run}”` }).getAttribute('href');
  const swId = swHref!.split('/').pop()!;
  await sw.context().close();

  const withJs = await residentReportsIn(page, 'es', `Bache profundo ${run}`);
  const withoutJs = await residentReportsIn(page, 'es', `Bache sin script ${run}`);
  const inChinese = await residentReportsIn(page, 'zh', `很深的坑洼 ${run}`);
  const inArabic = await residentReportsIn(page, 'ar', `حفرة عميقة ${run}`);
  // A language the response has no text in: that resident gets the English text.
  const inKorean = await residentReportsIn(page, 'ko', `깊은 구멍 ${run}`);

  // With JavaScript: choosing the response puts its Spanish text (the resident's language) in
  // the message box, where the agent can change it before closing.
  const staff = await staffPage(browser, agent.email);
  // A forged choice (another agency's response) is refused, at the picker, and changes nothing.
  await staff.goto(`/en/staff/requests/${withJs}`);
  const forged = closeForm(staff);
  await expect(forged.picker.locator('option', { hasText: `Trash ${run}` })).toHaveCount(0);
  await forged.picker.evaluate((s: HTMLSelectElement, id) => s.add(new Option('forged', id)), swId);
  await forged.picker.selectOption(swId);
  await forged.form.getByLabel(m.status.reason.resolved).check();
  await forged.form.getByRole('button', { name: triageEn.close }).click();
  const summary = staff.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: m.validation.triage.cannedNotFound }),
  ).toHaveAttribute('href', '#close-canned');
  await expect(forged.picker).toHaveAttribute('aria-invalid', 'true');
  await expectAxeClean(staff);
  await expect(staff.locator('#request-summary')).toContainText(m.status.new);

  await closeAsResolved(staff, withJs, async (f) => {
    await f.picker.selectOption({ label: saved.title });
    await expect(f.message).toHaveValue(saved.es);
    await expect(f.message).toHaveAttribute('lang', 'es');
    await f.message.fill(`${saved.es} Ya está listo.`);
    await expectAxeClean(f.form.page());
  });
  // The Chinese request: the box fills with the Chinese body, marked as Chinese.
  await closeAsResolved(staff, inChinese, async (f) => {
    await f.picker.selectOption({ label: saved.title });
    await expect(f.message).toHaveValue(saved.zh);
    await expect(f.message).toHaveAttribute('lang', 'zh');
  });
  // Arabic: the box also turns right to left for the Arabic text.
  await closeAsResolved(staff, inArabic, async (f) => {
    await f.picker.selectOption({ label: saved.title });
    await expect(f.message).toHaveValue(saved.ar);
    await expect(f.message).toHaveAttribute('lang', 'ar');
    await expect(f.message).toHaveAttribute('dir', 'rtl');
  });
  await staff.context().close();

  // Without JavaScript: the message box stays empty; the server sends the saved text.
  const plain = await noJsStaffPage(browser, agent.email);
  for (const tn of [withoutJs, inKorean])
    await closeAsResolved(plain, tn, async (f) => {
      await f.picker.selectOption({ label: saved.title });
      await expect(f.message).toHaveValue('');
    });
  await plain.context().close();

  for (const [locale, tn, text] of [
    ['es', withJs, `${saved.es} Ya está listo.`],
    ['es', withoutJs, saved.es],
    ['zh', inChinese, saved.zh],
    ['ar', inArabic, saved.ar],
    ['ko', inKorean, saved.en],
  ]) {
    await page.goto(`/${locale}/requests/${tn}`);
    await expect(page.locator('#summary-done dd')).toHaveText(text);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the saved-response form works as a plain form, errors included', async ({
    page,
    request,
  }) => {
    const run = runId();
    const supervisor = await makeStaff(request, 'canned-nojs', 'supervisor', 'DOT');
    await signIn(page, supervisor.email);
    await page.goto('/en/staff/responses/new');
    await page.getByLabel(t.titleLabel).fill(`No script ${run}`);
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: t.createButton }).click();
    const html = await (await refused).text();
    await expect(page.locator('.error-summary')).toContainText(bodyError('bodyRequired', 'en'));
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel(t.titleLabel)).toHaveValue(`No script ${run}`);
    await expectAxeCleanWithoutJs(page, html);

    await page.getByLabel(bodyLabel('en')).fill(`Done ${run}`);
    await page.getByRole('button', { name: t.createButton }).click();
    await expect(page.getByRole('status')).toHaveText(
      fillMessage(t.doneCreated, { title: `No script ${run}` }),
    );
    // English only: the list says so (readers of other languages get the English text).
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `No script ${run}` }) });
    await expect(row.getByRole('cell', { name: listOf(['en']), exact: true })).toHaveCount(1);
  });
});
