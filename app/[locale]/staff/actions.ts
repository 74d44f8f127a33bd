'use server';

import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { takeSessionCookie } from '@/lib/auth/current';
import { endSession } from '@/lib/auth/sessions';

/** Sign-out ends the session on the server, not only in the browser. */
export async function signOutAction(locale: string) {
  await endSession(await takeSessionCookie());
  redirect(`/${isLocale(locale) ? locale : 'en'}/staff/sign-in`);
}
