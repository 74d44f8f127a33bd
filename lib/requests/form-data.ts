import type { AttributeView } from '@/lib/services/types';
import { ATTR_PREFIX, DESCRIPTION_MAX } from './schema';

const FIELDS = [
  'address',
  'zip',
  'locationNote',
  'lat',
  'long',
  'description',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactLanguage',
  'consent',
  'idempotencyKey',
];

/**
 * Characters of one answer kept: four times the longest the form accepts. Whatever is sent is
 * shown back with the form (so a resident can shorten an answer that is too long), and a 1 MB
 * description came back three times over (the field, the page's data, the form state); cut
 * here, an answer over its limit is still refused with its own message, and the page stays small.
 */
export const ANSWER_KEPT_MAX = DESCRIPTION_MAX * 4;

/**
 * A posted form as the schema's input: known fields only, as strings; multivaluelist answers and
 * the photos already uploaded as arrays (a form posts one entry per ticked box or photo).
 */
export function formValues(
  data: FormData,
  attributes: AttributeView[],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const text = (v: FormDataEntryValue | null) =>
    typeof v === 'string' ? v.slice(0, ANSWER_KEPT_MAX) : '';
  for (const f of FIELDS) out[f] = text(data.get(f));
  out.mediaIds = data
    .getAll('mediaIds')
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .slice(0, 100)
    .map((v) => v.slice(0, 100));
  for (const a of attributes) {
    const name = `${ATTR_PREFIX}${a.code}`;
    out[name] =
      a.datatype === 'multivaluelist'
        ? data
            .getAll(name)
            .filter((v): v is string => typeof v === 'string' && v !== '')
            .slice(0, 100)
            .map((v) => v.slice(0, 200))
        : text(data.get(name));
  }
  return out;
}
