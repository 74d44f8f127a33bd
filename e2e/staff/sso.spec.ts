import { expect, test, type Page } from '@playwright/test';
import staffEn from '../../locales/en/Staff.json';
import staffEs from '../../locales/es/Staff.json';
import ssoEn from '../../locales/en/SingleSignOn.json';
import ssoEs from '../../locales/es/SingleSignOn.json';
import { expectAxeClean } from '../support';
import { makeStaff } from '../staff-support';

/**
 * Single sign-on through the city's identity provider, played by a local OpenID Connect
 * provider (e2e/oidc-provider.mts, started by playwright.config.ts). Its login page takes any
 * email address as the login and any password.
 */
async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('whatever the provider asks');
  await page.locator('button[type="submit"]').click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a staff member signs in with their City account and lands on their queue', async ({
    page,
    context,
    request,
  }) => {
    const { email } = await makeStaff(request, 'Sso agent', 'agent', 'DOT');
    await page.goto('/en/staff/sign-in');
    await page.getByRole('link', { name: ssoEn.button }).click();
    await signInAtProvider(page, email.toUpperCase());
    await expect(page).toHaveURL(/\/en\/staff$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(staffEn.queueTitle);
    const names = (await context.cookies()).map((c) => c.name);
    expect(names.some((n) => n.includes('brs_staff_session'))).toBe(true);
    // The flow cookie was used once and cleared.
    expect(names.some((n) => n.includes('brs_oidc'))).toBe(false);
  });
});

test('a City account without a staff account is refused in the reader’s language', async ({
  page,
  context,
}) => {
  await page.goto('/es/staff/sign-in');
  await expectAxeClean(page);
  await page.getByRole('link', { name: ssoEs.button }).click();
  await signInAtProvider(page, `nobody.${Date.now()}@baltimore.example`);
  await expect(page).toHaveURL(/\/es\/staff\/sign-in\?sso=noAccess$/);
  const alert = page.locator('.error-summary');
  await expect(alert).toContainText(ssoEs.noAccess);
  await expect(alert).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staffEs.signInTitle);
  await expectAxeClean(page);
  expect((await context.cookies()).some((c) => c.name.includes('brs_staff_session'))).toBe(false);
});

test('an unknown reason in the address shows nothing', async ({ page }) => {
  await page.goto('/en/staff/sign-in?sso=%3Cscript%3E');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});
