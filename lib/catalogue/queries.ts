import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceAttributes, services } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { locales, type Locale } from '@/lib/i18n/config';
import { pickText } from '@/lib/i18n/localized';
import { fieldName, type QuestionShape } from './text-schema';

/** Every service, for the console's catalogue list: its name and which languages are complete. */
export async function listCatalogueServices(actor: Actor, locale: string) {
  assertCan(actor, 'catalogue.manage');
  const db = await getDb();
  const rows = await db
    .select({ code: services.code, name: services.name, active: services.active })
    .from(services)
    .orderBy(asc(services.code));
  return rows.map((r) => ({
    code: r.code,
    name: pickText(r.name, locale),
    active: r.active,
    languages: locales.filter((l) => Boolean(r.name[l])),
  }));
}

export type ServiceTextForm = {
  code: string;
  questions: (QuestionShape & { english: { question: string; hint: string | null } })[];
  /** Field → English text, shown beside each field as the translator's reference. */
  english: Record<string, string>;
  /** Field → this language's stored text ('' where there is none yet). */
  values: Record<string, string>;
};

/** One service's text in one language, field by field, with English beside it. */
export async function serviceTextForEditing(
  actor: Actor,
  code: string,
  lang: Locale,
): Promise<ServiceTextForm | null> {
  assertCan(actor, 'catalogue.manage');
  const db = await getDb();
  const [service] = await db.select().from(services).where(eq(services.code, code));
  if (!service) return null;
  const attrs = await db
    .select()
    .from(serviceAttributes)
    .where(eq(serviceAttributes.serviceCode, code))
    .orderBy(asc(serviceAttributes.order));
  const english: Record<string, string> = {
    name: service.name.en,
    description: service.description.en,
    expect: service.expect.en,
    keywords: service.keywords.en.join(', '),
  };
  const values: Record<string, string> = {
    name: service.name[lang] ?? '',
    description: service.description[lang] ?? '',
    expect: service.expect[lang] ?? '',
    keywords: (service.keywords[lang] ?? []).join(', '),
  };
  const questions = attrs.map((a) => {
    english[fieldName.question(a.code)] = a.description.en;
    values[fieldName.question(a.code)] = a.description[lang] ?? '';
    if (a.hint) {
      english[fieldName.hint(a.code)] = a.hint.en;
      values[fieldName.hint(a.code)] = a.hint[lang] ?? '';
    }
    for (const v of a.values) {
      english[fieldName.option(a.code, v.key)] = v.name.en;
      values[fieldName.option(a.code, v.key)] = v.name[lang] ?? '';
    }
    return {
      code: a.code,
      datatype: a.datatype,
      optionKeys: a.values.map((v) => v.key),
      hasHint: Boolean(a.hint),
      english: { question: a.description.en, hint: a.hint?.en ?? null },
    };
  });
  return { code: service.code, questions, english, values };
}
