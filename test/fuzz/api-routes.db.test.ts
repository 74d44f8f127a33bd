import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import * as open311 from '@/app/api/open311/v2/[...path]/route';
import * as performance from '@/app/api/performance/[period]/[file]/route';
import * as unsubscribe from '@/app/api/unsubscribe/[token]/route';
import * as health from '@/app/api/health/route';
import { createApiKey } from '@/lib/open311/api-keys';
import { getService } from '@/lib/services/queries';
import { open311Services } from '@/lib/open311/queries';
import { currentPeriodKey } from '@/lib/metrics/periods';
import type { AttributeView } from '@/lib/services/types';
import { makeRequest } from '@/test/requests';
import {
  anyValue,
  encodeLoose,
  formFields,
  fuzzSettings,
  hugeString,
  nastyString,
  oddDate,
  oddNumber,
  queryString,
  urlValue,
} from './arbitraries';

/**
 * Property-based fuzzing of every public route handler, in process, on a real database
 * (issue 13: bad input is a 4xx with a message, never a 5xx). Each input is a Request given to
 * the route's exported GET/POST as Next.js would, and its body is read to the end (a stream
 * that fails half-way is a server error too). The HTTP suite (e2e/fuzz) does the pages and
 * server actions against the production build. FUZZ_SEED replays a run, FUZZ_RUNS sets the
 * number of inputs (default below), shared between route families in the same proportions.
 */
// Route handlers run in Next's server environment, where next-intl's server entry works; here
// its client build would refuse. The same messages, through next-intl's own translator.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/lib/i18n/messages');
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'en' | 'es'; namespace: string }) =>
      createTranslator({ locale, messages: await loadMessages(locale), namespace }),
  };
});

const DEFAULT_TOTAL = 9_000;
const { seed, runs } = fuzzSettings(process.env, DEFAULT_TOTAL);
const BASE = 'https://311.example.test';

const counts: Record<string, { inputs: number; byStatus: Record<number, number> }> = {};
let started = 0;

/** Calls a handler, reads the whole body; true unless it threw or answered 5xx. */
async function answers4xxOrBetter(
  family: string,
  call: () => Promise<Response> | Response,
): Promise<boolean> {
  const c = (counts[family] ??= { inputs: 0, byStatus: {} });
  c.inputs++;
  let status = 500;
  try {
    const res = await call();
    await res.arrayBuffer();
    status = res.status;
  } catch (e) {
    console.error(`${family}: threw`, e);
  }
  c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
  return status < 500;
}

const check = <T>(arb: fc.Arbitrary<T>, n: number, body: (v: T) => Promise<boolean>) =>
  fc.assert(fc.asyncProperty(arb, body), { seed, numRuns: runs(n), endOnFailure: false });

const segments = (path: string) => path.split('/');
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

let serviceCodes: string[] = [];
const attributesOf = new Map<string, AttributeView[]>();
let trackingNumber = '';
const apiKeys: string[] = [];
let posts = 0;

beforeAll(async () => {
  started = Date.now();
  trackingNumber = await makeRequest('HCD-Illegal Dumping', { attr__DUMPED_ITEMS: ['tires'] });
  serviceCodes = (await open311Services('en')).map((s) => s.service_code);
  for (const code of serviceCodes)
    attributesOf.set(code, (await getService(code, 'en'))!.attributes);
  // POSTs are limited to 120 a minute per key: enough keys that most posts are really checked.
  for (let i = 0; i < Math.ceil(runs(2_300) / 100) + 1; i++)
    apiKeys.push((await createApiKey(`fuzz ${i}`)).key);
});

afterAll(() => {
  const families = Object.entries(counts);
  const total = families.reduce((n, [, c]) => n + c.inputs, 0);
  const errors = families.reduce(
    (n, [, c]) =>
      n + Object.entries(c.byStatus).reduce((m, [s, k]) => m + (Number(s) >= 500 ? k : 0), 0),
    0,
  );
  const lines = families.map(
    ([f, c]) =>
      `  ${f}: ${c.inputs} (${Object.entries(c.byStatus)
        .map(([s, k]) => `${s}×${k}`)
        .join(' ')})`,
  );
  console.log(
    `fuzz (route handlers, in process, seed ${seed}): ${total} inputs, ${errors} server errors in ${((Date.now() - started) / 1000).toFixed(1)} s\n${lines.join('\n')}`,
  );
});

const format = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('.json', '.xml') },
  { weight: 1, arbitrary: fc.constantFrom('', '.JSON', '.html', '.xml.json', '.json%00') },
);
const someCode = () => fc.constantFrom(...serviceCodes);
const knownId = () => fc.constantFrom(trackingNumber, 'BAL-26-000001', 'BAL-00-000000');

describe('Open311 GeoReport v2', () => {
  const resource = () =>
    fc.oneof(
      fc.constantFrom('discovery', 'services', 'requests', 'servicerequestupdates'),
      fc
        .tuple(fc.constantFrom('services', 'requests', 'tokens'), urlValue())
        .map(([r, v]) => `${r}/${v}`),
      someCode().map((c) => `services/${encodeLoose(c)}`),
      fc.tuple(fc.constantFrom('requests', 'tokens'), knownId()).map(([r, v]) => `${r}/${v}`),
      fc.array(urlValue(nastyString(8)), { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
    );
  const requestsQuery = () =>
    queryString(
      [
        'service_request_id',
        'service_code',
        'start_date',
        'end_date',
        'status',
        'page',
        'page_size',
        'jurisdiction_id',
      ],
      anyValue([
        someCode(),
        knownId(),
        fc.constantFrom('open', 'closed', 'OPEN', 'baltimorecity.gov'),
        fc
          .array(fc.oneof(someCode(), knownId(), nastyString(8)), { maxLength: 5 })
          .map((a) => a.join(',')),
      ]),
      8,
    );

  it('GET: any resource, format and query answers below 500', async () => {
    await check(fc.tuple(resource(), format, requestsQuery()), 2_700, ([r, f, q]) =>
      answers4xxOrBetter('open311 GET', () => {
        const path = `${r}${f}`;
        return open311.GET(
          new Request(`${BASE}/api/open311/v2/${path}${q ? `?${q}` : ''}`),
          ctx({ path: segments(path) }),
        );
      }),
    );
  });

  it('GET requests: odd date windows and paging answer below 500', async () => {
    const q = fc.record({
      start_date: oddDate,
      end_date: oddDate,
      page: oddNumber,
      page_size: oddNumber,
    });
    await check(
      fc.tuple(fc.constantFrom('requests', 'servicerequestupdates'), format, q),
      900,
      ([r, f, query]) =>
        answers4xxOrBetter('open311 GET', () => {
          const path = `${r}${f}`;
          const qs = Object.entries(query)
            .map(([k, v]) => `${k}=${encodeLoose(v)}`)
            .join('&');
          return open311.GET(
            new Request(`${BASE}/api/open311/v2/${path}?${qs}`),
            ctx({ path: segments(path) }),
          );
        }),
    );
  });

  it('POST requests: random fields, keys and attributes answer below 500', async () => {
    const attributeFields = (code: string) => {
      const attrs = attributesOf.get(code) ?? [];
      if (!attrs.length) return fc.constant<[string, string][]>([]);
      const one = fc
        .tuple(
          fc.constantFrom(...attrs),
          fc.boolean(),
          fc.oneof(anyValue(), fc.constantFrom('', 'tires', 'yes', 'true', '2026-11-27')),
        )
        .chain(([a, many, v]) =>
          fc
            .oneof(
              fc.constant(v),
              a.values.length ? fc.constantFrom(...a.values.map((x) => x.key)) : fc.constant(v),
            )
            .map((val): [string, string] => [`attribute[${a.code}]${many ? '[]' : ''}`, val]),
        );
      return fc.array(one, { maxLength: 6 });
    };
    const body = someCode().chain((code) =>
      fc.record({
        code: fc.oneof({ weight: 6, arbitrary: fc.constant(code) }, nastyString(20)),
        key: fc.oneof(
          { weight: 8, arbitrary: fc.constant('valid') },
          nastyString(30),
          fc.constant(''),
        ),
        address: fc.oneof(
          fc.constant('1500 W North Ave, Baltimore, MD 21217'),
          fc.constant('North Ave & Charles St 21201'),
          nastyString(60),
          hugeString(5_000),
        ),
        lat: fc.oneof(fc.constant('39.2904'), oddNumber),
        long: fc.oneof(fc.constant('-76.6122'), oddNumber),
        attributes: attributeFields(code),
        extra: formFields(
          [
            'description',
            'email',
            'phone',
            'first_name',
            'last_name',
            'device_id',
            'account_id',
            'media_url',
            'jurisdiction_id',
            'lat',
            'long',
            'address_id',
            'service_code',
            'api_key',
          ],
          anyValue([fc.constantFrom('https://x.example/a.jpg', 'javascript:alert(1)', 'a@b.c')]),
          { huge: 70_000, maxFields: 8 },
        ),
        format,
      }),
    );
    await check(body, 2_300, (b) =>
      answers4xxOrBetter('open311 POST', () => {
        const form = new URLSearchParams();
        form.append('api_key', b.key === 'valid' ? apiKeys[posts++ % apiKeys.length] : b.key);
        form.append('service_code', b.code);
        form.append('address_string', b.address);
        form.append('lat', b.lat);
        form.append('long', b.long);
        for (const [k, v] of [...b.attributes, ...b.extra]) form.append(k, v);
        const path = `requests${b.format}`;
        return open311.POST(
          new Request(`${BASE}/api/open311/v2/${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
          }),
          ctx({ path: segments(path) }),
        );
      }),
    );
  });

  it('POST: raw bodies that are not form encoding answer below 500', async () => {
    const raw = fc.oneof(
      nastyString(200),
      fc.array(urlValue(), { maxLength: 10 }).map((a) => a.join('&')),
      fc.uint8Array({ maxLength: 2_000 }),
      hugeString(100_000),
    );
    await check(fc.tuple(raw, format), 300, ([body, f]) =>
      answers4xxOrBetter('open311 POST', () =>
        open311.POST(
          new Request(`${BASE}/api/open311/v2/requests${f}`, { method: 'POST', body }),
          ctx({ path: segments(`requests${f}`) }),
        ),
      ),
    );
  });
});

describe('open data downloads', () => {
  it('/api/performance/{period}/{file}: any period, file, agency and lang answers below 500', async () => {
    const fy = Number(currentPeriodKey());
    const period = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(`${fy}`, `${fy}-h1`, `${fy}-h2`) },
      fc.constantFrom(
        `${fy}`,
        `${fy}-h1`,
        `${fy}-h2`,
        `${fy - 1}`,
        `${fy + 1}`,
        '0000',
        '0001',
        '9999',
        '10000',
        '-2027',
        '2027-h3',
        '2027-H1',
      ),
      oddNumber.map(encodeLoose),
      urlValue(),
    );
    const file = fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            fc.constantFrom('agencies', 'services', 'months', 'districts', 'zips', 'requests'),
            fc.constantFrom('.csv', '.json'),
          )
          .map(([t, e]) => t + e),
      },
      urlValue(),
    );
    const query = queryString(
      ['agency', 'lang'],
      anyValue([fc.constantFrom('DOT', 'DPW', 'BGE', 'HCD', 'en', 'es', 'fr', 'EN', 'CITY')]),
      4,
    );
    await check(fc.tuple(period, file, query), 2_100, ([p, f, q]) =>
      answers4xxOrBetter('performance downloads', () =>
        performance.GET(
          new Request(`${BASE}/api/performance/${p}/${f}${q ? `?${q}` : ''}`),
          ctx({ period: p, file: f }),
        ),
      ),
    );
  });
});

describe('unsubscribe and health', () => {
  it('/api/unsubscribe/{token}: any token, GET or POST, answers below 500', async () => {
    const token = fc.oneof(urlValue(), hugeString(3_000).map(encodeLoose));
    await check(fc.tuple(token, fc.boolean(), nastyString(60)), 600, ([t, post, body]) =>
      answers4xxOrBetter('unsubscribe', () =>
        post
          ? unsubscribe.POST(
              new Request(`${BASE}/api/unsubscribe/${t}`, { method: 'POST', body }),
              ctx({ token: t }),
            )
          : unsubscribe.GET(new Request(`${BASE}/api/unsubscribe/${t}`), ctx({ token: t })),
      ),
    );
  });

  it('/api/health with any query answers 200', async () => {
    await check(queryString(['check', 'verbose']), 100, () =>
      answers4xxOrBetter('health', () => health.GET()),
    );
  });
});
