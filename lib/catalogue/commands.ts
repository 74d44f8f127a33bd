import 'server-only';
import { freshContentVersion } from '@/lib/site/content-version';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceAttributes, services } from '@/db/schema';
import type { LocalizedList, LocalizedText } from '@/db/schema/types';
import { STAFF_EDIT } from '@/db/seed/text-merge';
import { recordAudit } from '@/lib/audit/commands';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { isLocale } from '@/lib/i18n/config';
import { fieldErrors } from '@/lib/requests/schema';
import { fieldName, serviceTextSchema, splitKeywords } from './text-schema';

export type TextResult =
  { ok: true; changed: string[] } | { ok: false; errors: Record<string, string> };

/**
 * Saves one service's text in one language from the console (admins: `catalogue.manage`).
 * Each field that changes is marked as staff's in `seed_source`, so the translation files'
 * later corrections leave it alone (db/seed/text-merge.ts); the change and its before/after are
 * audited in the same transaction. English cannot be emptied: it is every language's fallback.
 */
export async function updateServiceText(
  actor: Actor,
  code: string,
  lang: string,
  input: Record<string, unknown>,
): Promise<TextResult> {
  assertCan(actor, 'catalogue.manage');
  if (!isLocale(lang)) return { ok: false, errors: { form: 'catalogue.notFound' } };
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [service] = await tx.select().from(services).where(eq(services.code, code)).for('update');
    if (!service) return { ok: false as const, errors: { form: 'catalogue.notFound' } };
    const attrs = await tx
      .select()
      .from(serviceAttributes)
      .where(eq(serviceAttributes.serviceCode, code))
      .orderBy(asc(serviceAttributes.order));
    const questions = attrs.map((a) => ({
      code: a.code,
      datatype: a.datatype,
      optionKeys: a.values.map((v) => v.key),
      hasHint: Boolean(a.hint),
    }));
    const parsed = serviceTextSchema(questions).safeParse(input);
    if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error) };
    const v = parsed.data;
    // English is every language's fallback: refused before anything is written (returning from
    // the transaction commits it, so a refusal found half-way would keep the first half).
    if (lang === 'en') {
      if (!splitKeywords(v.keywords).length)
        return { ok: false as const, errors: { keywords: 'catalogue.required' } };
      const emptyHint = attrs.find((a) => a.hint && !v[fieldName.hint(a.code)]);
      if (emptyHint)
        return {
          ok: false as const,
          errors: { [fieldName.hint(emptyHint.code)]: 'catalogue.required' },
        };
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const note = (field: string, old: unknown, now: unknown) => {
      before[field] = old ?? null;
      after[field] = now;
    };

    // The service row: name, description, what happens next, keywords.
    const source = { ...service.seedSource };
    const patch: Partial<typeof services.$inferInsert> = {};
    for (const field of ['name', 'description', 'expect'] as const) {
      const old = service[field][lang];
      if (old === v[field]) continue;
      patch[field] = { ...service[field], [lang]: v[field] } as LocalizedText;
      source[`${field}.${lang}`] = STAFF_EDIT;
      note(field, old, v[field]);
    }
    const keywords = splitKeywords(v.keywords);
    const oldKeywords = service.keywords[lang] ?? [];
    if (JSON.stringify(oldKeywords) !== JSON.stringify(keywords)) {
      const next = { ...service.keywords } as Record<string, string[]>;
      if (keywords.length) next[lang] = keywords;
      else delete next[lang]; // never English: refused above
      patch.keywords = next as LocalizedList;
      source[`keywords.${lang}`] = STAFF_EDIT;
      note('keywords', oldKeywords, keywords);
    }
    if (Object.keys(patch).length)
      await tx
        .update(services)
        .set({ ...patch, seedSource: source, updatedAt: new Date() })
        .where(eq(services.code, code));

    // Each question: its wording, hint and answer options (keys never change here).
    for (const a of attrs) {
      const aSource = { ...a.seedSource };
      let changed = false;
      const question = v[fieldName.question(a.code)];
      let description = a.description;
      if (a.description[lang] !== question) {
        note(fieldName.question(a.code), a.description[lang], question);
        description = { ...a.description, [lang]: question };
        aSource[`description.${lang}`] = STAFF_EDIT;
        changed = true;
      }
      let hint = a.hint;
      if (a.hint) {
        const text = v[fieldName.hint(a.code)];
        if ((a.hint[lang] ?? '') !== text) {
          note(fieldName.hint(a.code), a.hint[lang], text);
          const next = { ...a.hint } as Record<string, string>;
          if (text) next[lang] = text;
          else delete next[lang];
          hint = next as LocalizedText;
          aSource[`hint.${lang}`] = STAFF_EDIT;
          changed = true;
        }
      }
      const values = a.values.map((o) => {
        const text = v[fieldName.option(a.code, o.key)];
        if (o.name[lang] === text) return o;
        note(fieldName.option(a.code, o.key), o.name[lang], text);
        aSource[`option.${o.key}.${lang}`] = STAFF_EDIT;
        changed = true;
        return { ...o, name: { ...o.name, [lang]: text } };
      });
      if (changed)
        await tx
          .update(serviceAttributes)
          .set({ description, hint, values, seedSource: aSource })
          .where(eq(serviceAttributes.id, a.id));
    }

    const changed = Object.keys(after);
    if (changed.length)
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'catalogue.text',
        entity: 'service',
        entityId: code,
        before: { lang, ...before },
        after: { lang, ...after },
      });
    return { ok: true as const, changed };
  });
  // This instance's next page shows the change (others see it within a second).
  if (result.ok) await freshContentVersion();
  return result;
}
