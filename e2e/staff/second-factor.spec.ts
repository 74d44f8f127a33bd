import { expect, test, type Browser, type Page } from '@playwright/test';
import adminEn from '../../locales/en/Admin.json';
import securityEn from '../../locales/en/Security.json';
import securityEs from '../../locales/es/Security.json';
import staffEn from '../../locales/en/Staff.json';
import validationEn from '../../locales/en/Validation.json';
import { expectAxeClean, expectAxeCleanWithoutJs, expectNoHorizontalScroll } from '../support';
import {
  ADMIN,
  STAFF_PASSWORD,
  enterCode,
  makeStaff,
  rememberSecret,
  signIn,
  totpCode,
} from '../staff-support';

// Several sign-ins, axe on each new page, and a code may have to wait for the next 30-second step.
test.describe.configure({ timeout: 240_000 });

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The password step alone: where it leads depends on the account's second factor. */
async function submitPassword(page: Page, email: string) {
  await page.goto('/en/staff/sign-in');
  await page.getByLabel(staffEn.emailLabel).fill(email);
  await page.getByLabel(staffEn.passwordLabel).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: staffEn.signInButton }).click();
}

/** WCAG 1.4.10: nothing runs off a 320 CSS px wide window (the QR code, the key, the codes). */
async function reflowsAt320(page: Page) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, ' at 320 px');
  await page.setViewportSize(size);
}

async function signOut(page: Page) {
  await page.goto('/en/staff');
  await page.getByRole('button', { name: staffEn.signOut }).click();
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
}

/** Reads the setup key the page shows (as a person would type it into their app). */
async function setupKey(page: Page) {
  return (await page.locator('.setup-key').textContent())!.replace(/\s/g, '');
}

/** Enrols on the setup page: a wrong code first, then the right one; returns key and codes. */
async function enrol(page: Page, email: string) {
  await expect(h1(page)).toHaveText(securityEn.setupTitle);
  const secret = await setupKey(page);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const qr = page.getByRole('img', { name: securityEn.qrAlt });
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
  await page.getByLabel(securityEn.codeLabel).fill(wrong);
  await page.getByRole('button', { name: securityEn.confirmButton }).click();
  await expect(page.locator('.error-summary')).toContainText(
    validationEn.secondFactor.wrongSetupCode,
  );
  await expect(page).toHaveTitle(/^Error: /);
  await page.getByLabel(securityEn.codeLabel).fill(totpCode(secret));
  await page.getByRole('button', { name: securityEn.confirmButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: securityEn.codesTitle })).toBeVisible();
  const codes = await page
    .getByRole('list', { name: securityEn.codesListLabel })
    .getByRole('listitem')
    .allTextContents();
  expect(codes).toHaveLength(10);
  rememberSecret(email, secret);
  return { secret, codes };
}

async function contextPage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled,
  });
  return context.newPage();
}

test('a supervisor sets up two-step verification, signs in with a code, and a recovery code works once', async ({
  page,
  request,
}) => {
  const sup = await makeStaff(request, 'mfa sup', 'supervisor', 'DOT', { secondFactor: false });
  await submitPassword(page, sup.email);
  // Required for supervisors: the password leads to the setup page, and nothing else opens.
  await expect(page).toHaveURL(/\/en\/staff\/security$/);
  await expect(page.getByText(securityEn.setupRequired)).toBeVisible();
  await expectAxeClean(page);
  await reflowsAt320(page);
  await page.goto('/en/staff/targets');
  await expect(page).toHaveURL(/\/en\/staff\/security$/);
  const { secret, codes } = await enrol(page, sup.email);
  await expectAxeClean(page);
  await reflowsAt320(page);
  await page.getByRole('link', { name: securityEn.continue }).click();
  await expect(h1(page)).toHaveText(staffEn.queueTitle);

  // Signed out and in again: the password, then the code from the app.
  await signOut(page);
  await submitPassword(page, sup.email);
  await expect(page).toHaveURL(/\/en\/staff\/sign-in\/code$/);
  await expectAxeClean(page);
  await reflowsAt320(page);
  await page.goto('/es/staff/sign-in/code'); // and in Spanish
  await expect(h1(page)).toHaveText(securityEs.codeTitle);
  await expectAxeClean(page);
  await page.goto('/en/staff'); // the password alone opens nothing
  await expect(page).toHaveURL(/\/en\/staff\/sign-in\/code$/);
  await enterCode(page, secret);
  await expect(h1(page)).toHaveText(staffEn.queueTitle);

  // A lost phone: a recovery code, which says how many are left.
  await signOut(page);
  await submitPassword(page, sup.email);
  await page.getByLabel(securityEn.codeLabel).fill(codes[0].toUpperCase());
  await page.getByRole('button', { name: securityEn.codeButton }).click();
  await expect(page).toHaveURL(/\/en\/staff\/security\?used=recovery$/);
  await expect(page.getByRole('status')).toHaveText(securityEn.usedRecovery);
  await expect(page.getByText('You have 9 recovery codes left.')).toBeVisible();
  await expectAxeClean(page);
  await reflowsAt320(page);

  // The same recovery code a second time: refused, and the sign-in goes no further.
  await signOut(page);
  await submitPassword(page, sup.email);
  await page.getByLabel(securityEn.codeLabel).fill(codes[0]);
  await page.getByRole('button', { name: securityEn.codeButton }).click();
  await expect(page.locator('.error-summary')).toContainText(validationEn.secondFactor.wrongCode);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectAxeClean(page);
  await page.goto('/en/staff');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in\/code$/);
  await page.getByLabel(securityEn.codeLabel).fill(codes[1]);
  await page.getByRole('button', { name: securityEn.codeButton }).click();
  await expect(page).toHaveURL(/\/en\/staff\/security\?used=recovery$/);
  await expect(page.getByText('You have 8 recovery codes left.')).toBeVisible();
});

test('an admin without a second factor is sent to set one up (no JavaScript); another admin can reset it', async ({
  browser,
  request,
}) => {
  const page = await contextPage(browser, false);
  const admin = await makeStaff(request, 'mfa admin', 'admin', null, { secondFactor: false });
  await submitPassword(page, admin.email);
  await expect(page).toHaveURL(/\/en\/staff\/security$/);
  for (const path of ['/en/staff', '/en/staff/admin/users', '/en/staff/outbox']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/en\/staff\/security$/);
  }
  await expectAxeCleanWithoutJs(page, await page.content());
  await enrol(page, admin.email);
  await page.getByRole('link', { name: securityEn.continue }).click();
  await expect(h1(page)).toHaveText(staffEn.queueTitle);
  await page.goto('/en/staff/admin/users');
  await expect(h1(page)).toHaveText(adminEn.usersTitle);

  // The bootstrap admin resets it (audited); the new admin's session ends at once.
  const boss = await contextPage(browser, true);
  await signIn(boss, ADMIN.email, ADMIN.password);
  await boss.goto('/en/staff/admin/users');
  await boss.getByRole('link', { name: admin.name }).click();
  await boss.getByRole('button', { name: adminEn.resetButton }).click();
  await expect(boss.getByRole('status')).toHaveText(
    adminEn.resetBanner.replace('{name}', admin.name),
  );
  await expect(boss.getByRole('table')).toContainText(adminEn.auditSecondFactorReset);
  await expect(boss.getByRole('table')).toContainText(adminEn.auditSecondFactorEnrol);
  await expectAxeClean(boss);
  await page.goto('/en/staff');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);

  // At the next sign-in, set up again, with a new key.
  await submitPassword(page, admin.email);
  await expect(page).toHaveURL(/\/en\/staff\/security$/);
  await expect(h1(page)).toHaveText(securityEn.setupTitle);
  await boss.context().close();
  await page.context().close();
});
