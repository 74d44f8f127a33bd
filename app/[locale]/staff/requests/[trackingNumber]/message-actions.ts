'use server';

import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff } from '@/lib/auth/current';
import { resendMessage } from '@/lib/outbox/commands';

/** "Send again" on a message to the resident (authorization and audit in lib/outbox). */
export async function resendAction(
  locale: string,
  trackingNumber: string,
  messageId: number,
): Promise<void> {
  if (!isLocale(locale)) throw new Error('unsupported locale');
  const user = await requireStaff(locale);
  const r = await resendMessage(user, messageId);
  const path = `/${locale}/staff/requests/${encodeURIComponent(trackingNumber)}`;
  redirect(`${path}?message=${r.ok ? 'resent' : 'gone'}#messages-heading`);
}
