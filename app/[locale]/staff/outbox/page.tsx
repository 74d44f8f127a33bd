import type { Metadata } from 'next';
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
  smsDeliveryEnabled,
} from '@/lib/outbox/queries';
import { MessagesTable } from '../_components/MessagesTable';

type Props = { params: Promise<{ locale: string }> };

/** Supervisors and admins; anyone else signed in gets "page not found", like the admin pages. */
async function requireReader(locale: string) {
  const user = await requireStaff(locale);
  if (!canReadOutbox(user)) notFound();
  return user;
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
  const messages = await listOutbox(user);
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
        <p>{smsDeliveryEnabled() ? t('smsOn', { max: MAX_ATTEMPTS }) : t('smsOff')}</p>
      </div>
      <MessagesTable
        locale={locale}
        messages={messages}
        caption={t('caption', { count: messages.length })}
      />
      {messages.length >= OUTBOX_LIMIT ? <p>{t('limitNote', { limit: OUTBOX_LIMIT })}</p> : null}
    </>
  );
}
