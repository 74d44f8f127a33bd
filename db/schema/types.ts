/**
 * Catalogue text lives in the database (staff edit it), one jsonb map per field keyed by locale.
 * English is always present and is the fallback; a new locale needs no migration.
 */
export type LocalizedText = { en: string } & Partial<Record<string, string>>;
export type LocalizedList = { en: string[] } & Partial<Record<string, string[]>>;

export const ATTRIBUTE_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

export type AttributeValue = { key: string; name: LocalizedText };

export const REQUEST_STATUSES = ['new', 'acknowledged', 'in_progress', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const CLOSE_REASONS = [
  'resolved',
  'duplicate',
  'referred',
  'unable_to_locate',
  'no_action_needed',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/**
 * How a request reached the city. `phone`: a call to 311, entered by staff in the console on the
 * caller's behalf (lib/intake). `staff` is kept for requests already stored with it (no check
 * constraint lists channels, so adding one needs no migration).
 */
export const CHANNELS = ['web', 'open311', 'staff', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENT_VISIBILITIES = ['public', 'internal'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

/** What a message to a resident is about (lib/outbox renders each in the resident's language). */
export const OUTBOX_KINDS = [
  'confirmation', // the request was received: its tracking number and link
  'closed', // the outcome in words, and what staff wrote to the resident
  'merged', // closed as a duplicate: which request now tracks the problem
  'reopened',
  'following', // a resident now follows an existing request instead of reporting it again
  'satisfaction_survey', // after a real outcome only (not duplicates or referrals)
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
