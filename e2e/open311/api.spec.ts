import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { messages } from '../support';

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
