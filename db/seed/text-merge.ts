import { createHash } from 'node:crypto';

/** A text field: a jsonb map keyed by locale (a string, or a keyword list). */
export type TextMap = Record<string, string | string[] | undefined>;

/** Marks a field staff changed in the console: the translation files no longer own it. */
export const STAFF_EDIT = 'staff';

export function textHash(value: string | string[]): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

/**
 * Brings the translation files' text into a stored row, field by field and language by
 * language. A field follows the file while it still holds the text the file last gave it (its
 * hash in `source`); once staff change it, the hash no longer matches (or reads "staff") and the
 * file's later corrections leave it alone. A field with no recorded source was written by the
 * seed before sources were recorded (the console could not edit text then), so it follows the file.
 */
export function mergeText(
  stored: Record<string, TextMap | null | undefined>,
  source: Record<string, string>,
  fromFiles: Record<string, TextMap | null | undefined>,
): { fields: Record<string, TextMap>; source: Record<string, string>; changed: boolean } {
  const fields: Record<string, TextMap> = {};
  const nextSource = { ...source };
  let changed = false;
  for (const [field, incoming] of Object.entries(fromFiles)) {
    const current: TextMap = { ...(stored[field] ?? {}) };
    for (const [locale, text] of Object.entries(incoming ?? {})) {
      if (text === undefined) continue;
      const key = `${field}.${locale}`;
      const hash = textHash(text);
      const have = current[locale];
      const last = nextSource[key];
      const seedOwned = have === undefined || last === undefined || last === textHash(have);
      if (!seedOwned) continue;
      if (have === undefined || JSON.stringify(have) !== JSON.stringify(text)) {
        current[locale] = text;
        changed = true;
      }
      if (last !== hash) {
        nextSource[key] = hash;
        changed = true;
      }
    }
    fields[field] = current;
  }
  return { fields, source: nextSource, changed };
}
