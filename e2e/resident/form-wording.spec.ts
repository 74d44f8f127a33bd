import { expect, test } from '@playwright/test';
import {
  expectAxeClean,
  expectNoHorizontalScroll,
  fillMessage,
  formKey,
  messages,
  requestsForKey,
  reachCheckAnswers,
} from '../support';

const m = messages.en;
const optional = (label: string) => fillMessage(m.form.optionalLabel, { label });
const DUMPING = '/en/services/HCD-Illegal%20Dumping/request';

/** Today and tomorrow on a Baltimore calendar, as a date input's value. */
function cityDay(offsetDays = 0) {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(at);
}

test('optional questions say so, required ones do not; one question asks where', async ({
  page,
}) => {
  await page.goto(DUMPING);
  // Required: unmarked.
  await expect(page.locator('legend', { hasText: 'What was dumped?' })).not.toContainText('(');
  await expect(page.locator('label[for="address"]')).toHaveText(m.form.addressLabel);
  await expect(page.locator('label[for="zip"]')).toHaveText(m.form.zipLabel);
  // Optional: marked after the label or legend.
  await expect(page.locator('label[for="attr__DUMPED_AT"]')).toHaveText(
    optional('When was it dumped, if you know?'),
  );
  for (const label of [
    m.form.descriptionLabel,
    m.form.photoLabel,
    m.form.nameLabel,
    m.form.emailLabel,
    m.form.phoneLabel,
  ]) {
    await expect(page.getByText(optional(label), { exact: true })).toBeVisible();
  }
  await expect(page.locator('legend', { hasText: m.form.checkUpdates })).toHaveText(
    optional(m.form.checkUpdates),
  );

  await page.goto('/en/services/TRM-Potholes/request');
  await expect(page.getByText(/^Where is/)).toHaveCount(1);
  await expect(page.getByRole('heading', { name: m.form.locationHeading })).toBeVisible();
  await expect(
    page.locator('legend', { hasText: 'Which part of the street is it in?' }),
  ).toBeVisible();
});

test('a question about a day is a date picker that refuses the future', async ({ page }) => {
  await page.goto(DUMPING);
  const key = await formKey(page);
  const date = page.getByLabel(optional('When was it dumped, if you know?'));
  await expect(date).toHaveAttribute('type', 'date');
  await expect(date).toHaveAttribute('max', cityDay());
  await page.locator('input[name="attr__DUMPED_ITEMS"]').first().check();
  await page.getByLabel(m.form.addressLabel).fill('1500 W North Ave');
  await page.getByLabel(m.form.zipLabel).fill('21217');
  await date.fill(cityDay(2));
  await page.getByRole('button', { name: m.form.continue }).click();
  await expect(page.locator('#attr__DUMPED_AT-error')).toContainText(
    fillMessage(m.validation.attribute.dateFuture, {
      question: 'When was it dumped, if you know?',
    }),
  );
  expect(await requestsForKey(page.request, key)).toBe(0);
  await date.fill('2024-03-05');
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await expect(page.getByText('March 5, 2024')).toBeVisible();
});

test('“how long has it been there” is a choice; a count gets a number keyboard', async ({
  page,
}) => {
  await page.goto('/en/services/TRS-Abandoned%20Vehicle/request');
  const legend = page.locator('legend', { hasText: 'About how long has it been there?' });
  await expect(legend).toHaveText(optional('About how long has it been there?'));
  await expect(page.getByLabel('1 to 2 weeks')).toHaveAttribute('type', 'radio');
  await page.goto('/en/services/SW-Bulk%20Scheduled/request');
  await expect(page.getByLabel('How many items?')).toHaveAttribute('inputmode', 'numeric');
});

for (const js of [true, false]) {
  test(`an address without a house number and street is refused (${js ? 'JS' : 'no JS'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: js,
      baseURL: test.info().project.use.baseURL,
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    await page.goto('/en/services/SW-Dirty%20Alley/request');
    const key = await formKey(page);
    await page.getByLabel(m.form.addressLabel).fill('asdf');
    await page.getByLabel(m.form.zipLabel).fill('21202');
    await page.getByRole('button', { name: m.form.continue }).click();
    await expect(page.locator('#address-error')).toContainText(m.validation.address.format);
    await expect(page.getByLabel(m.form.addressLabel)).toHaveValue('asdf');
    expect(await requestsForKey(page.request, key)).toBe(0);
    // A corner is a place too.
    await page.getByLabel(m.form.addressLabel).fill('North Ave & Charles St');
    await page.getByRole('button', { name: m.form.continue }).click();
    await reachCheckAnswers(page, m.form);
    await context.close();
  });
}

test('answers survive a switch to Spanish and back, and are forgotten once sent', async ({
  page,
}) => {
  const es = messages.es;
  await page.goto(DUMPING);
  await page.getByLabel('Tires').check();
  await page.getByLabel('Furniture').check();
  await page.getByLabel(m.form.addressLabel).fill('1500 W North Ave');
  await page.getByLabel(m.form.zipLabel).fill('21217');
  await page.getByLabel(m.form.descriptionLabel).fill('Behind the corner store');
  await page.getByLabel(m.form.emailLabel).fill('vecina@example.com');
  await page.getByLabel(m.form.consentLabel).check();

  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Español' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByLabel('Llantas')).toBeChecked();
  await expect(page.getByLabel('Muebles')).toBeChecked();
  await expect(page.getByLabel(es.form.addressLabel)).toHaveValue('1500 W North Ave');
  await expect(page.getByLabel(es.form.zipLabel)).toHaveValue('21217');
  await expect(page.getByLabel(es.form.descriptionLabel)).toHaveValue('Behind the corner store');
  await expect(page.getByLabel(es.form.emailLabel)).toHaveValue('vecina@example.com');
  await expect(page.getByLabel(es.form.consentLabel)).toBeChecked();
  // Updates follow the page's language unless the resident chose one.
  await expect(page.getByLabel(es.form.languageLabel)).toHaveValue('es');

  // From "check your answers" too.
  await page.getByRole('button', { name: es.form.continue }).click();
  await reachCheckAnswers(page, es.form);
  await page
    .getByRole('navigation', { name: 'Idioma' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page.getByLabel(m.form.addressLabel)).toHaveValue('1500 W North Ave');
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);

  await page.goto(DUMPING);
  await expect(page.getByLabel(m.form.addressLabel)).toHaveValue('');
});

test('the form reads at 200% text size without sideways scrolling', async ({ page }) => {
  await page.goto(DUMPING);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await page.getByRole('button', { name: m.form.continue }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAxeClean(page);
});
