import * as z from 'zod/mini';
import { CLOSE_REASONS } from '@/db/schema/types';
import { textField } from '@/lib/requests/schema';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { staffErrorKey } from './errors';

/**
 * The staff console's action forms. Each is a plain HTML form (works without JavaScript) posting
 * the request's tracking number and the row version the page was rendered with; the server
 * parses with these schemas and the data layer (lib/staff/commands.ts) decides the rest.
 */
/** What the staff request page's forms can ask for (the button or hidden `intent` field). */
export const INTENTS = [
  'acknowledge',
  'start',
  'reopen',
  'close',
  'merge',
  'assign',
  'note',
] as const;
export type Intent = (typeof INTENTS)[number];

export const NOTE_MAX = 2000;
const MARKUP = /<\s*[a-z!/?]/i;

const version = z.pipe(
  z.transform((v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : 0)),
  z.number().check(z.positive(staffErrorKey('stale'))),
);
const trackingNumber = z.pipe(
  z.transform((v) => (typeof v === 'string' ? (normalizeTrackingNumber(v) ?? '') : '')),
  z.string().check(z.minLength(1, staffErrorKey('notFound'))),
);
const noteText = (emptyKey: string | null) =>
  textField(emptyKey, (v) =>
    v.length > NOTE_MAX
      ? staffErrorKey('noteTooLong')
      : MARKUP.test(v)
        ? staffErrorKey('noteMarkup')
        : null,
  );

export const target = { trackingNumber, version };

/**
 * "Use a saved response" on the close and public-note forms: a response's id, or null for none.
 * The data layer checks it belongs to the request's agency (lib/staff/canned.ts); anything that
 * is not an id at all (forged) gets the same refusal here.
 */
const canned = z.pipe(
  z.transform((v) =>
    v === undefined || v === null || v === ''
      ? null
      : typeof v === 'string' && /^\d{1,9}$/.test(v) && Number(v) > 0
        ? Number(v)
        : -1,
  ),
  z.nullable(z.number().check(z.positive(staffErrorKey('cannedNotFound')))),
);

/** Acknowledge, start work: nothing to fill in. */
export const statusSchema = z.object(target);

/**
 * Reopening says why (the work was not finished, the problem came back): it changes figures
 * already reported (a closure becomes open again), so it is never done without a reason.
 */
export const reopenSchema = z.object({
  ...target,
  // Not "reason": the close form's radios have that name on the same page.
  reopenReason: noteText(staffErrorKey('reopenReasonRequired')),
});

/** "Duplicate" is not offered here: a duplicate is merged into its parent (mergeSchema). */
export const CLOSE_FORM_REASONS = CLOSE_REASONS.filter((r) => r !== 'duplicate');
export const REFERRED_TO_MAX = 200;
/**
 * Closing as "referred" tells the resident where to turn, so it names the organisation: required
 * for that reason, ignored for the others (a name left in the field from an earlier choice).
 */
export const closeSchema = z.pipe(
  z
    .object({
      ...target,
      reason: z.pipe(
        z.transform((v) => (typeof v === 'string' ? v : '')),
        z.enum(CLOSE_FORM_REASONS, staffErrorKey('reasonRequired')),
      ),
      publicNote: noteText(null),
      referredTo: textField(null),
      // When the message is left empty, the saved response's text is sent instead.
      canned,
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.reason !== 'referred') return;
        const key = !v.referredTo
          ? staffErrorKey('referredToRequired')
          : v.referredTo.length > REFERRED_TO_MAX
            ? staffErrorKey('referredToTooLong')
            : MARKUP.test(v.referredTo)
              ? staffErrorKey('referredToMarkup')
              : null;
        if (key) ctx.addIssue({ code: 'custom', path: ['referredTo'], message: key, input: v });
      }),
    ),
  z.transform((v) => ({ ...v, referredTo: v.reason === 'referred' ? v.referredTo : '' })),
);

export const mergeSchema = z.object({
  ...target,
  parent: textField(staffErrorKey('parentRequired'), (v) =>
    normalizeTrackingNumber(v) ? null : staffErrorKey('parentFormat'),
  ),
});

export const assignSchema = z.object({
  ...target,
  /** A staff user id, or empty for "nobody". */
  assignee: textField(null, (v) => (/^\d{1,9}$/.test(v) ? null : staffErrorKey('assigneeInvalid'))),
});

/** The note is typed, or left empty with a saved response chosen (its text is the note). */
export const noteSchema = z
  .object({
    trackingNumber,
    body: noteText(null),
    visibility: z.pipe(
      z.transform((v) => (typeof v === 'string' ? v : '')),
      z.enum(['public', 'internal'], staffErrorKey('visibilityRequired')),
    ),
    canned,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.body || v.canned) return;
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: staffErrorKey('noteRequired'),
        input: v,
      });
    }),
  );

/** Bulk actions from the queue: `pick` values are "BAL-26-000123:4" (tracking number:version). */
export const bulkSchema = z.object({
  picks: z.pipe(
    z.transform((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])),
    z
      .array(z.string())
      .check(
        z.minLength(1, staffErrorKey('pickSome')),
        z.maxLength(100, staffErrorKey('pickFewer')),
      ),
  ),
  assignee: textField(null, (v) => (/^\d{1,9}$/.test(v) ? null : staffErrorKey('assigneeInvalid'))),
});

export function parsePick(pick: string): { trackingNumber: string; version: number } | null {
  const m = /^([A-Z0-9-]{1,30}):(\d{1,9})$/.exec(pick);
  const tn = m ? normalizeTrackingNumber(m[1]) : null;
  return tn && m ? { trackingNumber: tn, version: Number(m[2]) } : null;
}
