import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { canTakeCalls } from '@/lib/intake/access';
import { intakeConfirmation } from '@/lib/intake/queries';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { decodeParam } from '@/lib/http/bad-address';
import { formatLocale } from '@/lib/i18n/format-locale';

type Props = { params: Promise<{ locale: string; trackingNumber: string }> };

async function load(params: Props['params']) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  if (!canTakeCalls(user)) notFound();
  const number = normalizeTrackingNumber(decodeParam((await params).trackingNumber));
  const done = number ? await intakeConfirmation(user, number, locale) : null;
  if (!done) notFound();
  return { locale, done };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Intake' });
  return { title: await pageTitle(locale, t('doneTitle')), robots: { index: false } };
}

/**
 * After a phoned-in request is created (or its form sent again): the tracking number to read
 * to the caller, how they will hear from us, and where the request is followed.
 */
export default async function IntakeDonePage({ params }: Props) {
  const { locale, done } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Intake' });
  const number = done.trackingNumber;
  const language = done.message
    ? (new Intl.DisplayNames([formatLocale(locale)], { type: 'language' }).of(
        done.message.locale,
      ) ?? done.message.locale)
    : '';
  return (
    <>
      <div className="panel-confirmation">
        <h1>{t('doneTitle')}</h1>
        <p>{t('doneReadOut')}</p>
        <p className="tracking-number">{number}</p>
      </div>
      <p>{t('doneService', { service: done.serviceName.text })}</p>
      <p>
        {done.message
          ? t(done.message.channel === 'email' ? 'doneEmail' : 'doneSms', { language })
          : t('doneNoMessage')}
      </p>
      <ul className="link-list">
        {done.canOpen ? (
          <li>
            <Link href={`/${locale}/staff/requests/${number}`}>{t('staffLink', { number })}</Link>
          </li>
        ) : null}
        <li>
          <Link href={`/${locale}/requests/${number}`}>{t('publicLink')}</Link>
        </li>
        <li>
          <Link href={`/${locale}/staff/requests/new`}>{t('anotherLink')}</Link>
        </li>
      </ul>
    </>
  );
}
