import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import staffEn from '../../locales/en/Staff.json';
import queueEn from '../../locales/en/Queue.json';
import queueEs from '../../locales/es/Queue.json';
import triageEn from '../../locales/en/Triage.json';
import { expectAxeClean, expectNoHorizontalScroll, messages } from '../support';
import { makeStaff, runId, signIn } from '../staff-support';

/**
 * The queue as an agent works it all day (issue 12). Requests are made in the forestry agency
 * (FOR), which no other spec uses, through the test hook (past instants allowed), so the
 * default view's contents are this file's own. Tests in this file run in parallel: each keeps
 * to its own address marker where it needs exact counts.
 */
const run = runId();
const SERVICE = 'FOR-Fallen Limb';
const HOUR = 3_600_000;

async function makeRequests(
  request: APIRequestContext,
  marker: string,
  n: number,
  { closed = false, hoursApart = 1 } = {},
) {
  const made: string[] = [];
  for (let i = 0; i < n; i++) {
    const createdAt = new Date(Date.now() - (i + 1) * hoursApart * HOUR);
    const res = await request.post('/api/test-hooks/requests', {
      data: {
        serviceCode: SERVICE,
        createdAt: createdAt.toISOString(),
        closedAt: closed ? new Date(createdAt.getTime() + HOUR / 2).toISOString() : undefined,
        address: `${i + 1} ${marker} ${run}`,
      },
    });
    expect(res.status()).toBe(201);
    made.push((await res.json()).trackingNumber);
  }
  return made;
}

async function forestryAgent(page: Page, request: APIRequestContext) {
  const agent = await makeStaff(request, 'forestry agent', 'agent', 'FOR');
  await signIn(page, agent.email);
  return agent;
}

test('at 1440×900 the default queue shows only open requests, 15 or more rows without scrolling', async ({
  page,
  request,
}) => {
  test.slow();
  await makeRequests(request, 'Swing Lane', 22, { hoursApart: 7 });
  const closed = await makeRequests(request, 'Slide Court', 3, { closed: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  const agent = await forestryAgent(page, request);
  await page.goto('/en/staff');

  const rows = page.locator('#results tbody tr');
  await expect(rows.first()).toBeVisible();
  // Only open requests: none of the closed ones, no "Closed" status anywhere in the table.
  for (const tn of closed) await expect(page.locator('#results').getByText(tn)).toHaveCount(0);
  await expect(page.locator('#results tbody').getByText(messages.en.status.closed)).toHaveCount(0);
  // One line per request, and at least 15 of them inside the window.
  const boxes = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const r = tr.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height };
    }),
  );
  const visible = boxes.filter((b) => b.top >= 0 && b.bottom <= 900);
  test.info().annotations.push({ type: 'rows in the window', description: `${visible.length}` });
  expect(visible.length, JSON.stringify(boxes.slice(0, 3))).toBeGreaterThanOrEqual(15);
  for (const b of boxes) expect(b.height).toBeLessThan(45);
  // Time left in words, overdue first.
  await expect(rows.first()).toContainText(/overdue|left|No target/);

  // The header names the role once.
  await expect(page.getByText(queueEn.signedInAs.replace('{name}', agent.name))).toBeVisible();
  await expect(page.getByText(queueEn.roleIs.replace('{role}', staffEn.roleAgent))).toBeVisible();

  // The skip link leads to the results.
  await page.getByRole('link', { name: queueEn.skipToResults }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results')).toBeFocused();

  // With JavaScript, the header checkbox selects every row of the page.
  await page.getByLabel(queueEn.selectAll, { exact: true }).check();
  const boxesOnPage = page.locator('#results tbody input[name="picks"]');
  // This test's 22, and up to a page of those the file's other tests make meanwhile.
  expect(await boxesOnPage.count()).toBeGreaterThanOrEqual(22);
  expect(
    await boxesOnPage.evaluateAll((els) => els.every((e) => (e as HTMLInputElement).checked)),
  ).toBe(true);

  // Page size and views are links that keep working as URLs.
  await page.getByRole('link', { name: '50', exact: true }).click();
  await expect(page).toHaveURL(/size=50/);
  expect(await rows.count()).toBeGreaterThanOrEqual(22);
  await page.getByRole('link', { name: queueEn.viewUnassigned }).click();
  await expect(page).toHaveURL(/assigned=none/);
  await expect(page.getByRole('link', { name: queueEn.viewUnassigned })).toHaveAttribute(
    'aria-current',
    'page',
  );

  for (const locale of ['en', 'es'] as const) {
    await page.goto(`/${locale}/staff`);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await expectAxeClean(page);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  }
  await expect(page.getByRole('link', { name: queueEs.skipToResults })).toBeAttached();
});

test('filters survive opening a request; next and previous walk the filtered list', async ({
  page,
  request,
}) => {
  const [a, b, c] = await makeRequests(request, 'Seesaw Row', 3);
  await makeRequests(request, 'Other Path', 1);
  await forestryAgent(page, request);
  await page.goto(`/en/staff?q=${encodeURIComponent(`Seesaw Row ${run}`)}&sort=oldest`);
  const title = (tn: string) => triageEn.title.replace('{number}', tn);
  // Oldest first: c (made 3 hours ago), b, a.
  await page.getByRole('link', { name: c }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(c));
  await expect(page).toHaveURL(/queue=/);
  await expect(page.getByRole('link', { name: queueEn.previousRequest })).toHaveCount(0);
  await page.getByRole('link', { name: queueEn.nextRequest }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(b));
  await page.getByRole('link', { name: queueEn.nextRequest }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(a));
  await expect(page.getByRole('link', { name: queueEn.nextRequest })).toHaveCount(0);
  await page.getByRole('link', { name: queueEn.previousRequest }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(b));
  // Working the request keeps the view: acknowledged, its neighbours are still offered.
  await page.getByRole('button', { name: triageEn.acknowledge }).click();
  await expect(page.getByRole('status')).toHaveText(triageEn.done.acknowledge);
  await expect(page).toHaveURL(/queue=/);
  await expect(page.getByRole('link', { name: queueEn.nextRequest })).toBeVisible();

  await page.getByRole('link', { name: triageEn.backToQueue }).click();
  await expect(page).toHaveURL(/\/en\/staff\?q=Seesaw\+Row/);
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page.locator('#results tbody tr')).toHaveCount(3);
  await expect(page.getByLabel(staffEn.filterText)).toHaveValue(`Seesaw Row ${run}`);
});

test('CSV export: the whole filtered view of the agent’s own agency, no contact details', async ({
  page,
  request,
}) => {
  test.slow();
  const marker = 'Sandbox Alley';
  const mine = await makeRequests(request, marker, 27);
  // Another agency's request with the same marker: never in this agent's file.
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: 'e2e-open311-key-0123456789',
      service_code: 'SW-Dirty Alley',
      address_string: `1 ${marker} ${run}, Baltimore, MD 21231`,
      email: 'resident@example.com',
    },
  });
  const [{ service_request_id: foreign }] = await res.json();
  await forestryAgent(page, request);
  const q = encodeURIComponent(`${marker} ${run}`);
  await page.goto(`/en/staff?q=${q}`);
  await expect(page.locator('#results tbody tr')).toHaveCount(25); // one page
  const link = page.getByRole('link', { name: queueEn.download });
  expect(await link.getAttribute('href')).toBe(`/en/staff/export?q=${q}`.replace(/%20/g, '+'));
  const csv = await page.request.get((await link.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const text = await csv.text();
  const lines = text.trim().split('\r\n');
  expect(lines[0].replace('\uFEFF', '')).toMatch(/^tracking_number,service_code,service_name,/);
  expect(lines).toHaveLength(28); // header + every one of the 27, not one page
  for (const tn of mine) expect(text).toContain(tn);
  expect(text).not.toContain(foreign);
  expect(text).not.toContain('resident@example.com');
  // Not for anyone without a staff session.
  expect((await request.get(`/en/staff/export?q=${q}`)).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('select all on the page and bulk close with a reason closes exactly those requests', async ({
    page,
    request,
  }) => {
    const picked = await makeRequests(request, 'Monkey Bars', 3);
    const [spared] = await makeRequests(request, 'Climbing Wall', 1);
    await forestryAgent(page, request);
    const q = encodeURIComponent(`Monkey Bars ${run}`);
    await page.goto(`/en/staff?q=${q}`);
    await page.getByRole('link', { name: queueEn.selectAll }).click();
    await expect(page).toHaveURL(/select=all/);
    for (const tn of picked) await expect(page.getByLabel(`Select ${tn}`)).toBeChecked();

    // "Referred" needs the organisation, as on the one-request form.
    await page.locator('summary', { hasText: queueEn.bulkSummary }).click();
    await page.getByLabel(queueEn.closeReason).selectOption('referred');
    await page.getByRole('button', { name: queueEn.bulkClose }).click();
    await expect(page.locator('.error-summary')).toContainText(
      messages.en.validation.triage.referredToRequired,
    );
    await expect(page).toHaveTitle(/^Error: /);

    await page.getByRole('link', { name: queueEn.selectAll }).click();
    await page.locator('summary', { hasText: queueEn.bulkSummary }).click();
    await page.getByLabel(queueEn.closeReason).selectOption('referred');
    await page.getByLabel(queueEn.referredTo).fill('Baltimore Gas and Electric');
    await page.getByLabel(queueEn.publicNote).fill('Passed to BGE.');
    // A forged pick of another agency's request rides along: it is refused, nothing else.
    const foreignRes = await request.post('/api/test-hooks/requests', {
      data: {
        serviceCode: 'SW-Dirty Alley',
        createdAt: new Date().toISOString(),
        address: `1 Forged Pick ${run}`,
      },
    });
    expect(foreignRes.status()).toBe(201);
    const foreign = (await foreignRes.json()).trackingNumber as string;
    await page.evaluate((pick) => {
      const box = document.querySelector<HTMLInputElement>('input[name="picks"]')!;
      const forged = box.cloneNode() as HTMLInputElement;
      forged.value = pick;
      forged.checked = true;
      forged.id = 'forged-pick';
      box.form!.append(forged);
    }, `${foreign}:1`);
    await page.getByRole('button', { name: queueEn.bulkClose }).click();
    await expect(page.getByRole('status')).toContainText('3 requests changed.');
    await expect(page.getByRole('status')).toContainText('1 could not be changed');
    const foreignNow = await request.get(`/api/open311/v2/requests/${foreign}.json`);
    expect((await foreignNow.json())[0].status).toBe('open');
    // The default (open) view no longer lists them; the spared one is still open.
    await expect(page.getByText(staffEn.queueEmpty)).toBeVisible();
    await page.goto(`/en/staff?q=${encodeURIComponent(`${run}`)}&status=closed&size=100`);
    for (const tn of picked) await expect(page.getByRole('link', { name: tn })).toBeVisible();
    await expect(page.getByRole('link', { name: spared })).toHaveCount(0);
    await page.goto(`/en/staff?q=${encodeURIComponent(`Climbing Wall ${run}`)}`);
    await expect(page.getByRole('link', { name: spared })).toBeVisible();
  });
});
