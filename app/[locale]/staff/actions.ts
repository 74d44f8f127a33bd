'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff, takeSessionCookie } from '@/lib/auth/current';
import { endSession } from '@/lib/auth/sessions';
import { bulkChange, bulkNote } from '@/lib/staff/commands';
import { readBulkForm } from '@/lib/staff/bulk-form';
import { queueHref, queueQuery, readQueueFilters } from '@/lib/staff/queue-filters';
import { deleteView, saveView } from '@/lib/staff/saved-views';
import { postedForm } from '@/lib/http/action-args';

/** Sign-out ends the session on the server, not only in the browser. */
export async function signOutAction(locale: string) {
  await endSession(await takeSessionCookie());
  redirect(`/${isLocale(locale) ? locale : 'en'}/staff/sign-in`);
}

/** The queue view a form was posted from (its `back` field), re-read through the filters. */
function backQuery(data: FormData): URLSearchParams {
  const back = String(data.get('back') ?? '').slice(0, 2000);
  const filters = readQueueFilters(new URLSearchParams(back.startsWith('?') ? back.slice(1) : ''));
  return new URLSearchParams(queueQuery(filters));
}

/**
 * Bulk acknowledge/assign/close/note from the queue (a plain POST form). Each pick carries the
 * version the queue showed, so a request someone changed meanwhile is left alone and reported,
 * not overwritten. The result goes back to the same queue view as counts in the URL.
 */
export async function bulkAction(locale: string, data: FormData) {
  if (!isLocale(locale)) notFound(); // a forged bound argument (lib/http/action-args.ts)
  postedForm(data);
  const user = await requireStaff(locale);
  const query = backQuery(data);
  const bulk = readBulkForm(data, data.get('intent'));
  if (!bulk.ok) {
    query.set('bulkError', bulk.error);
    query.set('bulkField', bulk.field);
  } else {
    const result =
      bulk.kind === 'note'
        ? await bulkNote(
            user,
            bulk.picks.map((p) => p.trackingNumber),
            bulk.visibility,
            bulk.body,
          )
        : await bulkChange(user, bulk.picks, bulk.change);
    query.set('bulkDone', String(result.done.length));
    query.set('bulkChanged', String(result.conflicts.length));
    query.set('bulkRefused', String(result.refused.length));
  }
  redirect(`/${locale}/staff?${query}`);
}

/** Saves the current filters under a name, for the signed-in staff member only. */
export async function saveViewAction(locale: string, data: FormData) {
  if (!isLocale(locale)) notFound();
  postedForm(data);
  const user = await requireStaff(locale);
  const query = backQuery(data);
  const saved = await saveView(
    user,
    String(data.get('viewName') ?? '').slice(0, 500),
    query.toString(),
  );
  query.set(saved.ok ? 'viewSaved' : 'viewError', saved.ok ? '1' : saved.error);
  redirect(`/${locale}/staff?${query}`);
}

/** Deletes one of the signed-in staff member's own saved views (another's id changes nothing). */
export async function deleteViewAction(locale: string, data: FormData) {
  if (!isLocale(locale)) notFound();
  postedForm(data);
  const user = await requireStaff(locale);
  const id = Number(data.get('viewId'));
  const deleted = await deleteView(user, id);
  redirect(`${queueHref(locale, '')}${deleted ? '?viewDeleted=1' : ''}`);
}
