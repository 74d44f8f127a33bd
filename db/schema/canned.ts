import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from './catalogue';
import { staffUsers } from './staff';
import type { LocalizedText } from './types';

/**
 * Saved public messages ("canned responses") an agency's staff pick when closing a request or
 * writing a public note. The text is per locale like catalogue text: English always, Spanish
 * and others optional; the resident gets theirs, or English (lib/staff/canned.ts).
 * Deleting one archives it: the audit trail keeps pointing at a row that still says what it was.
 */
export const cannedResponses = pgTable(
  'canned_responses',
  {
    id: serial('id').primaryKey(),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => agencies.code),
    /** The short label staff see in the picker; never shown to residents. */
    title: text('title').notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => staffUsers.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => staffUsers.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    // The picker and the management page read one agency's live responses.
    index('canned_responses_agency_idx')
      .on(t.agencyCode)
      .where(sql`archived_at is null`),
  ],
);
