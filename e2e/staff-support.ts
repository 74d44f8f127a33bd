import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import securityEn from '../locales/en/Security.json';
import staffEn from '../locales/en/Staff.json';
import validationEn from '../locales/en/Validation.json';

/**
 * Created at start-up by the test server (STAFF_BOOTSTRAP_* in playwright.config). Admins must
 * give a second factor: `signIn` gives this one a secret the tests know (a test hook) first.
 */
export const ADMIN = {
  email: 'admin@baltimore.example',
  password: 'e2e admin passphrase 2026',
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};
/** The password of every staff account the tests make. */
export const STAFF_PASSWORD = 'e2e staff passphrase 2026';

/** The TOTP secrets of the accounts this test process made or set up, by email. */
const secrets = new Map<string, string>([[ADMIN.email, ADMIN.totpSecret]]);
export const rememberSecret = (email: string, secret: string) =>
  secrets.set(email.toLowerCase(), secret);

/** The code an authenticator app shows now (RFC 6238 defaults, as the portal uses). */
export const totpCode = (secret: string, at = Date.now()) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

/** Unique per test file run: tests share one server and run in parallel. */
export const runId = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/**
 * A staff account made through the test server (E2E_TEST_HOOKS only). Supervisors and admins
 * get a second factor with a secret the tests know, unless `secondFactor: false` (then they
 * are sent to set one up).
 */
export async function makeStaff(
  request: APIRequestContext,
  who: string,
  role: 'agent' | 'supervisor' | 'admin',
  agencyCode: string | null,
  { secondFactor = role !== 'agent' }: { secondFactor?: boolean } = {},
) {
  const name = `${who} ${runId()}`;
  const email = `${name.replace(/\s+/g, '.')}@baltimore.example`.toLowerCase();
  const res = await request.post('/api/test-hooks/staff', {
    data: { email, name, password: STAFF_PASSWORD, role, agencyCode },
  });
  expect(res.status()).toBe(201);
  if (secondFactor) await presetSecret(request, email, new Secret({ size: 20 }).base32);
  return { email, name };
}

async function presetSecret(request: APIRequestContext, email: string, secret: string) {
  const res = await request.post('/api/test-hooks/staff/second-factor', {
    data: { email, totpSecret: secret },
  });
  expect(res.status()).toBe(200);
  rememberSecret(email, secret);
}

/**
 * The code step as a person does it: the code the app shows now. Two sign-ins of one account
 * in the same 30 seconds (tests run in parallel) get "already used" for the second: then wait
 * for the next code, as a person would.
 */
export async function enterCode(page: Page, secret: string) {
  const onCodePage = () => new URL(page.url()).pathname.endsWith('/staff/sign-in/code');
  const error = page.locator('.error-summary');
  for (let attempt = 0; attempt < 3; attempt++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(securityEn.codeTitle);
    await page.getByLabel(securityEn.codeLabel).fill(totpCode(secret));
    await page.getByRole('button', { name: securityEn.codeButton }).click();
    await expect(async () => {
      expect(!onCodePage() || (await error.isVisible())).toBe(true);
    }).toPass({ timeout: 20_000 });
    if (!onCodePage()) return;
    await expect(error).toContainText(validationEn.secondFactor.usedCode);
    // Into the next 30-second window, at a random point of its first seconds: two sign-ins
    // that collided would otherwise both wait to the same instant and collide again (seen
    // once in CI: three collisions in a row failed the test).
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500 + Math.random() * 5_000);
    await page.goto('/en/staff/sign-in/code'); // a fresh page, without the old error
  }
  throw new Error('no code was accepted in three steps');
}

/** Signs in (with the code step where the account has one) and waits for the queue. */
export async function signIn(page: Page, email: string, password = STAFF_PASSWORD) {
  if (email.toLowerCase() === ADMIN.email) {
    await presetSecret(page.request, ADMIN.email, ADMIN.totpSecret);
  }
  await page.goto('/en/staff/sign-in');
  await page.getByLabel(staffEn.emailLabel).fill(email);
  await page.getByLabel(staffEn.passwordLabel).fill(password);
  await page.getByRole('button', { name: staffEn.signInButton }).click();
  const secret = secrets.get(email.toLowerCase());
  if (secret) await enterCode(page, secret);
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
