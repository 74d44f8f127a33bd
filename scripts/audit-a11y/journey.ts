import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/**
 * What a resident and a staff member do, through the public pages only (no test hooks), with
 * selectors that do not depend on the language of the page.
 */
const CONTINUE =
  'main form button[type="submit"][name="intent"][value="check"]:not([tabindex="-1"])';
const NEW_REQUEST = 'main button[type="submit"][name="intent"][value="new"]';
const SEND = 'main button[type="submit"][name="intent"][value="submit"]';
const SUMMARY = '.error-summary';

export type ResidentAnswers = { address: string; zip: string; email: string | null };

/** "Continue" with nothing filled in: the GOV.UK error summary. */
export async function submitEmpty(page: Page) {
  await page.locator(CONTINUE).last().click();
  await page.locator(SUMMARY).first().waitFor({ timeout: 15_000 });
}

/** Fills what the error summary asks for, again until the form moves on (check your answers). */
export async function reachCheckAnswers(page: Page, answers: ResidentAnswers) {
  const description = page.locator('#description');
  if (await description.count())
    await description.fill('Accessibility audit test request. No action needed.');
  if (answers.email && (await page.locator('#contactEmail').count())) {
    await page.fill('#contactEmail', answers.email);
    if (await page.locator('#consent').count()) await page.check('#consent');
  }
  for (let round = 0; round < 4; round++) {
    await page.locator(CONTINUE).last().click();
    const next = page.locator(`${SUMMARY}, ${NEW_REQUEST}, ${SEND}`).first();
    await next.waitFor({ timeout: 20_000 });
    if (await page.locator(NEW_REQUEST).count()) {
      // Requests nearby: "none of these, send mine".
      await page.locator(NEW_REQUEST).first().click();
      await page.locator(SEND).first().waitFor({ timeout: 20_000 });
    }
    if (await page.locator(SEND).count()) return;
    const ids = await page
      .locator(`${SUMMARY} a[href^="#"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of ids) await answer(page, id, answers);
  }
  throw new Error('the request form did not reach "check your answers"');
}

async function answer(page: Page, id: string, answers: ResidentAnswers) {
  const field = page.locator(`[id="${id}"]`).first();
  const kind = await field.evaluate((el) =>
    el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
  );
  if (id === 'address') return field.fill(answers.address);
  if (id === 'zip') return field.fill(answers.zip);
  if (kind === 'checkbox' || kind === 'radio') return field.check();
  if (kind === 'select') return field.selectOption({ index: 1 });
  if (kind === 'date')
    return field.fill((await field.getAttribute('max')) ?? new Date().toISOString().slice(0, 10));
  if (kind === 'number') return field.fill('1');
  if (kind === 'email') return field.fill(answers.email ?? 'a11y-audit@example.com');
  if (kind === 'tel') return field.fill('4105550100');
  return field.fill('Accessibility audit');
}

/** Sends the request; returns its tracking number and the confirmation page's path. */
export async function sendRequest(page: Page) {
  await page.locator(SEND).first().click();
  const number = page.locator('.tracking-number').first();
  await number.waitFor({ timeout: 30_000 });
  const url = new URL(page.url());
  return {
    tracking: (await number.textContent())!.trim(),
    confirmation: url.pathname + url.search,
  };
}

export type StaffLogin = { email: string; password: string; totpSecret: string | null };

/** Signs in as staff; null when signed in, else why not (which the report states). */
export async function staffSignIn(page: Page, base: string, who: StaffLogin) {
  await page.goto(`${base}/en/staff/sign-in`);
  await page.fill('#email', who.email);
  await page.fill('#password', who.password);
  await page.locator('main form button[type="submit"]:not([tabindex="-1"])').last().click();
  await page
    .waitForURL((u) => !u.pathname.endsWith('/staff/sign-in'), { timeout: 20_000 })
    .catch(() => {});
  const path = () => new URL(page.url()).pathname;
  if (path().endsWith('/staff/sign-in'))
    return 'sign-in was refused (check AUDIT_STAFF_EMAIL / AUDIT_STAFF_PASSWORD)';
  if (path().endsWith('/staff/sign-in/code')) {
    if (!who.totpSecret)
      return 'the account asks for a second factor: set AUDIT_STAFF_TOTP_SECRET (the base32 key shown when it was set up)';
    // A code is accepted once: a run started within 30 s of another waits for the next one.
    for (let attempt = 0; attempt < 2 && path().endsWith('/sign-in/code'); attempt++) {
      if (attempt) await page.waitForTimeout(31_000 - (Date.now() % 30_000));
      const code = TOTP.generate({ secret: Secret.fromBase32(who.totpSecret) });
      await page.fill('input[name="code"]', code);
      // The code's own form: the page has a sign-out form too.
      await page.locator('form:has(input[name="code"]) button[type="submit"]').first().click();
      await page
        .waitForURL((u) => !u.pathname.endsWith('/sign-in/code'), { timeout: 10_000 })
        .catch(() => {});
    }
    if (path().endsWith('/sign-in/code')) return 'the second-factor code was refused';
  }
  // Where the console sends this session now (after any redirects): the queue, or a step first.
  await page.goto(`${base}/en/staff`);
  if (path().endsWith('/staff/security'))
    return 'the account must set up a second factor before using the console (its role requires one)';
  if (path().endsWith('/sign-in/code')) return 'the second-factor step was not completed';
  if (!/\/staff\/?$/.test(path())) return `the console sent the session to ${path()}`;
  return null;
}

/** Closes the request in the staff console ("resolved"); null when closed, else why not. */
export async function closeRequest(page: Page, base: string, tracking: string) {
  const res = await page.goto(`${base}/en/staff/requests/${encodeURIComponent(tracking)}`);
  if (!res || res.status() !== 200) return `the staff request page answered ${res?.status()}`;
  const reasons = page.locator('input[name="reason"]');
  if (!(await reasons.count())) return 'this account cannot close the request (no close form)';
  const resolved = page.locator('input[name="reason"][value="resolved"]');
  await ((await resolved.count()) ? resolved : reasons.first()).check();
  await page.locator('form:has(input[name="reason"]) button[type="submit"]').last().click();
  await page.getByRole('status').first().waitFor({ timeout: 20_000 });
  return null;
}
