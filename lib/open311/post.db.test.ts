import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { serviceRequests } from '@/db/schema';
import { getService } from '@/lib/services/queries';
import { requestSchema } from '@/lib/requests/schema';
import type { AttributeView } from '@/lib/services/types';
import { createApiKey, listApiKeys, revokeApiKey, withinRateLimit } from './api-keys';
import { handleOpen311, POST_LIMIT_PER_MINUTE } from './handlers';
import { idempotencyKeyFor, repeatKeys, splitAddress, validateOpen311Post } from './post';

let key = '';
let clientId = 0;
const post = (body: Record<string, string | string[]>, format = 'json') => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) params.append(k, x);
  return handleOpen311('POST', `requests.${format}`, params, 'https://311.example.test');
};

beforeAll(async () => {
  const created = await createApiKey('test client');
  key = created.key;
  clientId = created.id!;
});

describe('POST requests', () => {
  it('needs a valid api_key (403)', async () => {
    expect((await post({ service_code: 'TRM-Potholes' })).status).toBe(403);
    expect((await post({ api_key: 'nope', service_code: 'TRM-Potholes' })).status).toBe(403);
  });

  it('creates a request (XML), records the client as its channel, and a retry returns the same id', async () => {
    const body = {
      api_key: key,
      service_code: 'HCD-Illegal Dumping',
      'attribute[DUMPED_ITEMS][]': ['tires', 'furniture'],
      address_string: '1500 W North Ave, Baltimore, MD 21217',
      description: 'Pile of tires',
      first_name: 'Private',
      last_name: 'Person',
      email: 'private@example.com',
      media_url: 'https://photos.example.org/1.jpg',
    };
    const res = await post(body, 'xml');
    expect(res.status).toBe(200);
    const text = await res.text();
    const id = /<service_request_id>(BAL-\d{2}-\d{6})<\/service_request_id>/.exec(text)![1];
    expect(text).toContain('<service_notice>Expected to be closed by');
    const again = await (await post(body)).json();
    expect(again[0].service_request_id).toBe(id);

    const db = await getDb();
    const [row] = await db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, id));
    expect(row).toMatchObject({
      channel: 'open311',
      apiKeyId: clientId,
      zip: '21217',
      address: '1500 W North Ave, Baltimore, MD',
      mediaUrl: 'https://photos.example.org/1.jpg',
    });

    const [got] = await (
      await handleOpen311('GET', `requests/${id}.json`, new URLSearchParams(), '')
    ).json();
    expect(got).toMatchObject({
      status: 'open',
      media_url: 'https://photos.example.org/1.jpg',
      zipcode: '21217',
    });
    expect(JSON.stringify(got)).not.toMatch(/private@example\.com|Private Person/);
  });

  it('accepts a position alone, inside the city', async () => {
    const ok = await post({
      api_key: key,
      service_code: 'SW-Dirty Alley',
      lat: '39.2904',
      long: '-76.6122',
    });
    expect(ok.status).toBe(200);
    const outside = await post({
      api_key: key,
      service_code: 'SW-Dirty Alley',
      lat: '40.7128',
      long: '-74.0060',
    });
    expect(outside.status).toBe(400);
    expect(JSON.stringify(await outside.json())).toMatch(/outside Baltimore City/);
  });

  it('explains every problem at once, naming the parameter', async () => {
    const res = await post({
      api_key: key,
      service_code: 'TRM-Potholes',
      address_string: '1 Main St, Beverly Hills, CA 90210',
      email: 'not-an-email',
      description: 'x'.repeat(4001),
      media_url: 'javascript:alert(1)',
    });
    expect(res.status).toBe(400);
    const errs: { code: number; description: string }[] = await res.json();
    const text = errs.map((e) => e.description).join('\n');
    expect(text).toMatch(/^attribute\[POTHOLE_LOCATION\]: /m);
    expect(text).toMatch(/^address_string: Enter a Baltimore City ZIP code/m);
    expect(text).toMatch(/^email: /m);
    expect(text).toMatch(/^description: Description must be 4,000 characters or fewer/m);
    expect(text).toMatch(/^media_url must be/m);
    expect(errs.every((e) => e.code === 400)).toBe(true);
  });

  it('refuses unknown services and missing locations', async () => {
    expect(
      (await post({ api_key: key, service_code: 'NOPE', address_string: '1 E Pratt St 21202' }))
        .status,
    ).toBe(400);
    expect((await post({ api_key: key })).status).toBe(400);
    const none = await (await post({ api_key: key, service_code: 'SW-Dirty Alley' })).json();
    expect(none[0].description).toMatch(/^address_string: Give the street address/);
  });
});

describe('API keys', () => {
  it('are listed by prefix only and refused once revoked', async () => {
    const { id, key: raw } = await createApiKey('short-lived');
    const listed = (await listApiKeys()).find((k) => k.id === id)!;
    expect(listed.prefix).toBe(raw.slice(0, 8));
    expect(JSON.stringify(listed)).not.toContain(raw);
    expect(
      (await post({ api_key: raw, service_code: 'SW-Dirty Alley', lat: '39.29', long: '-76.61' }))
        .status,
    ).toBe(200);
    expect(await revokeApiKey(id!)).toBe(true);
    expect(await revokeApiKey(id!)).toBe(false);
    expect(
      (await post({ api_key: raw, service_code: 'SW-Dirty Alley', lat: '39.29', long: '-76.61' }))
        .status,
    ).toBe(403);
  });
});

describe('rate limit', () => {
  it('answers 429 past the per-key limit (retries of one identical POST count too)', async () => {
    const { key: raw } = await createApiKey('busy client');
    const body = { api_key: raw, service_code: 'SW-Dirty Alley', lat: '39.30', long: '-76.60' };
    const statuses: number[] = [];
    for (let i = 0; i <= POST_LIMIT_PER_MINUTE; i++) statuses.push((await post(body)).status);
    expect(statuses.slice(0, POST_LIMIT_PER_MINUTE).every((s) => s === 200)).toBe(true);
    const last = await post(body);
    expect(last.status).toBe(429);
    expect((await last.json())[0].code).toBe(429);
  });

  it('counts per bucket in a fixed window', async () => {
    expect(await withinRateLimit('test-bucket', 2, 60)).toBe(true);
    expect(await withinRateLimit('test-bucket', 2, 60)).toBe(true);
    expect(await withinRateLimit('test-bucket', 2, 60)).toBe(false);
    expect(await withinRateLimit('other-bucket', 2, 60)).toBe(true);
  });
});

describe('the POST validator (properties)', () => {
  let attributes: AttributeView[] = [];
  beforeAll(async () => {
    attributes = (await getService('HCD-Illegal Dumping', 'en'))!.attributes;
  });

  const text = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('<b>', '1 E Pratt St', 'Año ñ', ' ', '\u0000'),
  );
  const zip = fc.oneof(
    fc.constantFrom('21202', '21217', '90210', '2120', '', '21202-1234'),
    fc.stringMatching(/^\d{5}$/),
  );
  const items = fc.subarray([
    'tires',
    'furniture',
    'construction',
    'household',
    'appliances',
    'other',
    'piano',
  ]);

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ maxLength: 25 }), fc.string({ maxLength: 40 })), {
          maxLength: 12,
        }),
        async (pairs) => {
          const result = await validateOpen311Post(
            new URLSearchParams(pairs),
            attributes,
            clientId,
          );
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('accepts what the web form accepts and refuses what it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          address: text,
          zip,
          description: text,
          email: fc.oneof(fc.constant(''), fc.constant('a@b.co'), text),
          phone: fc.oneof(fc.constant(''), fc.constant('410 555 0123'), text),
          items,
        }),
        async (v) => {
          fc.pre(
            !/\d$/.test(v.address.trim()) && v.address.trim() !== '' && !/[\s,]$/.test(v.address),
          ); // the ZIP must be the only trailing number
          const web = requestSchema(attributes).safeParse({
            attr__DUMPED_ITEMS: v.items,
            address: v.address,
            zip: v.zip,
            description: v.description,
            contactEmail: v.email,
            contactPhone: v.phone,
            idempotencyKey: '0b7f1a52-3c1e-4b8a-9d4e-2f6c8a1b7e90',
          }).success;
          const params = new URLSearchParams();
          for (const item of v.items) params.append('attribute[DUMPED_ITEMS][]', item);
          params.set('address_string', `${v.address} ${v.zip}`);
          params.set('description', v.description);
          params.set('email', v.email);
          params.set('phone', v.phone);
          const api = await validateOpen311Post(params, attributes, clientId);
          expect(api.ok).toBe(web);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('splitAddress', () => {
  it('takes a trailing ZIP code off the address', () => {
    expect(splitAddress('100 N Holliday St, Baltimore, MD 21202')).toEqual({
      address: '100 N Holliday St, Baltimore, MD',
      zip: '21202',
    });
    expect(splitAddress('100 N Holliday St 21202-1234')).toEqual({
      address: '100 N Holliday St',
      zip: '21202-1234',
    });
    expect(splitAddress('100 N Holliday St')).toEqual({ address: '100 N Holliday St', zip: '' });
  });
});

/** Explicit instants: the window is decided by the `now` the handler is given, not the wall clock. */
const T0 = new Date('2025-11-02T04:59:30Z'); // 23:59:30 in Baltimore, the night clocks go back
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const windowBody = (apiKey: string) =>
  new URLSearchParams({
    api_key: apiKey,
    service_code: 'SW-Dirty Alley',
    address_string: '1500 W North Ave, Baltimore, MD 21217',
    description: 'Same alley, same app',
  });

async function postAt(apiKey: string, now: Date): Promise<string> {
  const res = await handleOpen311('POST', 'requests.json', windowBody(apiKey), '', now);
  expect(res.status).toBe(200);
  return (await res.json())[0].service_request_id;
}

describe('Open311 idempotency window (24 hours)', () => {
  let keyA = '';
  let keyB = '';
  beforeAll(async () => {
    keyA = (await createApiKey('window client A')).key;
    keyB = (await createApiKey('window client B')).key;
  });

  it('returns the same request 1 minute (across midnight) and 23 hours later, a new one after 25', async () => {
    const first = await postAt(keyA, T0);
    expect(await postAt(keyA, later(MINUTE))).toBe(first);
    expect(await postAt(keyA, later(23 * HOUR))).toBe(first);
    const nextDay = await postAt(keyA, later(25 * HOUR));
    expect(nextDay).not.toBe(first);
    // The new request starts its own window.
    expect(await postAt(keyA, later(25 * HOUR + MINUTE))).toBe(nextDay);
    expect(await postAt(keyA, later(48 * HOUR))).toBe(nextDay);
  });

  it('a different client sending the same thing makes its own request', async () => {
    const a = await postAt(keyA, later(10 * 24 * HOUR));
    const b = await postAt(keyB, later(10 * 24 * HOUR));
    expect(b).not.toBe(a);
    expect(await postAt(keyB, later(10 * 24 * HOUR + MINUTE))).toBe(b);
  });

  it('identical POSTs racing each other make one request, even across a period boundary', async () => {
    // The keys' 24-hour periods start at 00:00 UTC: these five have two different keys.
    const at = new Date('2025-11-22T23:59:59.998Z');
    const ids = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => postAt(keyA, new Date(at.getTime() + i))),
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('keys share the fingerprint and name the 24-hour period (still UUID-shaped)', () => {
    const p = windowBody('ignored');
    const k1 = idempotencyKeyFor(1, p, T0);
    const k2 = idempotencyKeyFor(1, p, later(MINUTE));
    expect(k1.slice(0, 24)).toBe(k2.slice(0, 24));
    expect(k1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Every key made less than 24 hours ago is among the ones looked up.
    for (const back of [0, MINUTE, 23 * HOUR, 24 * HOUR - 1]) {
      const at = later(25 * HOUR);
      expect(repeatKeys(1, p, at)).toContain(
        idempotencyKeyFor(1, p, new Date(at.getTime() - back)),
      );
    }
    expect(idempotencyKeyFor(2, p, T0).slice(0, 24)).not.toBe(k1.slice(0, 24));
  });
});
