import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { withLastGood } from '@/lib/db/last-good';
import type { DbOrTx } from '@/db/client';
import { agencies, categories, serviceAttributes, services, targets } from '@/db/schema';
import { pick, pickText } from '@/lib/i18n/localized';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { byContentVersion } from '@/lib/site/content-version';
import type { Searchable } from './search';
import { pointerView, searchWithPointers, type PointerView } from './search-results';
import type {
  AttributeView,
  CategoryView,
  ServiceDetail,
  ServiceSummary,
  TargetView,
} from './types';

type ServiceRow = typeof services.$inferSelect;

function summary(row: ServiceRow, locale: string): ServiceSummary {
  const name = pick(row.name, locale);
  return {
    code: row.code,
    name: name.text,
    nameLang: name.lang,
    description: pickText(row.description, locale),
    categoryCode: row.categoryCode,
    popularity: row.popularity,
  };
}

/** Every active service, kept in memory until the catalogue changes (byContentVersion). */
function activeServices(): Promise<ServiceRow[]> {
  return byContentVersion('services:active', async () => {
    const db = await getDb();
    return db.select().from(services).where(eq(services.active, true)).orderBy(asc(services.code));
  });
}

function allCategories() {
  return byContentVersion('categories', async () => {
    const db = await getDb();
    return db.select().from(categories).orderBy(asc(categories.sortOrder));
  });
}

export async function listCategories(locale: string): Promise<CategoryView[]> {
  const [cats, rows] = await Promise.all([allCategories(), activeServices()]);
  return cats
    .map((c) => ({
      code: c.code,
      name: pickText(c.name, locale),
      description: pickText(c.description, locale),
      services: rows
        .filter((s) => s.categoryCode === c.code)
        .map((s) => summary(s, locale))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    }))
    .filter((c) => c.services.length > 0);
}

export async function popularServices(locale: string, limit = 8): Promise<ServiceSummary[]> {
  const rows = await activeServices();
  return rows
    .filter((s) => s.popularity > 0)
    .sort((a, b) => b.popularity - a.popularity)
    .slice(0, limit)
    .map((s) => summary(s, locale));
}

/**
 * Search results: services, and pointers to where to go for what 311 does not handle here
 * (shown first, or instead of "no results").
 */
export async function searchCatalogue(
  query: string,
  locale: string,
): Promise<{ services: ServiceSummary[]; pointers: PointerView[] }> {
  const rows = await activeServices();
  const searchable: (Searchable & { row: ServiceRow })[] = rows.map((row) => ({
    row,
    code: row.code,
    popularity: row.popularity,
    names: row.name as Record<string, string>,
    keywords: row.keywords as Record<string, string[]>,
    descriptions: row.description as Record<string, string>,
  }));
  const found = searchWithPointers(query, searchable, locale);
  return {
    services: found.services.map((s) => summary(s.row, locale)),
    pointers: found.pointers.map((p) => pointerView(p, locale)),
  };
}

export async function findServices(query: string, locale: string): Promise<ServiceSummary[]> {
  return (await searchCatalogue(query, locale)).services;
}

export async function targetInForce(
  serviceCode: string,
  at = new Date(),
  /** A transaction to read in (staff moving a request to another service: lib/staff/reclassify). */
  tx?: DbOrTx,
): Promise<TargetView | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select()
    .from(targets)
    .where(and(eq(targets.serviceCode, serviceCode), eq(targets.fiscalYear, fiscalYearOf(at))));
  return row ?? null;
}

/** The last answer is kept for a database outage (see withLastGood). */
export function getService(code: string, locale: string): Promise<ServiceDetail | null> {
  // The target shown is the one in force this fiscal year: the year is part of the key.
  const key = `service:${code}:${locale}:${fiscalYearOf(new Date())}`;
  return withLastGood(`service:${code}:${locale}`, () =>
    byContentVersion(key, () => readService(code, locale)),
  );
}

async function readService(code: string, locale: string): Promise<ServiceDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({ service: services, agency: agencies, category: categories })
    .from(services)
    .innerJoin(agencies, eq(agencies.code, services.agencyCode))
    .innerJoin(categories, eq(categories.code, services.categoryCode))
    .where(and(eq(services.code, code), eq(services.active, true)));
  if (!row) return null;
  const attrs = await db
    .select()
    .from(serviceAttributes)
    .where(eq(serviceAttributes.serviceCode, code))
    .orderBy(asc(serviceAttributes.order));
  const attributes: AttributeView[] = attrs.map((a) => ({
    code: a.code,
    datatype: a.datatype,
    required: a.required,
    order: a.order,
    label: pickText(a.description, locale),
    hint: a.hint ? pickText(a.hint, locale) : null,
    values: a.values.map((v) => ({ key: v.key, label: pickText(v.name, locale) })),
  }));
  return {
    ...summary(row.service, locale),
    expect: pickText(row.service.expect, locale),
    agencyCode: row.agency.code,
    agencyName: pickText(row.agency.name, locale),
    categoryName: pickText(row.category.name, locale),
    attributes,
    target: await targetInForce(code),
  };
}

export async function agencyName(code: string, locale: string): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.code, code));
  return row ? pickText(row.name, locale) : code;
}

/** Services of one agency (all agencies when null), for staff filters. */
export async function servicesOfAgency(
  agencyCode: string | null,
  locale: string,
): Promise<ServiceSummary[]> {
  const rows = await activeServices();
  return rows
    .filter((s) => agencyCode === null || s.agencyCode === agencyCode)
    .map((s) => summary(s, locale))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Agency and service names in the reader's language, by code (transparency page, open data). */
export async function catalogueNames(locale: string) {
  const db = await getDb();
  const [agencyRows, serviceRows] = await Promise.all([
    db.select({ code: agencies.code, name: agencies.name }).from(agencies),
    db.select({ code: services.code, name: services.name }).from(services),
  ]);
  return {
    agencies: new Map(agencyRows.map((a) => [a.code, pick(a.name, locale)])),
    services: new Map(serviceRows.map((s) => [s.code, pick(s.name, locale)])),
  };
}

/**
 * Every active service under its agency, in the reader's language, agencies and services by
 * name: the staff console's "move to another service" list.
 */
export async function servicesByAgency(locale: string) {
  const db = await getDb();
  const [agencyRows, rows] = await Promise.all([db.select().from(agencies), activeServices()]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  return agencyRows
    .map((a) => ({
      code: a.code,
      name: pickText(a.name, locale),
      services: rows
        .filter((s) => s.agencyCode === a.code)
        .map((s) => ({ code: s.code, name: pickText(s.name, locale) }))
        .sort(byName),
    }))
    .filter((a) => a.services.length)
    .sort(byName);
}
