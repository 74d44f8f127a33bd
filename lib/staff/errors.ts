/**
 * Every refusal a staff action can come back with. One list for the whole console: the data
 * layer's error codes (lib/staff/commands.ts) and the form schemas' message keys
 * (lib/staff/schema.ts) are typed against it, pages translate every entry with
 * `staffErrorMessages`, and scripts/check-i18n.mjs fails when an entry has no
 * `Validation.triage.<code>` message in some locale. Before, the request page kept its own copy
 * of 17 keys, and a code missing from that copy showed staff the raw key.
 */
export const STAFF_ERRORS = [
  'stale',
  'notFound',
  'forbidden',
  'illegal',
  'conflict',
  'unknownAction',
  'reasonRequired',
  'reopenReasonRequired',
  'referredToRequired',
  'referredToTooLong',
  'referredToMarkup',
  'noteRequired',
  'noteTooLong',
  'noteMarkup',
  'parentRequired',
  'parentFormat',
  'parentNotFound',
  'parentSelf',
  'parentClosed',
  'assigneeInvalid',
  'visibilityRequired',
  'pickSome',
  'pickFewer',
  'cannedNotFound', // a saved response that is not the request's agency's (lib/staff/canned.ts)
] as const;
export type StaffError = (typeof STAFF_ERRORS)[number];

/** The Validation message key of a refusal: what schemas carry and forms show. */
export const staffErrorKey = (e: StaffError) => `triage.${e}` as const;
export type StaffErrorKey = ReturnType<typeof staffErrorKey>;

export const isStaffErrorKey = (k: unknown): k is StaffErrorKey =>
  typeof k === 'string' && STAFF_ERRORS.some((e) => staffErrorKey(e) === k);

/** Every staff error message in one locale, keyed by message key, for a page's forms. */
export function staffErrorMessages(tv: (key: StaffErrorKey) => string) {
  return Object.fromEntries(STAFF_ERRORS.map((e) => [staffErrorKey(e), tv(staffErrorKey(e))]));
}
