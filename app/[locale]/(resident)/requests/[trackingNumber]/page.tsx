import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { getPublicRequest } from '@/lib/requests/queries';
import { StatusTag } from '@/components/data/StatusTag';

type Props = { params: Promise<{ locale: string; trackingNumber: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  return { title: await pageTitle(locale, t('title', { number: (await params).trackingNumber })) };
}

export default async function TrackingPage({ params }: Props) {
  const locale = await localeFrom(params);
  const request = await getPublicRequest((await params).trackingNumber, locale);
  if (!request) notFound();
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const overdue = request.status !== 'closed' && request.dueAt && request.dueAt < new Date();

  return (
    <>
      <h1>{t('title', { number: request.trackingNumber })}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <StatusTag status={request.status} label={ts(request.status)} />
            {overdue ? <strong> {t('overdue')}</strong> : null}
          </dd>
        </div>
        {request.closeReason ? (
          <div>
            <dt>{t('closedReason')}</dt>
            <dd>{ts(`reason.${request.closeReason}`)}</dd>
          </div>
        ) : null}
        {request.duplicateOf ? (
          <div>
            <dt>{t('duplicateOf')}</dt>
            <dd>
              <Link href={`/${locale}/requests/${request.duplicateOf}`}>{request.duplicateOf}</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('service')}</dt>
          <dd lang={request.serviceNameLang === locale ? undefined : request.serviceNameLang}>
            {request.serviceName}
          </dd>
        </div>
        <div>
          <dt>{t('location')}</dt>
          <dd>
            {[request.address, request.zip].filter(Boolean).join(', ') ||
              `${request.lat}, ${request.long}`}
          </dd>
        </div>
        <div>
          <dt>{t('submitted')}</dt>
          <dd>{date(request.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('target')}</dt>
          <dd>{request.dueAt ? date(request.dueAt) : t('noTarget')}</dd>
        </div>
      </dl>

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
            {e.body ? <p>{e.body}</p> : null}
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
