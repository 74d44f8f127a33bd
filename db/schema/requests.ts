import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { services } from './catalogue';
import { apiKeys } from './api';
import { staffUsers } from './staff';
import type { Channel, CloseReason, EventVisibility, RequestStatus } from './types';

/** Feeds the public tracking number BAL-YY-NNNNNN. */
export const requestNumberSeq = pgSequence('service_request_number_seq', { startWith: 1 });

export const serviceRequests = pgTable(
  'service_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    trackingNumber: text('tracking_number').notNull().unique(),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    status: text('status').$type<RequestStatus>().notNull().default('new'),
    closeReason: text('close_reason').$type<CloseReason>(),
    description: text('description').notNull().default(''),
    address: text('address').notNull(),
    /** Null only for Open311 requests located by coordinates alone. */
    zip: text('zip'),
    lat: doublePrecision('lat'),
    long: doublePrecision('long'),
    /**
     * City Council district (1–14, plan in lib/geo/districts.ts) holding lat/long, set when the
     * request is located; null without coordinates or outside every district.
     */
    councilDistrict: smallint('council_district'),
    locale: text('locale').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    /** The Open311 client (API key) that sent it, for channel `open311`. */
    apiKeyId: integer('api_key_id').references(() => apiKeys.id),
    /** A photo URL an Open311 client sent (GeoReport `media_url`), shown back as given. */
    mediaUrl: text('media_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** From the target in force when the request was created; null if the service had none. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Closed as referred: the organisation it was passed to (shown to the resident). */
    referredTo: text('referred_to'),
    /** A landmark or "near …" the resident added to coordinates ("opposite the library"). */
    locationNote: text('location_note'),
    /**
     * The service the request was made under, when staff later moved it to another
     * (reclassified: lib/staff/reclassify.ts); null if it never moved. Kept from the first move,
     * so the open data says what residents chose and where it belonged.
     */
    reclassifiedFrom: text('reclassified_from').references(() => services.code),
    /** Closed as a duplicate: the request it was merged into. */
    duplicateOf: bigint('duplicate_of', { mode: 'number' }),
    /** The staff member working it (one of the agency's staff), if any. */
    assignedTo: integer('assigned_to').references(() => staffUsers.id),
    /** Optimistic concurrency: every update bumps it and checks the one it read. */
    version: integer('version').notNull().default(1),
    /** Synthetic history (DEMO_DATA, embedded mode only): labelled as demo wherever it is shown. */
    isDemo: boolean('is_demo').notNull().default(false),
    /** Generated with the form; a retried submission finds the request it already created. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
  },
  (t) => [
    check(
      'service_requests_status_check',
      sql`${t.status} in ('new','acknowledged','in_progress','closed')`,
    ),
    check(
      'service_requests_closed_check',
      sql`(${t.status} = 'closed') = (${t.closedAt} is not null and ${t.closeReason} is not null)`,
    ),
    index('service_requests_service_created_idx').on(t.serviceCode, t.createdAt),
    index('service_requests_status_idx').on(t.status),
    index('service_requests_assigned_idx').on(t.assignedTo),
    // "Has anything changed since the figures were computed?" (transparency page snapshots).
    index('service_requests_updated_idx').on(t.updatedAt),
    index('service_requests_created_idx').on(t.createdAt),
  ],
);

export const requestAnswers = pgTable(
  'request_answers',
  {
    requestId: bigint('request_id', { mode: 'number' })
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    attributeCode: text('attribute_code').notNull(),
    /** A string, or an array of keys for a multivaluelist. */
    value: jsonb('value').$type<string | string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.attributeCode] })],
);

/** Personal data: kept apart, never shown publicly, never in Open311 GET output or logs. */
export const requestContacts = pgTable('request_contacts', {
  requestId: bigint('request_id', { mode: 'number' })
    .primaryKey()
    .references(() => serviceRequests.id, { onDelete: 'cascade' }),
  name: text('name'),
  email: text('email'),
  phone: text('phone'),
  preferredLanguage: text('preferred_language'),
  consentToUpdates: boolean('consent_to_updates').notNull().default(false),
});

/**
 * Who hears about a request (personal data, never public): the resident who sent it, if they
 * agreed to updates, and residents who reported the same problem and chose to follow this one
 * instead. Updates go to every subscription still active; each message carries a one-click
 * unsubscribe link. A merged request's subscriptions move to the request it was merged into, so
 * its residents keep hearing.
 */
export const requestSubscriptions = pgTable(
  'request_subscriptions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: bigint('request_id', { mode: 'number' })
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<'email' | 'sms'>().notNull(),
    recipient: text('recipient').notNull(),
    /** The language the resident reads messages in. */
    locale: text('locale').notNull(),
    /** `requester`: sent the request; `follower`: asked to follow it instead of reporting again. */
    role: text('role').$type<'requester' | 'follower'>().notNull(),
    /**
     * The unsubscribe link's token. Kept as it is, not hashed: every later message must carry it,
     * and it can do one thing only (stop this subscription). Never shown to staff.
     */
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
  },
  (t) => [
    unique('request_subscriptions_recipient').on(t.requestId, t.channel, t.recipient),
    check('request_subscriptions_channel_check', sql`${t.channel} in ('email','sms')`),
  ],
);

/** Every status change and note; the public timeline and the audit trail are views of it. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: bigint('request_id', { mode: 'number' })
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromStatus: text('from_status').$type<RequestStatus>(),
    toStatus: text('to_status').$type<RequestStatus>(),
    visibility: text('visibility').$type<EventVisibility>().notNull(),
    /** Public notes are shown as written; internal notes never leave the staff console. */
    body: text('body'),
    actorId: bigint('actor_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.createdAt)],
);

/** Photos, re-encoded on upload. `requestId` is null while a form that uploaded it is unfinished. */
export const media = pgTable('media', {
  id: text('id').primaryKey(),
  requestId: bigint('request_id', { mode: 'number' }).references(() => serviceRequests.id, {
    onDelete: 'cascade',
  }),
  storageKey: text('storage_key').notNull(),
  contentType: text('content_type').notNull(),
  bytes: integer('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One response per request and kind: `ease` after submitting, `satisfaction` after closure. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: bigint('request_id', { mode: 'number' })
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'ease' | 'satisfaction'>().notNull(),
    /** SHA-256 of the unguessable token that reaches the survey. */
    tokenHash: text('token_hash').notNull().unique(),
    score: smallint('score'),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    unique('survey_responses_request_kind').on(t.requestId, t.kind),
    // "Any answer since the figures were computed?" (transparency page snapshots).
    index('survey_responses_answered_idx').on(t.answeredAt),
    check('survey_responses_score_check', sql`${t.score} is null or ${t.score} between 1 and 5`),
  ],
);
