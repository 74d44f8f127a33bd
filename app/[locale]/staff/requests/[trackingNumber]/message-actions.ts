'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff } from '@/lib/auth/current';
import { resendMessage } from '@/lib/outbox/commands';
import { boundInt, boundText } from '@/lib/http/action-args';

/** "Send again" on a message to the resident (authorization and audit in lib/outbox). */
export async function resendAction(
  locale: string,
  trackingNumber: string,
  messageId: number,
): Promise<void> {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale)) notFound();
  boundText(trackingNumber, 40);
  const user = await requireStaff(locale);
  const r = await resendMessage(user, boundInt(messageId));
  const path = `/${locale}/staff/requests/${encodeURIComponent(trackingNumber)}`;
  redirect(`${path}?message=${r.ok ? 'resent' : 'gone'}#messages-heading`);
}
