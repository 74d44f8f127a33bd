import { expect, test, type APIRequestContext } from '@playwright/test';
import shortcutsEn from '../../locales/en/Shortcuts.json';
import shortcutsEs from '../../locales/es/Shortcuts.json';
import triageEn from '../../locales/en/Triage.json';
import { expectAxeClean, expectNoHorizontalScroll } from '../support';
import { makeStaff, staffPage } from '../staff-support';

/** A pothole sent through Open311: quick, and the DOT agent's to work. */
async function pothole(request: APIRequestContext, marker: string) {
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'TRM-Potholes',
      'attribute[POTHOLE_LOCATION]': 'street',
      address_string: '200 E Shortcut St, Baltimore, MD 21202',
      description: `shortcuts e2e ${marker}`,
    },
  });
  expect(res.ok()).toBe(true);
  const [{ service_request_id: id }] = await res.json();
  return String(id);
}

test('single keys press the page’s own controls, never while typing, and can be turned off', async ({
  browser,
  request,
}) => {
  const agent = await makeStaff(request, 'keys-agent', 'agent', 'DOT');
  const page = await staffPage(browser, agent.email);
  const first = await pothole(request, 'first');
  const second = await pothole(request, 'second');

  // In the queue, "/" opens the folded filters and goes to the search box.
  await page.goto('/en/staff');
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');
  await page.keyboard.press('/');
  await expect(page.locator('input[name="q"]')).toBeFocused();

  await page.goto(`/en/staff/requests/${first}`);
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');
  // "c" goes to the close form: its first field has focus, and typing there is text, not keys.
  await page.keyboard.press('c');
  await expect(page.locator('[name="reason"]').first()).toBeFocused();
  await page.keyboard.press('w');
  await expect(page.getByRole('textbox', { name: triageEn.noteLabel })).toBeFocused();
  await page.keyboard.type('a quick note');
  await expect(page.getByRole('textbox', { name: triageEn.noteLabel })).toHaveValue('a quick note');
  await expect(page.getByRole('button', { name: triageEn.acknowledge })).toBeVisible();

  // Outside a field, "a" presses Acknowledge.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toHaveText(triageEn.done.acknowledge);
  // Focus is back where the action was taken, not at the top of the page.
  await expect(page.locator('#action-done')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');

  // "?" opens the help page, which lists every key and is where they are turned off.
  await page.keyboard.press('?');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shortcutsEn.title);
  await expect(page.locator('kbd')).toHaveCount(10);
  await expectAxeClean(page);
  await page.getByLabel(shortcutsEn.off).check();
  await page.getByRole('button', { name: shortcutsEn.save }).click();
  await expect(page.getByRole('status')).toHaveText(shortcutsEn.savedOff);

  await page.goto(`/en/staff/requests/${second}`);
  await expect(page.locator('html')).not.toHaveAttribute('data-shortcuts', 'on');
  await page.keyboard.press('a');
  await page.keyboard.press('b');
  await page.waitForTimeout(500); // a shortcut that fired would have navigated by now
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    triageEn.title.replace('{number}', second),
  );
  await expect(page.getByRole('button', { name: triageEn.acknowledge })).toBeVisible();

  // The help page in Spanish, on a phone and at 320 px.
  await page.goto('/es/staff/shortcuts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shortcutsEs.title);
  await expect(page.getByText(shortcutsEs.stateOff)).toBeVisible();
  await expectAxeClean(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
});
