'use server';

import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { unsubscribe } from '@/lib/subscriptions/commands';

/** The button on the unsubscribe page (a plain POST: works without JavaScript). */
export async function stopUpdates(locale: string, token: string): Promise<void> {
  if (!isLocale(locale)) throw new Error('unsupported locale');
  await unsubscribe(token);
  redirect(`/${locale}/unsubscribe/${encodeURIComponent(token)}`);
}
