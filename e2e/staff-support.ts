import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import staffEn from '../locales/en/Staff.json';

/** Created at start-up by the test server (STAFF_BOOTSTRAP_* in playwright.config). */
export const ADMIN = { email: 'admin@baltimore.example', password: 'e2e admin passphrase 2026' };
/** The password of every staff account the tests make. */
export const STAFF_PASSWORD = 'e2e staff passphrase 2026';

/** Unique per test file run: tests share one server and run in parallel. */
export const runId = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A staff account made through the test server (E2E_TEST_HOOKS only). */
export async function makeStaff(
  request: APIRequestContext,
  who: string,
  role: 'agent' | 'supervisor',
  agencyCode: string,
) {
  const name = `${who} ${runId()}`;
  const email = `${name.replace(/\s+/g, '.')}@baltimore.example`.toLowerCase();
  const res = await request.post('/api/test-hooks/staff', {
    data: { email, name, password: STAFF_PASSWORD, role, agencyCode },
  });
  expect(res.status()).toBe(201);
  return { email, name };
}

/** Signs in and waits for the queue, so the session cookie is set before the next step. */
export async function signIn(page: Page, email: string, password = STAFF_PASSWORD) {
  await page.goto('/en/staff/sign-in');
  await page.getByLabel(staffEn.emailLabel).fill(email);
  await page.getByLabel(staffEn.passwordLabel).fill(password);
  await page.getByRole('button', { name: staffEn.signInButton }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staffEn.queueTitle);
}

/** A page in a context of its own (its own session), with JavaScript on. */
export async function newPage(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: true,
  });
  return context.newPage();
}

/** A signed-in staff member in a context of their own. */
export async function staffPage(browser: Browser, email: string, password = STAFF_PASSWORD) {
  const page = await newPage(browser);
  await signIn(page, email, password);
  return page;
}
