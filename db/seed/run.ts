import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { agencies, categories, serviceAttributes, services, targets } from '../schema';
import type { AttributeValue, LocalizedList, LocalizedText } from '../schema/types';
import { fiscalYearOf } from '../../lib/metrics/fiscal-year';
import * as files from './catalogue';
import { mergeText, textHash, type TextMap } from './text-merge';

type Texts = Record<string, TextMap | null | undefined>;

/** The source hashes of a row inserted straight from the files. */
function sourceOf(fields: Texts): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, map]) =>
      Object.entries(map ?? {}).flatMap(([locale, text]) =>
        text === undefined ? [] : [[`${field}.${locale}`, textHash(text)]],
      ),
    ),
  );
}

/** Answer options as text fields ("option.<key>"), so each option's name merges on its own. */
function optionFields(values: AttributeValue[]): Texts {
  return Object.fromEntries(values.map((v) => [`option.${v.key}`, v.name]));
}

/**
 * Seeds the service catalogue on every start. Codes, agencies, targets and questions are
 * added when new and otherwise left alone. Text follows locales/<locale>/catalogue.json field by
 * field (db/seed/text-merge.ts): a corrected translation reaches an existing database, a field
 * staff edited in the console is kept. Targets are committed for the current and the previous
 * fiscal year.
 */
export async function seedCatalogue(
  db: DbOrTx,
  now = new Date(),
  // The files' catalogue; a test passes an edited copy to stand for a corrected translation file.
  catalogue: Pick<typeof files, 'agencies' | 'categories' | 'services'> = files,
): Promise<void> {
  await db.transaction(async (tx) => {
    // Several instances start together on one database (e2e/instances): one seeds at a time,
    // and the next reads what the first wrote instead of inserting the same rows again.
    await tx.execute(sql`select pg_advisory_xact_lock(727312)`);
    // Agencies and categories: few rows, read whole.
    const storedAgencies = new Map((await tx.select().from(agencies)).map((r) => [r.code, r]));
    for (const a of catalogue.agencies) {
      const row = storedAgencies.get(a.code);
      if (!row) {
        await tx.insert(agencies).values({ ...a, seedSource: sourceOf({ name: a.name }) });
        continue;
      }
      const m = mergeText({ name: row.name }, row.seedSource, { name: a.name });
      if (m.changed)
        await tx
          .update(agencies)
          .set({ name: m.fields.name as LocalizedText, seedSource: m.source })
          .where(eq(agencies.code, a.code));
    }

    const storedCategories = new Map((await tx.select().from(categories)).map((r) => [r.code, r]));
    for (const c of catalogue.categories) {
      const texts = { name: c.name, description: c.description };
      const row = storedCategories.get(c.code);
      if (!row) {
        await tx.insert(categories).values({ ...c, seedSource: sourceOf(texts) });
        continue;
      }
      const m = mergeText({ name: row.name, description: row.description }, row.seedSource, texts);
      if (m.changed)
        await tx
          .update(categories)
          .set({
            name: m.fields.name as LocalizedText,
            description: m.fields.description as LocalizedText,
            seedSource: m.source,
          })
          .where(eq(categories.code, c.code));
    }

    const storedServices = new Map((await tx.select().from(services)).map((r) => [r.code, r]));
    for (const s of catalogue.services) {
      const texts = {
        name: s.name,
        description: s.description,
        expect: s.expect,
        keywords: s.keywords,
      };
      const row = storedServices.get(s.code);
      if (!row) {
        await tx.insert(services).values({
          code: s.code,
          agencyCode: s.agency,
          categoryCode: s.category,
          ...texts,
          popularity: s.popularity,
          seedSource: sourceOf(texts),
        });
        continue;
      }
      const m = mergeText(
        {
          name: row.name,
          description: row.description,
          expect: row.expect,
          keywords: row.keywords,
        },
        row.seedSource,
        texts,
      );
      if (m.changed)
        await tx
          .update(services)
          .set({
            name: m.fields.name as LocalizedText,
            description: m.fields.description as LocalizedText,
            expect: m.fields.expect as LocalizedText,
            keywords: m.fields.keywords as LocalizedList,
            seedSource: m.source,
          })
          .where(eq(services.code, s.code));
    }

    const storedAttributes = new Map(
      (await tx.select().from(serviceAttributes)).map((r) => [`${r.serviceCode}\n${r.code}`, r]),
    );
    for (const s of catalogue.services) {
      for (const [i, a] of s.attributes.entries()) {
        const values = a.values ?? [];
        const texts: Texts = { description: a.description, hint: a.hint, ...optionFields(values) };
        const row = storedAttributes.get(`${s.code}\n${a.code}`);
        if (!row) {
          await tx.insert(serviceAttributes).values({
            serviceCode: s.code,
            code: a.code,
            datatype: a.datatype,
            required: a.required,
            order: i + 1,
            description: a.description,
            hint: a.hint ?? null,
            values,
            seedSource: sourceOf(texts),
          });
          continue;
        }
        const m = mergeText(
          { description: row.description, hint: row.hint, ...optionFields(row.values) },
          row.seedSource,
          texts,
        );
        if (!m.changed) continue;
        // Options keep their stored order; one the files add to an existing question goes last.
        const keys = [...row.values.map((v) => v.key)];
        for (const v of values) if (!keys.includes(v.key)) keys.push(v.key);
        await tx
          .update(serviceAttributes)
          .set({
            description: m.fields.description as LocalizedText,
            hint: a.hint || row.hint ? (m.fields.hint as LocalizedText) : null,
            values: keys.map((key) => ({
              key,
              name: (m.fields[`option.${key}`] ?? {}) as LocalizedText,
            })),
            seedSource: m.source,
          })
          .where(
            and(eq(serviceAttributes.serviceCode, s.code), eq(serviceAttributes.code, a.code)),
          );
      }
    }

    const fy = fiscalYearOf(now);
    const rows = [fy - 1, fy].flatMap((fiscalYear) =>
      catalogue.services.map((s) => ({
        serviceCode: s.code,
        fiscalYear,
        ...s.target,
        // Committed at the start of the fiscal year (1 July, city time).
        setAt: new Date(`${fiscalYear - 1}-07-01T00:00:00-04:00`),
      })),
    );
    await tx.insert(targets).values(rows).onConflictDoNothing();
  });
}
