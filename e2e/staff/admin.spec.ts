import { expect, test, type Browser } from '@playwright/test';
import adminEn from '../../locales/en/Admin.json';
import validationEn from '../../locales/en/Validation.json';
import { expectAxeClean, expectNoHorizontalScroll, messages } from '../support';
import { ADMIN, makeStaff, signIn } from '../staff-support';

const AGENT_PASSWORD = 'new agent e2e passphrase 2026';
/** Tests share one server and database: every name and email is unique to this run. */
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** ICU `{name}` placeholders filled in, to find the UI's own copy on the page. */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

async function newPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

test('an admin creates an agent (errors first), who works the queue but cannot administer, then disables them', async ({
  page,
  browser,
}) => {
  const agent = { name: `E2E Agent ${run}`, email: `agent.${run}@baltimore.example` };
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/en/staff/admin/users');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(adminEn.usersTitle);
  await expect(page.getByRole('table')).toContainText(ADMIN.email);
  await expectAxeClean(page);

  // Invalid first: no name, a malformed email, an agent without an agency, a short password.
  const email = page.getByLabel(adminEn.emailLabel, { exact: true });
  await email.fill('not-an-email');
  await page.getByRole('radio', { name: adminEn.roleAgent, exact: true }).check();
  await page.getByLabel(adminEn.passwordLabel, { exact: true }).fill('short');
  await page.getByRole('button', { name: adminEn.createButton }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  for (const message of [
    validationEn.staffUser.nameRequired,
    validationEn.staffUser.emailFormat,
    validationEn.staffUser.agencyRequired,
    validationEn.password.tooShort,
  ]) {
    await expect(summary).toContainText(message);
  }
  await expect(page).toHaveTitle(/^Error: /);
  await expect(email).toHaveValue('not-an-email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAttribute('aria-describedby', /email-error/);
  await expect(page.getByLabel(adminEn.passwordLabel, { exact: true })).toHaveValue('');
  await expectAxeClean(page);

  // The summary's link takes keyboard users to the field.
  await summary.getByRole('link', { name: validationEn.staffUser.emailFormat }).click();
  await expect(email).toBeFocused();

  // Now valid.
  await page.getByLabel(adminEn.nameLabel, { exact: true }).fill(agent.name);
  await email.fill(agent.email);
  await expect(page.getByRole('radio', { name: adminEn.roleAgent, exact: true })).toBeChecked();
  await page.getByLabel(adminEn.agencyLabel, { exact: true }).selectOption('DOT');
  await page.getByLabel(adminEn.passwordLabel, { exact: true }).fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: adminEn.createButton }).click();
  await expect(page).toHaveURL(/\/en\/staff\/admin\/users\/\d+\?done=created$/);
  await expect(page.getByRole('status')).toContainText(
    fill(adminEn.createdBanner, { name: agent.name }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(agent.name);
  await expect(page).not.toHaveTitle(/^Error: /);
  const history = page.getByRole('table');
  await expect(history).toContainText(adminEn.auditUserCreate);
  await expect(history).toContainText('Administrator'); // who did it: the bootstrap admin's name
  await expectAxeClean(page);
  const accountUrl = page.url().replace(/\?.*$/, '');

  // The new agent signs in and sees the queue, but the admin pages do not exist for them.
  const agentPage = await newPage(browser);
  await signIn(agentPage, agent.email, AGENT_PASSWORD);
  for (const path of ['/en/staff/admin/users', '/en/staff/admin/api-keys', accountUrl]) {
    const res = await agentPage.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(agentPage.getByRole('heading', { level: 1 })).toHaveText(
      messages.en.common.notFoundTitle,
    );
  }

  // The admin disables the account, after a confirmation page.
  await page.goto(accountUrl);
  await page.getByRole('button', { name: adminEn.disableButton }).click();
  await expect(page).toHaveURL(/\/disable\??$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fill(adminEn.confirmDisableTitle, { name: agent.name }),
  );
  await expectAxeClean(page);
  await page.getByRole('button', { name: adminEn.confirmDisableButton }).click();
  await expect(page).toHaveURL(/\?done=disabled$/);
  await expect(page.getByRole('status')).toContainText(
    fill(adminEn.disabledBanner, { name: agent.name }),
  );
  await expect(page.getByRole('table')).toContainText(adminEn.auditUserDisable);
  await expectAxeClean(page);

  // Their session ended at once.
  await agentPage.goto('/en/staff');
  await expect(agentPage).toHaveURL(/\/en\/staff\/sign-in$/);
  await agentPage.context().close();

  // And the list says so; the page reflows at 320 px (tables scroll on their own).
  await page.goto('/en/staff/admin/users');
  await expect(page.getByRole('row', { name: new RegExp(agent.name) })).toContainText(
    adminEn.statusDisabled,
  );
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
});

test('an admin creates an API key shown once, which works until it is revoked', async ({
  page,
  request,
}) => {
  const client = `E2E client ${run}`;
  const post = (key: string) =>
    request.post('/api/open311/v2/requests.json', {
      form: {
        api_key: key,
        service_code: 'SW-Dirty Alley',
        address_string: '12 Admin Test Alley, Baltimore, MD 21231',
        description: 'admin api key e2e',
      },
    });

  // An admin of its own: the bootstrap admin's codes are shared by every test that signs it in.
  const admin = await makeStaff(request, 'key admin', 'admin', null);
  await signIn(page, admin.email);
  await page.goto('/en/staff/admin/api-keys');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(adminEn.apiKeysTitle);
  await expectAxeClean(page);

  // Invalid first.
  await page.getByRole('button', { name: adminEn.createKeyButton }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(validationEn.apiKey.nameRequired);
  await expect(page).toHaveTitle(/^Error: /);
  await expectAxeClean(page);

  await page.getByLabel(adminEn.keyNameLabel, { exact: true }).fill(client);
  await page.getByRole('button', { name: adminEn.createKeyButton }).click();
  const panel = page
    .getByRole('status')
    .filter({ hasText: fill(adminEn.newKeyHeading, { name: client }) });
  await expect(panel).toBeFocused();
  await expect(panel).toContainText(adminEn.newKeyBody);
  const key = (await panel.locator('.tracking-number').innerText()).trim();
  expect(key).toMatch(/^brs_[\w-]{32}$/);
  await expect(page).not.toHaveTitle(/^Error: /);
  // The table lists it by name and prefix only.
  const keysTable = page.getByRole('table', { name: /^\d+ API keys?$/ });
  const row = keysTable.getByRole('row', { name: new RegExp(client) });
  await expect(row).toContainText(`${key.slice(0, 8)}…`);
  await expect(row).not.toContainText(key);
  await expect(row).toContainText(adminEn.keyActive);
  await expectAxeClean(page);

  const accepted = await post(key);
  expect(accepted.status(), await accepted.text()).toBe(200);

  // Revoke it: the button names the key it revokes.
  const revokeName = fill(adminEn.revokeButton.replace(/<\/?hidden>/g, ''), { name: client });
  await page.getByRole('button', { name: revokeName, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/staff\/admin\/api-keys\?revoked=\d+$/);
  await expect(page.getByRole('status')).toContainText(
    fill(adminEn.revokedBanner, { name: client }),
  );
  await expect(page.locator('main')).not.toContainText(key); // shown once, not again
  await expect(row).toContainText(adminEn.keyRevokedOn.split('{')[0].trim());
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('table', { name: adminEn.keyHistoryCaption })).toContainText(
    adminEn.auditApiKeyRevoke,
  );
  await expectAxeClean(page);

  const refused = await post(key);
  expect(refused.status()).toBe(403);

  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);

  // A reload does not bring the key back.
  await page.goto('/en/staff/admin/api-keys');
  await expect(page.locator('main')).not.toContainText(key);
});
