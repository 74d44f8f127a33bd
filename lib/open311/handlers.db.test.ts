import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { getService } from '@/lib/services/queries';
import { createServiceRequest } from '@/lib/requests/commands';
import { requestSchema } from '@/lib/requests/schema';
import { handleOpen311 } from './handlers';

const BASE = 'https://311.example.test';
const NOW = new Date();
const call = (path: string, query = '', method: 'GET' | 'POST' = 'GET') =>
  handleOpen311(method, path, new URLSearchParams(query), BASE, new Date());
const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) =>
    [
      'service',
      'attribute',
      'value',
      'request',
      'endpoint',
      'format',
      'error',
      'request_update',
    ].includes(name),
});

async function xml(res: Response) {
  expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const text = await res.text();
  expect(XMLValidator.validate(text)).toBe(true);
  expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  return parser.parse(text);
}
async function json(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return res.json();
}

let tracking = '';
beforeAll(async () => {
  const service = (await getService('HCD-Illegal Dumping', 'en'))!;
  const input = requestSchema(service.attributes).parse({
    attr__DUMPED_ITEMS: ['tires'],
    address: '1500 W North Ave',
    zip: '21217',
    description: 'Tires & a sofa <3 feet > from the store',
    contactName: 'Private Person',
    contactEmail: 'private@example.com',
    contactPhone: '410 555 0123',
    consent: 'yes',
    idempotencyKey: randomUUID(),
  });
  ({ trackingNumber: tracking } = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
  }));
});

describe('discovery', () => {
  it('lists the endpoint, its specification and both formats', async () => {
    const doc = (await xml(await call('discovery.xml'))).discovery;
    expect(doc.endpoints.endpoint[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${BASE}/api/open311/v2`,
      type: 'production',
    });
    expect(doc.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);
    const j = await json(await call('discovery.json'));
    expect(j.endpoints[0].formats).toEqual(['text/xml', 'application/json']);
    expect(j.changeset).toMatch(/Z$/);
  });
});

describe('services', () => {
  it('lists the catalogue with the spec element names, in XML and JSON', async () => {
    const res = await call('services.xml');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toContain('max-age');
    const services = (await xml(res)).services.service;
    const pothole = services.find(
      (s: { service_code: string }) => s.service_code === 'TRM-Potholes',
    );
    expect(Object.keys(pothole)).toEqual([
      'service_code',
      'service_name',
      'description',
      'metadata',
      'type',
      'keywords',
      'group',
    ]);
    expect(pothole).toMatchObject({ service_name: 'Pothole', metadata: 'true', type: 'realtime' });
    const j = await json(await call('services.json'));
    expect(Array.isArray(j)).toBe(true);
    expect(j.length).toBe(services.length);
    expect(
      j.find((s: { service_code: string }) => s.service_code === 'TRM-Potholes').metadata,
    ).toBe(true);
  });
  it('gives a service definition with ordered attributes and their values', async () => {
    const def = (await xml(await call('services/HCD-Illegal Dumping.xml'))).service_definition;
    const attr = def.attributes.attribute[0];
    expect(Object.keys(attr)).toEqual([
      'variable',
      'code',
      'datatype',
      'required',
      'datatype_description',
      'order',
      'description',
      'values',
    ]);
    expect(attr).toMatchObject({
      code: 'DUMPED_ITEMS',
      datatype: 'multivaluelist',
      required: 'true',
      order: '1',
    });
    expect(attr.values.value.length).toBeGreaterThan(1);
    const j = await json(await call('services/HCD-Illegal Dumping.json'));
    expect(Array.isArray(j)).toBe(false); // the definition is an object
    expect(j.service_code).toBe('HCD-Illegal Dumping');
    expect(j.attributes[0].values[0]).toHaveProperty('key');
  });
  it('serves codes that contain a slash', async () => {
    const res = await call('services/TRM-Sign Damaged/Sign Structure.json');
    expect(res.status).toBe(200);
  });
  it('answers 404 with an error document for an unknown service', async () => {
    const res = await call('services/NOPE.xml');
    expect(res.status).toBe(404);
    expect((await xml(res)).errors.error[0]).toMatchObject({ code: '404' });
  });
});

describe('requests (GET)', () => {
  it('returns a request with every spec field and no contact detail', async () => {
    const res = await call(`requests/${tracking}.xml`);
    const text = await res.clone().text();
    for (const secret of ['Private Person', 'private@example.com', '555 0123'])
      expect(text).not.toContain(secret);
    const [r] = (await xml(res)).service_requests.request;
    expect(Object.keys(r)).toEqual([
      'service_request_id',
      'status',
      'status_notes',
      'service_name',
      'service_code',
      'description',
      'agency_responsible',
      'service_notice',
      'requested_datetime',
      'updated_datetime',
      'expected_datetime',
      'address',
      'address_id',
      'zipcode',
      'lat',
      'long',
      'media_url',
      'closed_datetime',
      'close_reason',
    ]);
    expect(r).toMatchObject({
      service_request_id: tracking,
      status: 'open',
      zipcode: '21217',
      description: 'Tires & a sofa <3 feet > from the store',
    });
    expect(r.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const j = await json(await call(`requests/${tracking}.json`));
    expect(j).toHaveLength(1);
    expect(typeof j[0].service_request_id).toBe('string');
    expect(JSON.stringify(j)).not.toMatch(/private@example\.com|Private Person/);
  });
  it('filters by id list (overriding other filters), code, status and window', async () => {
    const byIds = await json(
      await call(
        'requests.json',
        `service_request_id=${tracking},BAL-00-000000&status=closed&start_date=2000-01-01T00:00:00Z`,
      ),
    );
    expect(byIds.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([
      tracking,
    ]);
    expect(
      await json(await call('requests.json', 'service_code=HCD-Illegal Dumping&status=open')),
    ).toHaveLength(1);
    expect(await json(await call('requests.json', 'service_code=TRM-Potholes'))).toHaveLength(0);
    expect(await json(await call('requests.json', 'status=closed'))).toHaveLength(0);
    expect(await json(await call('requests.json', 'status=&service_code='))).toHaveLength(1); // empty = absent
  });
  it('refuses windows over 90 days, bad dates, statuses and page sizes, several at once', async () => {
    const span = await call(
      'requests.xml',
      'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
    );
    expect(span.status).toBe(400);
    expect((await xml(span)).errors.error[0].description).toMatch(/90 days/);
    const many = await json(
      await call('requests.json', 'start_date=yesterday&status=pending&page_size=5000'),
    );
    expect(many.length).toBe(3);
    expect(many.every((e: { code: number }) => e.code === 400)).toBe(true);
  });
  it('refuses dates PostgreSQL cannot hold and NUL characters with 400, never a 500', async () => {
    for (const query of [
      'start_date=0000-01-01T00:00:00Z',
      'end_date=0000-06-01T00:00:00Z',
      'start_date=1899-12-31T00:00:00Z',
    ]) {
      for (const path of ['requests.json', 'servicerequestupdates.json']) {
        const res = await call(path, query);
        expect(res.status, `${path}?${query}`).toBe(400);
        expect((await json(res))[0].description).toMatch(/between the years 1900 and 9999/);
      }
    }
    expect((await call('requests.json', 'start_date=9999-01-01T00:00:00Z')).status).toBe(200);
    for (const [path, query] of [
      ['requests/\0.json', ''],
      ['requests.json', 'service_code=%00'],
      ['services/\0.json', ''],
    ]) {
      const res = await call(path, query);
      expect(res.status, path).toBe(400);
      expect((await json(res))[0].description).toMatch(/NUL/);
    }
    // A path that is not valid percent-encoding (`%25` decodes to `%`) is just unknown.
    expect((await call('%.json')).status).toBe(404);
  });
  it('answers 404 for an unknown request, resource or jurisdiction', async () => {
    expect((await call('requests/BAL-00-000000.json')).status).toBe(404);
    expect((await call('nothing.json')).status).toBe(404);
    expect((await call('services', '')).status).toBe(404);
    expect((await call('services.json', 'jurisdiction_id=example.org')).status).toBe(404);
    expect((await call('services.json', 'jurisdiction_id=baltimorecity.gov')).status).toBe(200);
  });
  it('resolves a token at once', async () => {
    const [t] = (await xml(await call(`tokens/${tracking}.xml`))).service_requests.request;
    expect(t).toEqual({ service_request_id: tracking, token: tracking });
    expect(await json(await call(`tokens/${tracking}.json`))).toEqual([
      { service_request_id: tracking, token: tracking },
    ]);
    expect((await call('tokens/unknown.json')).status).toBe(404);
  });
  it('lists public updates (FixMyStreet extension)', async () => {
    const start = new Date(NOW.getTime() - 3600_000).toISOString();
    const updates = (await xml(await call('servicerequestupdates.xml', `start_date=${start}`)))
      .service_request_updates.request_update;
    expect(updates[0]).toMatchObject({ service_request_id: tracking, status: 'open' });
    expect(Object.keys(updates[0])).toEqual([
      'update_id',
      'service_request_id',
      'status',
      'updated_datetime',
      'description',
      'media_url',
    ]);
    const j = await json(await call('servicerequestupdates.json', `start_date=${start}`));
    expect(j[0]).toMatchObject({ service_request_id: tracking, status: 'open' });
    const span = 'start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T00:00:00Z';
    expect((await call('servicerequestupdates.json', span)).status).toBe(400);
  });

  it('returns at most 1,000 requests a page, and the rest on the next pages', async () => {
    const db = await getDb();
    await db.execute(sql`
      insert into service_requests (tracking_number, service_code, address, zip, locale, channel, idempotency_key, created_at)
      select 'BAL-99-' || lpad(g::text, 6, '0'), 'SW-Dirty Street', g || ' E Pratt St', '21202', 'en', 'web', 'bulk-' || g,
             ${new Date().toISOString()}::timestamptz - make_interval(mins => g)
      from generate_series(1, 1005) g`);
    const q = 'service_code=SW-Dirty Street';
    expect(await json(await call('requests.json', q))).toHaveLength(1000);
    expect(await json(await call('requests.json', `${q}&page=2`))).toHaveLength(5);
    expect(await json(await call('requests.json', `${q}&page=3&page_size=400`))).toHaveLength(205);
  });

  it('pages updates too: a busy window is not cut off at 1,000, and pages neither repeat nor skip', async () => {
    const db = await getDb();
    // 1,005 public notes in one minute, some at the same instant (ties are broken by id).
    await db.execute(sql`
      insert into request_events (request_id, kind, visibility, body, created_at)
      select (select id from service_requests where tracking_number = ${tracking}), 'note', 'public',
             'bulk note ' || g, ${'2026-09-01T12:00:00Z'}::timestamptz + make_interval(secs => g / 20)
      from generate_series(1, 1005) g`);
    const q = 'start_date=2026-09-01T11:59:00Z&end_date=2026-09-01T12:02:00Z';
    const first = await json(await call('servicerequestupdates.json', q));
    const second = await json(await call('servicerequestupdates.json', `${q}&page=2`));
    expect(first).toHaveLength(1000);
    expect(second).toHaveLength(5);
    const ids = [...first, ...second].map((u: { update_id: string }) => u.update_id);
    expect(new Set(ids).size).toBe(1005);
    const small = await json(await call('servicerequestupdates.json', `${q}&page=3&page_size=400`));
    expect(small.map((u: { update_id: string }) => u.update_id)).toEqual(ids.slice(800));
    expect((await call('servicerequestupdates.json', `${q}&page=0`)).status).toBe(400);
  });
});

describe('requests (POST)', () => {
  it('refuses a request without a valid api_key with 403', async () => {
    const res = await call('requests.xml', 'service_code=TRM-Potholes', 'POST');
    expect(res.status).toBe(403);
  });
});
