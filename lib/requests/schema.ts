import * as z from 'zod/mini';
import type { AttributeView } from '@/lib/services/types';
import { attrField, contactLanguages } from './fields';
import { MAX_PHOTOS } from '@/lib/media/limits';
import { looksLikeAddress } from './address';
import { dateAnswerProblem } from './answer-date';
import { isBaltimoreZip, isInCity } from './location';

/**
 * The request form's single source of truth: the browser checks the form with it (loaded on
 * demand: request/_components/request-check.ts) and the server action (and the Open311 API)
 * parse with it again. Messages are keys in the
 * Validation namespace, translated where they are shown.
 *
 * zod/mini, not classic zod: the same checks at a fifth of the browser download.
 * Field names are flat (`attr__CODE`) so a plain HTML form posts them as they are.
 */
export { ATTR_PREFIX, attrField, contactLanguages } from './fields';

export const DESCRIPTION_MAX = 4000;
export const LOCATION_NOTE_MAX = 200;
const MARKUP = /<\s*[a-z!/?]/i;

/**
 * Control characters other than tab and line breaks (a NUL, pasted or forged) are invisible,
 * mean nothing in a request, and PostgreSQL text cannot hold a NUL (it was a 500): removed.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Text as typed, trimmed; a field that was not sent at all reads as blank ("required"). */
const asText = (v: unknown) =>
  typeof v === 'string' ? v.replace(CONTROL, '').trim() : v == null ? '' : v;
const text = (...checks: z.core.$ZodCheck<string>[]) =>
  z.pipe(z.transform(asText), z.string().check(...checks));

/** One message key per problem, decided in order; empty is fine unless `emptyKey` is given. */
export function textField(
  emptyKey: string | null,
  problem: (v: string) => string | null = () => null,
) {
  return text(
    z.superRefine((v, ctx) => {
      const key = v === '' ? emptyKey : problem(v);
      if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
    }),
  );
}
export const maxLength = (max: number, key: string) => (v: string) => (v.length > max ? key : null);

/** Checkbox groups post nothing, one value, or several: always an array. */
const toArray = (v: unknown) =>
  Array.isArray(v)
    ? v.filter((x) => typeof x === 'string' && x)
    : typeof v === 'string' && v
      ? [v]
      : [];

function attributeSchema(a: AttributeView, now: Date) {
  const keys = new Set(a.values.map((v) => v.key));
  const known = (v: string) => (keys.has(v) ? null : 'attribute.invalidChoice');
  const ifRequired = (key: string) => (a.required ? key : null);
  switch (a.datatype) {
    case 'singlevaluelist':
      return textField(ifRequired('attribute.selectOne'), known);
    case 'multivaluelist':
      return z.pipe(
        z.transform(toArray),
        z.array(z.string()).check(
          z.superRefine((v, ctx) => {
            const key =
              v.length === 0
                ? ifRequired('attribute.selectAtLeastOne')
                : (v.map(known).find(Boolean) ?? null);
            if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
          }),
        ),
      );
    case 'number':
      return textField(ifRequired('attribute.enter'), (v) =>
        /^-?\d{1,12}(\.\d{1,4})?$/.test(v) ? null : 'attribute.number',
      );
    case 'datetime':
      return textField(ifRequired('attribute.enterDatetime'), (v) => dateAnswerProblem(v, now));
    case 'text':
      return textField(ifRequired('attribute.enter'), maxLength(2000, 'attribute.tooLong'));
    default:
      return textField(ifRequired('attribute.enter'), maxLength(200, 'attribute.tooLong'));
  }
}

const emailFormat = z.email();
const isPhone = (v: string) =>
  /^[\d\s()+.-]+$/.test(v) && /^(\+?1)?\d{10}$/.test(v.replace(/[^\d+]/g, ''));

const zipProblem = (v: string) =>
  !/^\d{5}(-\d{4})?$/.test(v) ? 'zip.format' : isBaltimoreZip(v) ? null : 'zip.notBaltimore';

/**
 * Where the problem is: a street address (house number and street, or a corner) with a
 * Baltimore ZIP code, or a position inside the city. The web form asks for the address unless
 * the phone gave its position (JavaScript); then the address, ZIP and a landmark are optional
 * extras. An Open311 client may send coordinates alone (GeoReport v2 allows lat+long or an
 * address); with coordinates its address_string is free text (FixMyStreet sends "near …").
 */
export type LocationMode = 'web' | 'open311';

const baseShape = {
  address: textField(null, maxLength(200, 'address.tooLong')),
  zip: textField(null, zipProblem),
  locationNote: textField(null, (v) =>
    v.length > LOCATION_NOTE_MAX
      ? 'locationNote.tooLong'
      : MARKUP.test(v)
        ? 'locationNote.markup'
        : null,
  ),
  lat: textField(null, maxLength(20, 'location.invalid')),
  long: textField(null, maxLength(20, 'location.invalid')),
  description: textField(null, (v) =>
    v.length > DESCRIPTION_MAX
      ? 'description.tooLong'
      : MARKUP.test(v)
        ? 'description.markup'
        : null,
  ),
  contactName: textField(null, maxLength(200, 'contactName.tooLong')),
  contactEmail: textField(null, (v) =>
    v.length <= 254 && emailFormat.safeParse(v).success ? null : 'contactEmail.format',
  ),
  contactPhone: textField(null, (v) =>
    v.length <= 30 && isPhone(v) ? null : 'contactPhone.format',
  ),
  contactLanguage: z.pipe(
    z.transform((v) => (v == null || v === '' ? 'en' : v)),
    z.enum(contactLanguages, 'contactLanguage.invalid'),
  ),
  consent: z.pipe(
    z.transform((v) => v === true || v === 'yes'),
    z.boolean(),
  ),
  /** Photos already uploaded with this form (lib/media/commands storePendingPhoto). */
  mediaIds: z.pipe(
    z.transform(toArray),
    z.array(z.string()).check(
      z.superRefine((v, ctx) => {
        const key =
          v.length > MAX_PHOTOS
            ? 'photo.tooMany'
            : v.some((id) => !/^[a-f0-9]{32}$/.test(id)) || new Set(v).size < v.length
              ? 'photo.invalid'
              : null;
        if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
      }),
    ),
  ),
  idempotencyKey: z.pipe(z.transform(asText), z.uuid('form.expired')),
};

export function requestSchema(
  attributes: AttributeView[],
  mode: LocationMode = 'web',
  now = new Date(),
) {
  const attrShape = Object.fromEntries(
    attributes.map((a) => [attrField(a.code), attributeSchema(a, now)]),
  );
  return z.object({ ...baseShape, ...attrShape }).check(
    z.superRefine((v, ctx) => {
      const issue = (field: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [field], message, input: v });
      const { lat, long, address, zip } = v as Record<'lat' | 'long' | 'address' | 'zip', string>;
      const located = Boolean(lat && long);
      if (!located) {
        // Without a position the address and its Baltimore ZIP say where.
        if (mode === 'web') {
          if (!address) issue('address', 'address.required');
          if (!zip) issue('zip', 'zip.required');
        } else if (!address) issue('address', 'location.required');
        else if (!zip) issue('zip', 'zip.required');
      }
      if (address && (mode === 'web' || !located) && !looksLikeAddress(address)) {
        issue('address', 'address.format');
      }
      if (lat || long) {
        const la = Number(lat);
        const lo = Number(long);
        if (!lat || !long || !Number.isFinite(la) || !Number.isFinite(lo)) {
          issue('lat', 'location.invalid');
        } else if (!isInCity(la, lo)) issue('lat', 'location.outsideCity');
      }
      if (v.consent && !v.contactEmail && !v.contactPhone) {
        issue('contactEmail', 'consent.needsContact');
      }
    }),
  );
}

export type RequestFormValues = Record<string, string | string[] | boolean | undefined>;
export type RequestInput = z.output<ReturnType<typeof requestSchema>>;

/** Field → message key, first problem per field, in the order the form asks. */
export function fieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}
