import { expect, test, type Page } from '@playwright/test';
import { formKey, messages, requestsForKey, reachCheckAnswers } from '../support';

const m = messages.en;

async function toCheckPage(page: Page) {
  await page.goto('/en/services/SW-Dirty%20Alley/request');
  await page.getByLabel(m.form.addressLabel).fill('300 E Lafayette Ave');
  await page.getByLabel(m.form.zipLabel).fill('21202');
  const key = await formKey(page);
  await page.getByRole('button', { name: m.form.continue }).click();
  await reachCheckAnswers(page, m.form);
  return key;
}

test('a double tap on “Send request” creates one request', async ({ page }) => {
  const key = await toCheckPage(page);
  await page.getByRole('button', { name: m.form.submit }).dblclick();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
  expect(await requestsForKey(page.request, key)).toBe(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resent form (a retry after a timeout, or back and send again) lands on the same confirmation', async ({
    page,
  }) => {
    const key = await toCheckPage(page);
    const posted = page.waitForRequest((r) => r.method() === 'POST');
    await page.getByRole('button', { name: m.form.submit }).click();
    const request = await posted;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.confirmation.title);
    const first = page.url();

    // Replay the exact submission, as a browser retry or "back, then send again" does.
    const again = await page.request.fetch(request.url(), {
      method: 'POST',
      // As the browser sends it: from the portal's own page (proxy.ts refuses any other origin).
      headers: { 'content-type': request.headers()['content-type'], origin: new URL(first).origin },
      data: request.postDataBuffer()!,
      maxRedirects: 0,
    });
    expect([303, 302, 307]).toContain(again.status());
    expect(new URL(again.headers()['location'], first).pathname).toBe(new URL(first).pathname);
    expect(await requestsForKey(page.request, key)).toBe(1);
  });
});
