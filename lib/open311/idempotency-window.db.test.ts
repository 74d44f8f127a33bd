import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from './api-keys';
import { handleOpen311 } from './handlers';
import { idempotencyKeyFor, repeatKeys } from './post';

/** Explicit instants: the window is decided by the `now` the handler is given, not the wall clock. */
const T0 = new Date('2025-11-02T04:59:30Z'); // 23:59:30 in Baltimore, the night clocks go back
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let keyA = '';
let keyB = '';
beforeAll(async () => {
  keyA = (await createApiKey('window client A')).key;
  keyB = (await createApiKey('window client B')).key;
});

const body = (apiKey: string) =>
  new URLSearchParams({
    api_key: apiKey,
    service_code: 'SW-Dirty Alley',
    address_string: '1500 W North Ave, Baltimore, MD 21217',
    description: 'Same alley, same app',
  });

async function postAt(apiKey: string, now: Date): Promise<string> {
  const res = await handleOpen311('POST', 'requests.json', body(apiKey), '', now);
  expect(res.status).toBe(200);
  return (await res.json())[0].service_request_id;
}

describe('Open311 idempotency window (24 hours)', () => {
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
    const p = body('ignored');
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
