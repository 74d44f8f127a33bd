import { expect, test } from '@playwright/test';
import { expectAxeClean } from '../support';
import { ADMIN, makeStaff, signIn } from '../staff-support';
import { fiscalYearOf } from '../../lib/metrics/fiscal-year';
import staffEn from '../../locales/en/Staff.json';
import staffEs from '../../locales/es/Staff.json';

/**
 * Every page of the staff console, at a desktop (1280 px) and a phone (375 px) width, in each
 * locale: axe (WCAG 2.2 AA tags) finds nothing. Pages with states of their own (errors, a
 * refused action, the code step) are also checked in the specs that reach those states.
 */
const LOCALES = ['en', 'es'] as const;
const WIDTHS = [1280, 375];

for (const locale of LOCALES) {
  test(`every staff page is axe-clean at ${WIDTHS.join(' and ')} px (${locale})`, async ({
    page,
    request,
  }) => {
    test.slow(); // a dozen pages, two widths each
    const made = await request.post('/api/open311/v2/requests.json', {
      form: {
        api_key: 'e2e-open311-key-0123456789',
        service_code: 'SW-Dirty Alley',
        address_string: '12 Axe Every Page Alley, Baltimore, MD 21231',
        description: 'every staff page axe',
      },
    });
    expect(made.ok()).toBe(true);
    const [{ service_request_id: tn }] = await made.json();
    const member = await makeStaff(request, 'axe-member', 'agent', 'DPW-SW');

    await signIn(page, ADMIN.email, ADMIN.password);
    // The member's account page, reached the way an admin does (the id is not known up front).
    await page.goto(`/${locale}/staff/admin/users`);
    const accountHref = await page
      .getByRole('link', { name: member.name })
      .first()
      .getAttribute('href');
    expect(accountHref).toBeTruthy();
    const fy = fiscalYearOf(new Date());
    const pages = [
      `/${locale}/staff`,
      `/${locale}/staff?status=closed&sort=oldest`,
      `/${locale}/staff/requests/${tn}`,
      `/${locale}/staff/shortcuts`,
      `/${locale}/staff/security`,
      `/${locale}/staff/targets`,
      `/${locale}/staff/targets/${fy}/${encodeURIComponent('SW-Dirty Alley')}`,
      `/${locale}/staff/admin/users`,
      accountHref!.replace(/^\/en\//, `/${locale}/`),
      `${accountHref!.replace(/^\/en\//, `/${locale}/`)}/disable`,
      `/${locale}/staff/admin/api-keys`,
      `/${locale}/staff/outbox`,
      `/${locale}/staff/responses`,
      `/${locale}/staff/responses/new`,
      `/${locale}/staff/requests/new`,
      `/${locale}/staff/requests/new?service=${encodeURIComponent('SW-Dirty Alley')}`,
    ];
    for (const path of pages) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await expectAxeClean(page);
      }
    }

    // Signed out: the sign-in page, then the code step of a member with a second factor.
    await page.context().clearCookies();
    await page.goto(`/${locale}/staff/sign-in`);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectAxeClean(page);
    }
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page
      .getByRole('button', {
        name: (locale === 'en' ? staffEn : staffEs).signInButton,
        exact: true,
      })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/staff/sign-in/code`));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectAxeClean(page);
    }
  });
}
