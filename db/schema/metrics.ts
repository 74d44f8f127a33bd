import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Digital service metrics without cookies or personal data: one row per request form shown, keyed
 * by a hash of the form's own random key, with when it was shown and when (if) it was sent.
 */
export const formSessions = pgTable(
  'form_sessions',
  {
    id: text('id').primaryKey(),
    serviceCode: text('service_code').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [index('form_sessions_service_started_idx').on(t.serviceCode, t.startedAt)],
);

/**
 * The transparency page's figures per period, computed from the requests and kept until the
 * requests change: the page reads one row instead of aggregating a million on every view.
 */
export const performanceSnapshots = pgTable('performance_snapshots', {
  key: text('key').primaryKey(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  data: jsonb('data').notNull(),
});

/**
 * A period's figures as published: stored the first time they are computed after the period
 * ended, and never changed. Later corrections (a request reopened, a late closure recorded) are
 * shown next to them with a dated note, so a report once read stays the report that was read.
 */
export const publishedReports = pgTable('published_reports', {
  periodKey: text('period_key').primaryKey(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  data: jsonb('data').notNull(),
});
