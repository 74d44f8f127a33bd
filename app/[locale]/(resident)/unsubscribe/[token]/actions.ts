'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { unsubscribe } from '@/lib/subscriptions/commands';
import { boundText } from '@/lib/http/action-args';

/** The button on the unsubscribe page (a plain POST: works without JavaScript). */
export async function stopUpdates(locale: string, token: string): Promise<void> {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale)) notFound();
  await unsubscribe(boundText(token, 200));
  redirect(`/${locale}/unsubscribe/${encodeURIComponent(token)}`);
}
