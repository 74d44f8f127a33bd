'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff } from '@/lib/auth/current';
import { addNote, changeRequest, type RequestChange } from '@/lib/staff/commands';
import {
  assignSchema,
  INTENTS,
  type Intent,
  closeSchema,
  mergeSchema,
  noteSchema,
  reopenSchema,
  statusSchema,
} from '@/lib/staff/schema';
import { fieldErrors } from '@/lib/requests/schema';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { auditLines, type AuditLine } from '../../_components/audit-text';
import { nextSeq, postedForm } from '@/lib/http/action-args';
import { reclassifyIntent } from './reclassify-intent';
import { QUEUE_CONTEXT_PARAM, readQueueContext } from '@/lib/staff/queue-filters';

/** What the page shows after a refused action; values come back so nothing typed is lost. */
export type ActionState = {
  seq: number;
  intent: Intent | null;
  /** field → Validation message key */
  errors: Record<string, string>;
  values: Record<string, string>;
  /** Someone else changed the request first: what they did, in words. */
  conflict: AuditLine[] | null;
};

/** The field a refused note belongs to (the rest concern the whole form). */
const noteField: Partial<Record<string, string>> = {
  cannedNotFound: 'canned',
  noteRequired: 'body',
};

const text = (d: FormData, k: string) => (typeof d.get(k) === 'string' ? String(d.get(k)) : '');

/**
 * Every action on the staff request page posts here (a plain form: works without JavaScript).
 * The session is checked here and again, with the agency rules, in lib/staff/commands: a forged
 * post for another agency's request gets "not found" and changes nothing.
 */
export async function requestAction(
  locale: string,
  prev: ActionState,
  data: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) notFound(); // a forged bound argument (lib/http/action-args.ts)
  postedForm(data);
  const user = await requireStaff(locale);
  const intent = text(data, 'intent') as Intent;
  const seq = nextSeq(prev);
  const values = Object.fromEntries(
    [
      'reason',
      'publicNote',
      'referredTo',
      'parent',
      'assignee',
      'body',
      'visibility',
      'newService',
      'reclassifyReason',
      'canned',
    ].map((k) => [k, text(data, k).slice(0, 5000)]),
  );
  const refused = (errors: Record<string, string>): ActionState => ({
    seq,
    intent,
    errors,
    values,
    conflict: null,
  });
  if (!INTENTS.includes(intent)) return refused({ form: 'triage.unknownAction' });

  const raw = Object.fromEntries(data.entries());
  const tn = normalizeTrackingNumber(text(data, 'trackingNumber')) ?? '';
  const page = `/${locale}/staff/requests/${tn}`;
  // After a change, the page keeps the queue view it was opened from (back, previous, next).
  const queue = readQueueContext({ [QUEUE_CONTEXT_PARAM]: text(data, 'queue') }).query;
  const done = (intent: Intent) =>
    `${page}?${new URLSearchParams({ ...(queue ? { [QUEUE_CONTEXT_PARAM]: queue } : {}), done: intent })}#action-done`;

  if (intent === 'note') {
    const parsed = noteSchema.safeParse(raw);
    if (!parsed.success) return refused(fieldErrors(parsed.error));
    const r = await addNote(
      user,
      parsed.data.trackingNumber,
      parsed.data.visibility,
      parsed.data.body,
      undefined,
      { cannedId: parsed.data.canned },
    );
    if (!r.ok) return refused({ [noteField[r.error] ?? 'form']: `triage.${r.error}` });
    redirect(done('note'));
  }

  if (intent === 'reclassify') {
    const out = await reclassifyIntent(locale, user, raw);
    // Still this member's to see: back to it, in the same queue view; else the queue says where.
    if ('to' in out) redirect(out.to.startsWith(`${page}?`) ? done('reclassify') : out.to);
    if (!out.conflict) return refused(out.errors);
    revalidatePath(page);
    return { ...refused(out.errors), conflict: await auditLines(locale, out.conflict) };
  }

  let change: RequestChange;
  let target: { trackingNumber: string; version: number };
  if (intent === 'close') {
    const parsed = closeSchema.safeParse(raw);
    if (!parsed.success) return refused(fieldErrors(parsed.error));
    target = parsed.data;
    change = {
      kind: 'close',
      reason: parsed.data.reason,
      publicNote: parsed.data.publicNote || undefined,
      referredTo: parsed.data.referredTo || undefined,
      cannedId: parsed.data.canned,
    };
  } else if (intent === 'merge') {
    const parsed = mergeSchema.safeParse(raw);
    if (!parsed.success) return refused(fieldErrors(parsed.error));
    target = parsed.data;
    change = { kind: 'merge', parent: normalizeTrackingNumber(parsed.data.parent)! };
  } else if (intent === 'assign') {
    const parsed = assignSchema.safeParse(raw);
    if (!parsed.success) return refused(fieldErrors(parsed.error));
    target = parsed.data;
    change = {
      kind: 'assign',
      assigneeId: parsed.data.assignee ? Number(parsed.data.assignee) : null,
    };
  } else if (intent === 'reopen') {
    const parsed = reopenSchema.safeParse(raw);
    if (!parsed.success) return refused(fieldErrors(parsed.error));
    target = parsed.data;
    change = { kind: 'reopen', reason: parsed.data.reopenReason };
  } else {
    const parsed = statusSchema.safeParse(raw);
    if (!parsed.success) return refused(fieldErrors(parsed.error));
    target = parsed.data;
    change = { kind: intent };
  }

  const result = await changeRequest(user, target.trackingNumber, target.version, change);
  if (result.ok) {
    // A suggested duplicate merged into the request on screen: back to that one (DuplicateSuggestions).
    const back = intent === 'merge' ? normalizeTrackingNumber(text(data, 'back')) : null;
    if (back)
      redirect(`/${locale}/staff/requests/${back}?merged=${target.trackingNumber}#action-done`);
    redirect(done(intent));
  }
  if (result.error === 'conflict') {
    // Show the request as it is now, with what changed since the version this form was built on.
    revalidatePath(page);
    return {
      ...refused({ form: 'triage.conflict' }),
      conflict: await auditLines(locale, result.changes),
    };
  }
  const field = {
    parentNotFound: 'parent',
    parentSelf: 'parent',
    parentClosed: 'parent',
    assigneeInvalid: 'assignee',
    cannedNotFound: 'canned',
  }[result.error as string];
  return refused({ [field ?? 'form']: `triage.${result.error}` });
}
