import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { ltrIn } from '@/lib/i18n/bidi';
import { getPublicRequest } from '@/lib/requests/queries';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { TrackingRef } from '@/components/data/TrackingRef';
import { RequestSummary } from './_components/RequestSummary';

type Props = {
  params: Promise<{ locale: string; trackingNumber: string }>;
  /** `followed` after "Follow this request" on the request form ("Already reported?"). */
  searchParams: Promise<{ followed?: string | string[] }>;
};

/** The number in the URL as a resident may have typed it ("bal-26-23094"), made canonical. */
async function canonicalNumber(params: Props['params']): Promise<string | null> {
  const raw = (await params).trackingNumber;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A stray "%" is not a tracking number either: normalizing refuses it below.
  }
  return normalizeTrackingNumber(decoded);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  const number = (await canonicalNumber(params)) ?? (await params).trackingNumber;
  return {
    title: await pageTitle(
      locale,
      t.markup('title', { number: ltrIn(locale, number), ref: (c) => c }),
    ),
  };
}

export default async function TrackingPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const number = await canonicalNumber(params);
  if (!number) notFound();
  // One address per request: a sloppy link goes to the canonical one.
  if (number !== (await params).trackingNumber) permanentRedirect(`/${locale}/requests/${number}`);
  const request = await getPublicRequest(number, locale);
  if (!request) notFound();
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const { followed } = await searchParams;

  return (
    <>
      <h1 className="tracking-heading">
        {t.rich('title', {
          number: request.trackingNumber,
          ref: (c) => <TrackingRef>{c}</TrackingRef>,
        })}
      </h1>
      {followed === 'updates' || followed === 'quiet' ? (
        <div className="notification-banner" role="status">
          <p>{t(followed === 'updates' ? 'followedUpdates' : 'followedQuiet')}</p>
        </div>
      ) : null}
      <RequestSummary request={request} locale={locale} />

      <h2>{t('descriptionHeading')}</h2>
      {/* Plain text as the resident wrote it: React escapes it, CSS keeps its line breaks. */}
      {/* dir="auto": the resident may have written in another script than the page. */}
      <p className="preserve-lines" id="description" dir={request.description ? 'auto' : undefined}>
        {request.description || t('noDescription')}
      </p>

      <h2>{t('timelineHeading')}</h2>
      <ol className="timeline" reversed>
        {[...request.events].reverse().map((e) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()}>{date(e.at)}</time>
            <strong>
              {e.kind === 'submitted'
                ? t('eventSubmitted')
                : e.toStatus
                  ? t('eventStatus', { status: ts(e.toStatus) })
                  : t('eventNote')}
            </strong>
            {e.body ? (
              <p className="preserve-lines" dir="auto">
                {e.body}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="muted">{t('privacy')}</p>
      <p>
        <Link href={`/${locale}`}>{t('reportAnother')}</Link>
      </p>
    </>
  );
}
