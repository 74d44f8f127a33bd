import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { AttributeDatatype, AttributeValue, LocalizedList, LocalizedText } from './types';

export const agencies = pgTable('agencies', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  /**
   * Which translation-file text each field holds ("name.es" → hash of that text), so a corrected
   * translation reaches an existing database while a field staff changed in the console
   * ("staff") is kept: db/seed/text-merge.ts.
   */
  seedSource: jsonb('seed_source').$type<Record<string, string>>().notNull().default({}),
});

export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  /**
   * Which translation-file text each field holds ("name.es" → hash of that text), so a corrected
   * translation reaches an existing database while a field staff changed in the console
   * ("staff") is kept: db/seed/text-merge.ts.
   */
  seedSource: jsonb('seed_source').$type<Record<string, string>>().notNull().default({}),
});

export const services = pgTable('services', {
  /** Open311 service_code: Baltimore's real 311 request type, e.g. `TRM-Potholes`. */
  code: text('code').primaryKey(),
  agencyCode: text('agency_code')
    .notNull()
    .references(() => agencies.code),
  categoryCode: text('category_code')
    .notNull()
    .references(() => categories.code),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  /** What happens after a request: shown on the service page and the confirmation. */
  expect: jsonb('expect').$type<LocalizedText>().notNull(),
  /** Words residents type ("bache", "hoyo"), per locale; searched with names. */
  keywords: jsonb('keywords').$type<LocalizedList>().notNull(),
  /** Higher shows first among "popular services"; 0 = not listed there. */
  popularity: integer('popularity').notNull().default(0),
  active: boolean('active').notNull().default(true),
  /**
   * Which translation-file text each field holds ("name.es" → hash of that text), so a corrected
   * translation reaches an existing database while a field staff changed in the console
   * ("staff") is kept: db/seed/text-merge.ts.
   */
  seedSource: jsonb('seed_source').$type<Record<string, string>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Service-specific questions: Open311 attributes. */
export const serviceAttributes = pgTable(
  'service_attributes',
  {
    id: serial('id').primaryKey(),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    datatype: text('datatype').$type<AttributeDatatype>().notNull(),
    required: boolean('required').notNull().default(false),
    order: integer('order').notNull(),
    /** The question, as asked. */
    description: jsonb('description').$type<LocalizedText>().notNull(),
    hint: jsonb('hint').$type<LocalizedText>(),
    values: jsonb('values').$type<AttributeValue[]>().notNull().default([]),
    /**
     * Which translation-file text each field holds ("name.es" → hash of that text), so a corrected
     * translation reaches an existing database while a field staff changed in the console
     * ("staff") is kept: db/seed/text-merge.ts.
     */
    seedSource: jsonb('seed_source').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [unique('service_attributes_service_code_code').on(t.serviceCode, t.code)],
);

/** Per service and fiscal year (named by the year it ends), committed at the start of the year. */
export const targets = pgTable(
  'targets',
  {
    id: serial('id').primaryKey(),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    daysToClose: integer('days_to_close').notNull(),
    dayType: text('day_type').$type<'calendar' | 'business'>().notNull().default('calendar'),
    onTimeGoalPct: integer('on_time_goal_pct').notNull(),
    satisfactionGoalPct: integer('satisfaction_goal_pct').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
    /** The staff member who set it (null: seeded with the catalogue). */
    setBy: integer('set_by'),
  },
  (t) => [unique('targets_service_code_fiscal_year').on(t.serviceCode, t.fiscalYear)],
);

/**
 * One row: a number raised (by triggers, see migration 0017) on every change to what the pages
 * that are the same for everyone show: agencies, categories, services, their questions and
 * targets. Each instance reads it at most once a second, and drops its cached pages and its
 * in-memory catalogue when it moved (lib/http/page-cache.mjs, lib/site/content-version.ts),
 * whichever instance or tool made the change.
 */
export const contentVersion = pgTable('content_version', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
