import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { staffUsers } from './staff';
import type { OutboxKind } from './types';

export type AuditEntity =
  'request' | 'user' | 'apiKey' | 'target' | 'policy' | 'cannedResponse' | 'service';

/**
 * Who changed what, when, from what to what. Written in the same transaction as the change, by
 * the data layer only (lib/audit), for requests, staff users, API keys and targets. Never updated.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null for the system itself (start-up bootstrap, CLI). */
    actorId: integer('actor_id').references(() => staffUsers.id),
    /** e.g. `request.acknowledge`, `user.create`, `apiKey.revoke`. */
    action: text('action').notNull(),
    entity: text('entity').$type<AuditEntity>().notNull(),
    entityId: text('entity_id').notNull(),
    /** Only the fields that changed; never passwords, tokens or key material. */
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    /** For requests: the row version this change produced (what a stale editor missed). */
    version: integer('version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entity, t.entityId, t.id)],
);

/**
 * Messages to residents (confirmations, updates, satisfaction surveys), written in the same
 * transaction as the change that causes them so none is lost; a worker delivers them at least once.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').$type<OutboxKind>().notNull(),
    requestId: bigint('request_id', { mode: 'number' }),
    /** The subscription it goes to (updates): checked again at delivery, for unsubscribes. */
    subscriptionId: bigint('subscription_id', { mode: 'number' }),
    channel: text('channel').$type<'email' | 'sms'>().notNull(),
    recipient: text('recipient').notNull(),
    locale: text('locale').notNull(),
    /** What the message needs (e.g. the survey link's token); rendered at delivery time. */
    payload: jsonb('payload').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** Not to be sent after all (the resident unsubscribed before it went out). */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [
    index('outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`delivered_at is null and cancelled_at is null`),
    // A request's messages, for the staff request page.
    index('outbox_request_idx').on(t.requestId),
  ],
);
