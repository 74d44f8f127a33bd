import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/form/Button';
import { TrackingRef } from '@/components/data/TrackingRef';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { findSubscription } from '@/lib/subscriptions/queries';
import { stopUpdates } from './actions';

type Props = { params: Promise<{ locale: string; token: string }> };

// The address holds the token: keep it out of search engines and out of any Referer.
export const metadata: Metadata = { robots: { index: false }, referrer: 'same-origin' };

/**
 * "Stop updates", linked from every message. Opening the link changes nothing (mail scanners
 * open links): the resident presses the button. Mail programs use the one-click POST of
 * /api/unsubscribe/{token} instead (List-Unsubscribe-Post, RFC 8058).
 */
export default async function UnsubscribePage({ params }: Props) {
  const locale = await localeFrom(params);
  const { token } = await params;
  const sub = await findSubscription(token);
  if (!sub) notFound();
  const t = await getTranslations({ locale, namespace: 'Unsubscribe' });
  const number = <TrackingRef>{sub.trackingNumber}</TrackingRef>;
  return (
    <>
      <title>{await pageTitle(locale, sub.active ? t('title') : t('doneTitle'))}</title>
      {sub.active ? (
        <>
          <h1>{t('title')}</h1>
          <p>{t.rich('lead', { number: () => number })}</p>
          <form action={stopUpdates.bind(null, locale, token)}>
            <Button type="submit" variant="primary">
              {t('submit')}
            </Button>
          </form>
        </>
      ) : (
        <>
          <h1>{t('doneTitle')}</h1>
          <p role="status">{t.rich('doneBody', { number: () => number })}</p>
        </>
      )}
      <p>{t('trackHint')}</p>
      <p>
        <Link href={`/${locale}/requests/${sub.trackingNumber}`}>{t('trackLink')}</Link>
      </p>
    </>
  );
}
