import { z } from 'zod';
import type { AttributeView } from '@/lib/services/types';
import { isBaltimoreZip, isInCity } from './location';

/**
 * The request form's single source of truth: react-hook-form validates with it in the browser
 * and the server action (and the Open311 API) parse with it again. Messages are keys in the
 * Validation namespace, translated where they are shown.
 *
 * Field names are flat (`attr__CODE`) so a plain HTML form posts them as they are.
 */
export const ATTR_PREFIX = 'attr__';
export const attrField = (code: string) => `${ATTR_PREFIX}${code}`;

export const DESCRIPTION_MAX = 4000;
const MARKUP = /<\s*[a-z!/?]/i;

const trimmed = z.string().trim();
/** A field that was not sent at all reads as blank, so it gets the "required" message. */
const blankIfMissing = (v: unknown) => (v == null ? '' : v);
const optionalText = (max: number, key: string) =>
  z.preprocess((v) => (v == null ? '' : v), trimmed.max(max, key));

/** Checkbox groups post nothing, one value, or several: always an array. */
const toArray = (v: unknown) =>
  Array.isArray(v)
    ? v.filter((x) => typeof x === 'string' && x)
    : typeof v === 'string' && v
      ? [v]
      : [];

/** A trimmed string field: empty is fine unless required; otherwise `problem` may name a key. */
function textField(required: boolean, emptyKey: string, problem: (v: string) => string | null) {
  return z
    .preprocess((v) => (typeof v === 'string' ? v.trim() : v == null ? '' : v), z.string())
    .superRefine((v, ctx) => {
      const key = v === '' ? (required ? emptyKey : null) : problem(v);
      if (key) ctx.addIssue({ code: 'custom', message: key });
    });
}

function attributeSchema(a: AttributeView) {
  const keys = new Set(a.values.map((v) => v.key));
  const known = (v: string) => (keys.has(v) ? null : 'attribute.invalidChoice');
  switch (a.datatype) {
    case 'singlevaluelist':
      return textField(a.required, 'attribute.selectOne', known);
    case 'multivaluelist':
      return z.preprocess(toArray, z.array(z.string())).superRefine((v, ctx) => {
        const key =
          v.length === 0
            ? a.required
              ? 'attribute.selectAtLeastOne'
              : null
            : (v.map(known).find(Boolean) ?? null);
        if (key) ctx.addIssue({ code: 'custom', message: key });
      });
    case 'number':
      return textField(a.required, 'attribute.enter', (v) =>
        /^-?\d{1,12}(\.\d{1,4})?$/.test(v) ? null : 'attribute.number',
      );
    case 'datetime':
      return textField(a.required, 'attribute.enterDatetime', (v) =>
        /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(v) && !Number.isNaN(Date.parse(v))
          ? null
          : 'attribute.datetime',
      );
    case 'text':
      return textField(a.required, 'attribute.enter', (v) =>
        v.length > 2000 ? 'attribute.tooLong' : null,
      );
    default:
      return textField(a.required, 'attribute.enter', (v) =>
        v.length > 200 ? 'attribute.tooLong' : null,
      );
  }
}

export const contactLanguages = ['en', 'es', 'other'] as const;

const baseShape = {
  address: z.preprocess(
    blankIfMissing,
    trimmed.min(1, 'address.required').max(200, 'address.tooLong'),
  ),
  zip: z.preprocess(
    blankIfMissing,
    trimmed
      .min(1, 'zip.required')
      .regex(/^\d{5}(-\d{4})?$/, 'zip.format')
      .refine(isBaltimoreZip, 'zip.notBaltimore'),
  ),
  lat: optionalText(20, 'location.invalid'),
  long: optionalText(20, 'location.invalid'),
  description: optionalText(DESCRIPTION_MAX, 'description.tooLong').refine(
    (v) => !MARKUP.test(v),
    'description.markup',
  ),
  contactName: optionalText(200, 'contactName.tooLong'),
  contactEmail: optionalText(254, 'contactEmail.format').refine(
    (v) => v === '' || z.email().safeParse(v).success,
    'contactEmail.format',
  ),
  contactPhone: optionalText(30, 'contactPhone.format').refine(
    (v) =>
      v === '' || (/^[\d\s()+.-]+$/.test(v) && /^(\+?1)?\d{10}$/.test(v.replace(/[^\d+]/g, ''))),
    'contactPhone.format',
  ),
  contactLanguage: z.preprocess(
    (v) => (v == null || v === '' ? 'en' : v),
    z.enum(contactLanguages, 'contactLanguage.invalid'),
  ),
  consent: z.preprocess((v) => v === true || v === 'yes', z.boolean()),
  mediaId: optionalText(64, 'photo.invalid'),
  idempotencyKey: z.uuid('form.expired'),
};

export function requestSchema(attributes: AttributeView[]) {
  const attrShape = Object.fromEntries(
    attributes.map((a) => [attrField(a.code), attributeSchema(a)]),
  );
  return z.object({ ...baseShape, ...attrShape }).superRefine((v, ctx) => {
    const lat = v.lat as string;
    const long = v.long as string;
    if (lat || long) {
      const la = Number(lat);
      const lo = Number(long);
      if (!lat || !long || !Number.isFinite(la) || !Number.isFinite(lo) || !isInCity(la, lo)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lat'],
          message: 'location.outsideCity',
        });
      }
    }
    if (v.consent && !v.contactEmail && !v.contactPhone) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactEmail'],
        message: 'consent.needsContact',
      });
    }
  });
}

export type RequestFormValues = Record<string, string | string[] | boolean | undefined>;
export type RequestInput = z.output<ReturnType<typeof requestSchema>>;

/** Field → message key, first problem per field, in the order the form asks. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}
