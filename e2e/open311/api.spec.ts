import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import triageEn from '../../locales/en/Triage.json';
import { messages } from '../support';
import { ADMIN, signIn } from '../staff-support';

/** The key the test server creates at start-up (OPEN311_BOOTSTRAP_API_KEY in playwright.config). */
const API_KEY = 'e2e-open311-key-0123456789';

test('a request sent through Open311 (XML) shows on the public tracking page', async ({
  request,
  page,
}) => {
  const res = await request.post('/api/open311/v2/requests.xml', {
    form: {
      api_key: API_KEY,
      jurisdiction_id: 'baltimorecity.gov',
      service_code: 'TRM-Potholes',
      'attribute[POTHOLE_LOCATION]': 'street',
      address_string: '2400 N Charles St, Baltimore, MD 21218',
      lat: '39.3169',
      long: '-76.6167',
      description: 'Reported from a FixMyStreet-style client',
      email: 'api-resident@example.com',
      first_name: 'Api',
      last_name: 'Resident',
    },
  });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/xml; charset=utf-8');
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const id = /<service_request_id>([^<]+)<\/service_request_id>/.exec(xml)![1];

  await page.goto(`/en/requests/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id);
  await expect(page.getByText(messages.en.status.new, { exact: true })).toBeVisible();
  await expect(page.getByText('2400 N Charles St')).toBeVisible();
  await expect(page.getByText('api-resident@example.com')).toHaveCount(0);

  // And back out through the API, in JSON, without contact details.
  const got = await request.get(`/api/open311/v2/requests/${encodeURIComponent(id)}.json`);
  expect(got.headers()['access-control-allow-origin']).toBe('*');
  const body = await got.text();
  expect(JSON.parse(body)[0]).toMatchObject({
    service_request_id: id,
    status: 'open',
    zipcode: '21218',
  });
  expect(body).not.toMatch(/api-resident|Resident/);
});

test('a bad api_key gets 403 with an error document', async ({ request }) => {
  const res = await request.post('/api/open311/v2/requests.json', {
    form: { api_key: 'wrong', service_code: 'TRM-Potholes' },
  });
  expect(res.status()).toBe(403);
  expect((await res.json())[0]).toMatchObject({ code: 403 });
});

test('a request sent through Open311 is in the staff queue, and its closure shows through the API', async ({
  request,
  page,
}) => {
  test.slow();
  const marker = `API loop ${Date.now()}`;
  const res = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: API_KEY,
      service_code: 'SW-Dirty Alley',
      address_string: '300 E Lafayette Ave, Baltimore, MD 21202',
      description: marker,
    },
  });
  const [{ service_request_id: id }] = await res.json();

  // Staff find it in their queue (the bootstrap admin sees every agency).
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/en/staff?q=${encodeURIComponent(marker)}`);
  await page.getByRole('link', { name: id }).click();
  await expect(page.getByText(marker)).toBeVisible();
  await expect(page.getByText(/through the Open311 API by bootstrap/)).toBeVisible();

  const before = Date.now();
  await page.getByLabel(messages.en.status.reason.resolved).check();
  await page.getByLabel(triageEn.publicNoteLabel).fill('Alley cleaned on the morning round');
  await page.getByRole('button', { name: triageEn.close }).click();
  await expect(page.getByRole('status')).toHaveText(triageEn.done.close);

  // Through the API, in both formats: closed, with the public note and the closure time.
  const [json] = await (await request.get(`/api/open311/v2/requests/${id}.json`)).json();
  expect(json.status).toBe('closed');
  expect(json.status_notes).toBe('Alley cleaned on the morning round');
  expect(Date.parse(json.updated_datetime)).toBeGreaterThanOrEqual(before - 1000);
  expect(json.updated_datetime).toMatch(/[+-]\d\d:\d\d$|Z$/);
  const xml = await (await request.get(`/api/open311/v2/requests/${id}.xml`)).text();
  expect(xml).toContain('<status>closed</status>');
  expect(xml).toContain('<status_notes>Alley cleaned on the morning round</status_notes>');
  const closed = await (
    await request.get(`/api/open311/v2/requests.json?status=closed&service_code=SW-Dirty%20Alley`)
  ).json();
  expect(closed.map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
});
