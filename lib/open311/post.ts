import { createHash } from 'node:crypto';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import { ATTR_PREFIX, fieldErrors, requestSchema, type RequestInput } from '@/lib/requests/schema';
import type { AttributeView } from '@/lib/services/types';
import type { Open311Error } from './format';
import { reader } from './params';

/** "100 N Holliday St, Baltimore, MD 21202" → the address and its ZIP code (last 5 digits). */
export function splitAddress(addressString: string): { address: string; zip: string } {
  const m = /^(.*?)[\s,]*\b(\d{5}(?:-\d{4})?)\s*$/.exec(addressString.trim());
  return m ? { address: m[1].trim(), zip: m[2] } : { address: addressString.trim(), zip: '' };
}

/**
 * How long an identical POST counts as a retry of the first: within it, the same request comes
 * back; after it, the same report (the same pothole next year) is a new request.
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Open311 has no idempotency key: an identical POST from the same client is recognised by a
 * fingerprint of its parameters (74 bits of SHA-256, the key's first 24 characters). The rest of
 * the key is the number of the 24-hour period it was made in, so the key stays unique per
 * request and the window check is two exact lookups on the unique key (this period's and the
 * one before: every request made less than 24 hours ago has one of them), each then kept only
 * if made less than 24 hours before `now` (`createServiceRequest`'s `repeatWindow`). The period
 * only shapes the key: the window itself runs from the first request, so a retry a minute later
 * finds it even when a period boundary falls between them. Shaped as an RFC 4122 UUID
 * (version 5 style, name-based) so the form schema accepts it.
 */
function fingerprintHash(clientId: number, params: URLSearchParams): string {
  const canonical = [...params.entries()]
    .filter(([k]) => k !== 'api_key')
    .sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const h = createHash('sha256').update(`open311:${clientId}:${canonical}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const period = (at: Date) => Math.floor(at.getTime() / IDEMPOTENCY_WINDOW_MS);
const keyIn = (hash: string, n: number) =>
  `${hash.slice(0, 24)}${Math.max(0, n).toString(16).padStart(12, '0')}`;

export function idempotencyKeyFor(clientId: number, params: URLSearchParams, now: Date): string {
  return keyIn(fingerprintHash(clientId, params), period(now));
}

/**
 * The keys an earlier identical POST within the window may have: this period's, the previous
 * one's, and the whole-hash key made before the window existed (a retry across the upgrade).
 */
export function repeatKeys(clientId: number, params: URLSearchParams, now: Date): string[] {
  const hash = fingerprintHash(clientId, params);
  return [keyIn(hash, period(now)), keyIn(hash, period(now) - 1), hash];
}

/** GeoReport POST parameters as the request form's values. */
export function formValuesFrom(
  params: URLSearchParams,
  attributes: AttributeView[],
  clientId: number,
  now: Date = new Date(),
) {
  const q = reader(params);
  const { address, zip } = splitAddress(q.get('address_string') ?? '');
  const values: Record<string, string | string[]> = {
    address,
    zip,
    lat: q.get('lat') ?? '',
    long: q.get('long') ?? '',
    description: q.get('description') ?? '',
    contactName: [q.get('first_name'), q.get('last_name')].filter(Boolean).join(' '),
    contactEmail: q.get('email') ?? '',
    contactPhone: q.get('phone') ?? '',
    contactLanguage: 'en',
    idempotencyKey: idempotencyKeyFor(clientId, params, now),
  };
  for (const a of attributes) {
    const one = params.getAll(`attribute[${a.code}]`).filter((v) => v.trim() !== '');
    const many = params.getAll(`attribute[${a.code}][]`).filter((v) => v.trim() !== '');
    values[`${ATTR_PREFIX}${a.code}`] =
      a.datatype === 'multivaluelist' ? [...one, ...many] : (one[0] ?? '');
  }
  return values;
}

const PARAMETER: Record<string, string> = {
  address: 'address_string',
  zip: 'address_string',
  lat: 'lat',
  long: 'long',
  description: 'description',
  contactName: 'first_name',
  contactEmail: 'email',
  contactPhone: 'phone',
};

/**
 * Validates a POST with the web form's own schema (Open311 location rules) and explains every
 * problem in English. Never throws on any input.
 */
export async function validateOpen311Post(
  params: URLSearchParams,
  attributes: AttributeView[],
  clientId: number,
  now: Date = new Date(),
): Promise<{ ok: true; input: RequestInput } | { ok: false; errors: Open311Error[] }> {
  const parsed = requestSchema(attributes, 'open311').safeParse(
    formValuesFrom(params, attributes, clientId, now),
  );
  if (parsed.success) return { ok: true, input: parsed.data };
  const t = createTranslator({
    locale: 'en',
    messages: (await loadMessages('en')) as never,
    namespace: 'Validation' as never,
  }) as unknown as (key: string, values?: Record<string, string>) => string;
  const errors = Object.entries(fieldErrors(parsed.error)).map(([field, key]) => {
    const attribute = attributes.find((a) => `${ATTR_PREFIX}${a.code}` === field);
    const parameter = attribute ? `attribute[${attribute.code}]` : (PARAMETER[field] ?? field);
    return {
      code: 400,
      description: `${parameter}: ${t(key, { question: attribute?.label ?? parameter })}`,
    };
  });
  return { ok: false, errors };
}
