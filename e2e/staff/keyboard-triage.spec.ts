import { expect, test, type Locator, type Page } from '@playwright/test';
import responsesEn from '../../locales/en/Responses.json';
import queueEn from '../../locales/en/Queue.json';
import triageEn from '../../locales/en/Triage.json';
import { fillMessage, messages } from '../support';
import { makeStaff, runId, staffPage } from '../staff-support';

/**
 * The triage loop by keyboard alone, as an agent does it all day: from a filtered queue, open
 * a request, acknowledge it, close it with a saved response, and come back to the same view.
 * Every key is counted; the closing note of issue 12 reports the count.
 */
test('the triage loop by keyboard alone, with the number of key presses', async ({
  browser,
  request,
}) => {
  test.slow();
  const run = runId();
  const marker = `Keyboard Loop ${run}`;
  for (const i of [1, 2]) {
    const res = await request.post('/api/test-hooks/requests', {
      data: {
        serviceCode: 'FOR-Fallen Limb',
        createdAt: new Date(Date.now() - i * 3_600_000).toISOString(),
        address: `${i} ${marker}`,
      },
    });
    expect(res.status()).toBe(201);
  }
  // A supervisor keeps the saved response the agent will pick (set-up, not counted).
  const supervisor = await makeStaff(request, 'loop supervisor', 'supervisor', 'FOR');
  const sup = await staffPage(browser, supervisor.email);
  await sup.goto('/en/staff/responses/new');
  await sup.getByLabel(responsesEn.titleLabel).fill(`Limb cleared ${run}`);
  const saved = `Our crew cleared the fallen limb (${run}). Thank you for reporting it.`;
  await sup.getByLabel(fillMessage(responsesEn.bodyLabel, { language: 'English' })).fill(saved);
  await sup.getByRole('button', { name: responsesEn.createButton }).click();
  await expect(sup.getByRole('status')).toBeVisible();

  const agent = await makeStaff(request, 'loop agent', 'agent', 'FOR');
  const page = await staffPage(browser, agent.email);
  const view = `/en/staff?q=${encodeURIComponent(marker)}&sort=oldest`;
  await page.goto(view);
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');

  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  const tabTo = async (target: Locator, max = 60) => {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await press('Tab');
    }
    throw new Error(`could not reach ${target} with Tab`);
  };
  const focusVisible = (p: Page) =>
    p.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
    });

  // Queue → the skip link → the results → the first (oldest) request's link.
  await tabTo(page.getByRole('link', { name: queueEn.skipToResults }));
  await press('Enter');
  const first = page.locator('#results tbody tr').first().getByRole('link').first();
  const tn = (await first.textContent())!.trim();
  await tabTo(first);
  expect(await focusVisible(page), 'the focused row link shows focus').toBe(true);
  await press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    triageEn.title.replace('{number}', tn),
  );
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');

  // Acknowledge ("a"): the result is announced where the actions are, and focus is there.
  await press('a');
  await expect(page.locator('#action-done')).toHaveText(triageEn.done.acknowledge);
  await expect(page.locator('#action-done')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');

  // Close ("c"): Space picks "resolved", Tab to the saved responses, ↓ picks the first one
  // (its text fills the message box), Tab to the box, Tab to the button, Enter.
  await press('c');
  const resolved = page.getByLabel(messages.en.status.reason.resolved);
  await expect(resolved).toBeFocused();
  await press('Space');
  await expect(resolved).toBeChecked();
  const picker = page.getByLabel(responsesEn.pickerLabel).first();
  await tabTo(picker);
  await press('ArrowDown');
  await expect(page.getByLabel(triageEn.publicNoteLabel)).toHaveValue(saved);
  await tabTo(page.getByRole('button', { name: triageEn.close, exact: true }));
  expect(await focusVisible(page), 'the Close button shows focus').toBe(true);
  await press('Enter');
  await expect(page.locator('#action-done')).toHaveText(triageEn.done.close);
  await expect(page.locator('#action-done')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on');

  // Back ("b") to the same filtered view: the closed request has left it, the other is there.
  await press('b');
  await expect(page).toHaveURL((url) => {
    const q = new URL(url).searchParams;
    return (
      new URL(url).pathname === '/en/staff' && q.get('q') === marker && q.get('sort') === 'oldest'
    );
  });
  await expect(page.locator('#results tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name: tn })).toHaveCount(0);

  // The resident sees the saved response on the tracking page.
  const tracking = await request.get(`/en/requests/${tn}`);
  expect(await tracking.text()).toContain(saved);

  test.info().annotations.push({ type: 'key presses', description: String(presses) });
  console.log(`keyboard triage loop: ${presses} key presses`);
  expect(presses).toBeLessThan(60);
});
