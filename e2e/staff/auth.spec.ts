import { expect, test } from '@playwright/test';
import staffEn from '../../locales/en/Staff.json';
import validationEn from '../../locales/en/Validation.json';
import { expectAxeClean } from '../support';
import { ADMIN, signIn } from '../staff-support';

/** The password step alone, for the refusals. */
async function submitPassword(
  page: import('@playwright/test').Page,
  email: string,
  password: string,
) {
  await page.goto('/en/staff/sign-in');
  await page.getByLabel(staffEn.emailLabel).fill(email);
  await page.getByLabel(staffEn.passwordLabel).fill(password);
  await page.getByRole('button', { name: staffEn.signInButton }).click();
}

test('sign in, with a secure session cookie, and sign out ends the session on the server', async ({
  page,
  context,
}) => {
  await page.goto('/en/staff');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
  await expectAxeClean(page);

  await signIn(page, ADMIN.email.toUpperCase(), ADMIN.password);
  await expect(page).toHaveURL(/\/en\/staff$/);
  await expectAxeClean(page);
  // `__Host-`: the browser takes it only Secure, for path / and without a Domain (finding 8).
  const cookie = (await context.cookies()).find((c) => c.name === '__Host-brs_staff_session')!;
  expect(cookie.secure).toBe(true);
  expect(cookie.path).toBe('/');
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  expect(cookie.value.length).toBeGreaterThanOrEqual(43);

  await page.getByRole('button', { name: staffEn.signOut }).click();
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
  // The old token no longer opens anything.
  await context.addCookies([{ ...cookie }]);
  await page.goto('/en/staff');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
});

test('a wrong password gets a clear error, keeps the email, and is axe-clean', async ({ page }) => {
  await submitPassword(page, ADMIN.email, 'not the right passphrase');
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText(validationEn.signIn.invalid);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel(staffEn.emailLabel)).toHaveValue(ADMIN.email);
  await expect(page.getByLabel(staffEn.passwordLabel)).toHaveValue('');
  await expectAxeClean(page);
});

test('repeated failures are refused for a while, whether or not the account exists', async ({
  page,
}) => {
  for (let i = 0; i < 5; i++) {
    await submitPassword(page, 'nobody@baltimore.example', `wrong passphrase ${i}`);
    await expect(page.locator('.error-summary')).toContainText(validationEn.signIn.invalid);
  }
  await submitPassword(page, 'nobody@baltimore.example', 'wrong passphrase again');
  await expect(page.locator('.error-summary')).toContainText(validationEn.signIn.throttled);
});

test('staff pages give anonymous visitors no data, whatever headers or URLs they try', async ({
  request,
}) => {
  const attempts: [string, Record<string, string>][] = [
    [
      '/en/staff',
      { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    ],
    ['/en/staff', { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }],
    ['/en/staff', { RSC: '1' }],
    ['/en/staff', { RSC: '1', 'Next-Router-Prefetch': '1' }],
    ['/en/staff', { 'Next-Router-Prefetch': '1', Purpose: 'prefetch' }],
    ['/en/staff.rsc', {}],
    ['/en/staff?_rsc=abc', { RSC: '1' }],
  ];
  for (const [url, headers] of attempts) {
    const res = await request.get(url, { headers, maxRedirects: 0 });
    const body = await res.text();
    expect(body, `${url} ${JSON.stringify(headers)}`).not.toContain('Signed in as');
    expect(body).not.toContain(staffEn.queueTitle);
  }

  // A request's page (personal data) and the other staff pages, by every trick above.
  const marker = `anon-probe-${Date.now()}`;
  const sent = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'SW-Dirty Alley',
      address_string: '1 Probe Alley, Baltimore, MD 21231',
      description: marker,
      email: `${marker}@example.com`,
    },
  });
  const [{ service_request_id: id }] = await sent.json();
  const pages = [
    `/en/staff/requests/${id}`,
    '/en/staff/admin/users',
    '/en/staff/admin/api-keys',
    '/en/staff/targets',
    '/en/staff/outbox',
  ];
  for (const path of pages) {
    for (const [, headers] of attempts) {
      for (const url of [path, `${path}.rsc`, `${path}?_rsc=x`]) {
        const res = await request.get(url, { headers, maxRedirects: 0 });
        const body = await res.text();
        expect(body, `${url} ${JSON.stringify(headers)}`).not.toContain(`${marker}@example.com`);
        expect(body).not.toContain('Signed in as');
        if (path.includes(id)) expect(body).not.toContain(marker);
      }
    }
  }
});
