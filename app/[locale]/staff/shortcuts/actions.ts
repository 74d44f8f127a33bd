'use server';

import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff } from '@/lib/auth/current';
import { postedForm } from '@/lib/http/action-args';
import { SHORTCUTS_COOKIE } from '@/lib/staff/shortcuts';
import { env } from '@/lib/env';

/** Turns single-key shortcuts on or off for this browser (a preference, not a record: no audit). */
export async function shortcutsAction(locale: string, data: FormData) {
  if (!isLocale(locale)) notFound(); // a forged bound argument (lib/http/action-args.ts)
  postedForm(data);
  await requireStaff(locale);
  const on = data.get('shortcuts') !== 'off';
  (await cookies()).set(SHORTCUTS_COOKIE, on ? 'on' : 'off', {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().NODE_ENV === 'production',
    path: '/',
    maxAge: 400 * 24 * 3600, // the longest browsers keep a cookie
  });
  redirect(`/${locale}/staff/shortcuts?saved=${on ? 'on' : 'off'}`);
}
