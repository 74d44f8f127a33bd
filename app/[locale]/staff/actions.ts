'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff, takeSessionCookie } from '@/lib/auth/current';
import { endSession } from '@/lib/auth/sessions';
import { bulkChange } from '@/lib/staff/commands';
import { bulkSchema, parsePick } from '@/lib/staff/schema';
import { postedForm } from '@/lib/http/action-args';

/** Sign-out ends the session on the server, not only in the browser. */
export async function signOutAction(locale: string) {
  await endSession(await takeSessionCookie());
  redirect(`/${isLocale(locale) ? locale : 'en'}/staff/sign-in`);
}

/**
 * Bulk acknowledge/assign from the queue (a plain POST form). Each pick carries the version the
 * queue showed, so a request someone changed meanwhile is left alone and reported, not overwritten.
 * The result goes back to the same queue view as counts in the URL.
 */
export async function bulkAction(locale: string, data: FormData) {
  if (!isLocale(locale)) notFound(); // a forged bound argument (lib/http/action-args.ts)
  postedForm(data);
  const user = await requireStaff(locale);
  const back = String(data.get('back') ?? '');
  const query = new URLSearchParams(back.startsWith('?') ? back.slice(1) : '');
  for (const k of ['bulkDone', 'bulkChanged', 'bulkRefused', 'bulkError']) query.delete(k);
  const intent = data.get('intent');
  const parsed = bulkSchema.safeParse({
    picks: data.getAll('picks'),
    assignee: data.get('assignee') ?? '',
  });
  const picks = parsed.success ? parsed.data.picks.map(parsePick).filter((p) => p !== null) : [];
  if (!parsed.success || !picks.length || (intent !== 'acknowledge' && intent !== 'assign')) {
    const key = parsed.success ? 'triage.pickSome' : Object.values(parsed.error.issues)[0].message;
    query.set('bulkError', key);
  } else {
    const result = await bulkChange(
      user,
      picks,
      intent === 'acknowledge'
        ? { kind: 'acknowledge' }
        : {
            kind: 'assign',
            assigneeId: parsed.data.assignee ? Number(parsed.data.assignee) : null,
          },
    );
    query.set('bulkDone', String(result.done.length));
    query.set('bulkChanged', String(result.conflicts.length));
    query.set('bulkRefused', String(result.refused.length));
  }
  redirect(`/${locale}/staff?${query}`);
}
