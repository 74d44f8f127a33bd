import type { AttributeView } from '@/lib/services/types';
import { ATTR_PREFIX } from './schema';

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
 * A posted form as the schema's input: known fields only, as strings; multivaluelist answers and
 * the photos already uploaded as arrays (a form posts one entry per ticked box or photo).
 */
export function formValues(
  data: FormData,
  attributes: AttributeView[],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');
  for (const f of FIELDS) out[f] = text(data.get(f));
  out.mediaIds = data
    .getAll('mediaIds')
    .filter((v): v is string => typeof v === 'string' && v !== '');
  for (const a of attributes) {
    const name = `${ATTR_PREFIX}${a.code}`;
    out[name] =
      a.datatype === 'multivaluelist'
        ? data.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '')
        : text(data.get(name));
  }
  return out;
}
