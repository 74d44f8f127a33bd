import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { StatusTag } from '@/components/data/StatusTag';
import { RequestMessages } from './RequestMessages';
import type { StaffRequest } from './view-types';
import { formatLocale } from '@/lib/i18n/format-locale';
import { isLocale, localeNames } from '@/lib/i18n/config';

const row = (label: string, value: ReactNode) => (
  <div>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
);

/** What the request is: status and target, where, what the resident said, who to reply to. */
export async function RequestDetails({
  locale,
  actor,
  request,
  now,
  messageNotice,
}: {
  locale: string;
  actor: Actor;
  request: StaffRequest;
  now: Date;
  messageNotice?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Triage' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const open = request.status !== 'closed';
  const overdue = open && request.dueAt !== null && request.dueAt < now;

  return (
    <>
      <dl className="summary-list" id="request-summary">
        {row(
          t('status'),
          <>
            <StatusTag status={request.status} label={ts(request.status)} />
            {overdue ? (
              <>
                {' '}
                <strong className="tag tag--overdue">{t('overdue')}</strong>
              </>
            ) : null}
          </>,
        )}
        {request.closeReason ? row(t('outcome'), ts(`reason.${request.closeReason}`)) : null}
        {request.referredTo ? row(t('referredTo'), request.referredTo) : null}
        {request.parentNumber
          ? row(
              t('duplicateOf'),
              <Link href={`/${locale}/staff/requests/${request.parentNumber}`}>
                {request.parentNumber}
              </Link>,
            )
          : null}
        {request.duplicates.length
          ? row(
              t('duplicates'),
              <ul className="plain-list">
                {request.duplicates.map((d) => (
                  <li key={d}>
                    <Link href={`/${locale}/staff/requests/${d}`}>{d}</Link>
                  </li>
                ))}
              </ul>,
            )
          : null}
        {row(
          t('service'),
          <span lang={request.serviceName.lang === locale ? undefined : request.serviceName.lang}>
            {request.serviceName.text}
          </span>,
        )}
        {row(t('assignedTo'), request.assignee?.name ?? t('nobody'))}
        {row(
          t('location'),
          <>
            {[request.address, request.zip].filter(Boolean).join(', ') || t('noAddress')}
            {request.lat !== null && request.long !== null ? (
              <>
                <br />
                {t('coordinates', { lat: request.lat.toFixed(5), long: request.long.toFixed(5) })}
              </>
            ) : null}
            {/* The resident's landmark ("behind the bus shelter"): how the crew finds it. */}
            {request.locationNote ? (
              <>
                <br />
                {t('landmark', { note: request.locationNote })}
              </>
            ) : null}
          </>,
        )}
        {row(
          t('sent'),
          `${date(request.createdAt)} — ${t(`channel.${request.channel}`, { client: request.apiClient ?? '' })}`,
        )}
        {/* The language the resident wrote in: what updates go out in, and what the text is. */}
        {row(
          t('residentLanguage'),
          isLocale(request.locale) ? (
            <span lang={request.locale}>{localeNames[request.locale]}</span>
          ) : (
            request.locale
          ),
        )}
        {row(
          t('target'),
          request.dueAt ? (
            <>
              {date(request.dueAt)} (
              {open
                ? overdue
                  ? t('overdueBy', { relative: format.relativeTime(request.dueAt, now) })
                  : t('timeLeft', { relative: format.relativeTime(request.dueAt, now) })
                : t('closedOn', { date: date(request.closedAt!) })}
              )
            </>
          ) : (
            t('noTarget')
          ),
        )}
        {request.acknowledgedAt ? row(t('acknowledged'), date(request.acknowledgedAt)) : null}
      </dl>

      <h2>{t('descriptionHeading')}</h2>
      {request.description ? (
        <p className="preserve-lines" lang={request.locale} dir="auto">
          {request.description}
        </p>
      ) : (
        <p>{t('noDescription')}</p>
      )}

      {request.answers.length ? (
        <>
          <h2>{t('answersHeading')}</h2>
          <dl className="summary-list">
            {request.answers.map((a) => (
              <div key={a.code}>
                <dt>{a.question}</dt>
                <dd>{a.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {request.photos.length || request.mediaUrl ? (
        <>
          <h2>{t('photosHeading')}</h2>
          <ul className="plain-list photo-list">
            {request.photos.map((p, i) => (
              <li key={p.id}>
                <a href={`/api/staff/media/${p.id}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- private, served by an authorized route */}
                  <img
                    src={`/api/staff/media/${p.id}`}
                    alt={t('photoAlt', { n: i + 1, number: request.trackingNumber })}
                    width={p.width}
                    height={p.height}
                  />
                </a>
              </li>
            ))}
            {request.mediaUrl ? (
              <li>
                <a href={request.mediaUrl} rel="noopener noreferrer nofollow">
                  {t('mediaUrl')}
                </a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}

      <h2>{t('contactHeading')}</h2>
      {request.contact ? (
        <dl className="summary-list">
          {row(t('contactName'), request.contact.name || t('none'))}
          {row(t('contactEmail'), request.contact.email || t('none'))}
          {row(t('contactPhone'), request.contact.phone || t('none'))}
          {row(
            t('contactLanguage'),
            !request.contact.preferredLanguage
              ? t('none')
              : request.contact.preferredLanguage === 'other'
                ? t('otherLanguage')
                : (new Intl.DisplayNames([formatLocale(locale)], { type: 'language' }).of(
                    request.contact.preferredLanguage,
                  ) ?? request.contact.preferredLanguage),
          )}
          {row(t('consent'), request.contact.consentToUpdates ? t('yes') : t('no'))}
        </dl>
      ) : (
        <p>{t('anonymous')}</p>
      )}
      <RequestMessages
        locale={locale}
        actor={actor}
        trackingNumber={request.trackingNumber}
        notice={messageNotice}
      />
    </>
  );
}
