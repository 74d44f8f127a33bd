import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { MAX_ATTEMPTS } from '@/lib/outbox/delivery';
import {
  canReadOutbox,
  emailDeliveryEnabled,
  listOutbox,
  OUTBOX_LIMIT,
} from '@/lib/outbox/queries';
import { OutboxTable } from './_components/OutboxTable';

type Props = { params: Promise<{ locale: string }> };

/** Supervisors and admins; anyone else signed in gets "page not found", like the admin pages. */
async function requireReader(locale: string) {
  const user = await requireStaff(locale);
  if (!canReadOutbox(user)) notFound();
  return user;
}

/**
 * The origin staff are using, for the survey links shown here: it is the public one (behind a
 * proxy, from the forwarded headers), which is what a resident needs if staff pass a link on.
 */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host')?.split(',')[0].trim() || h.get('host') || 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0].trim() || 'http';
  return `${proto}://${host}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requireReader(locale); // metadata renders apart from the page: it checks too
  const t = await getTranslations({ locale, namespace: 'Outbox' });
  return { title: await pageTitle(locale, t('title')), robots: { index: false } };
}

export default async function OutboxPage({ params }: Props) {
  const locale = await localeFrom(params);
  const user = await requireReader(locale);
  const messages = await listOutbox(user, await requestOrigin());
  const t = await getTranslations({ locale, namespace: 'Outbox' });
  return (
    <>
      <div className="staff-bar">
        <p>
          <a href={`/${locale}/staff`}>{t('backToQueue')}</a>
        </p>
      </div>
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <div className="inset">
        <p>{emailDeliveryEnabled() ? t('smtpOn', { max: MAX_ATTEMPTS }) : t('smtpOff')}</p>
        <p>{t('smsOff')}</p>
      </div>
      <OutboxTable locale={locale} messages={messages} />
      {messages.length >= OUTBOX_LIMIT ? <p>{t('limitNote', { limit: OUTBOX_LIMIT })}</p> : null}
    </>
  );
}
