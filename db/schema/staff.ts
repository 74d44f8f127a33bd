import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies } from './catalogue';

export const STAFF_ROLES = ['agent', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** City staff. Agents and supervisors belong to one agency; admins to none (they see all). */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: serial('id').primaryKey(),
    /** Stored lower-cased: sign-in is case-insensitive on the address. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** argon2id (PHC string). */
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    agencyCode: text('agency_code').references(() => agencies.code),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Second factor (RFC 6238 TOTP): the base32 secret once confirmed with a code. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The secret shown on the enrolment page until a code confirms it. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The 30-second step of the last accepted code: a code is accepted once (RFC 6238 §5.2). */
    totpLastStep: integer('totp_last_step'),
  },
  (t) => [
    check('staff_users_role_check', sql`${t.role} in ('agent','supervisor','admin')`),
    check('staff_users_agency_check', sql`(${t.role} = 'admin') or (${t.agencyCode} is not null)`),
  ],
);

/** Database sessions: only the SHA-256 of the cookie's random token is kept. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute end, whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /**
     * 'full' opens the console; 'second-factor' is a password-checked sign-in waiting for its
     * code, which opens only the code page (lib/auth/second-factor.ts).
     */
    stage: text('stage').$type<SessionStage>().notNull().default('full'),
    /** Wrong codes typed in this session; it ends at the limit (lib/auth/second-factor.ts). */
    failedCodes: integer('failed_codes').notNull().default(0),
    /**
     * 'sso': opened by the city's identity provider (lib/auth/oidc), whose own multi-factor
     * policy applies, so no second factor is asked here after it.
     */
    via: text('via').$type<'password' | 'sso'>().notNull().default('password'),
  },
  (t) => [
    index('staff_sessions_user_idx').on(t.userId),
    check('staff_sessions_stage_check', sql`${t.stage} in ('full','second-factor')`),
    check('staff_sessions_via_check', sql`${t.via} in ('password','sso')`),
  ],
);

export const SESSION_STAGES = ['full', 'second-factor'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

/** Ten single-use recovery codes per enrolment, kept as argon2id hashes. */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('staff_recovery_codes_user_idx').on(t.userId)],
);

/** Console-wide security settings an admin changes (one row). */
export const staffPolicy = pgTable(
  'staff_policy',
  {
    id: integer('id').primaryKey().default(1),
    /** Agents too must use a second factor (admins and supervisors always must). */
    secondFactorForAll: boolean('second_factor_for_all').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('staff_policy_one_row', sql`${t.id} = 1`)],
);

/**
 * A staff member's named queue filters ("Potholes in 21218, overdue"): the queue's query string,
 * re-read through lib/staff/queue-filters.ts on use, so an old or edited one cannot break the page.
 * Private to their owner (lib/staff/saved-views.ts checks it on every read and delete).
 */
export const staffSavedViews = pgTable(
  'staff_saved_views',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_saved_views_user_name_idx').on(t.userId, t.name)],
);

export type StaffUserRow = typeof staffUsers.$inferSelect;
