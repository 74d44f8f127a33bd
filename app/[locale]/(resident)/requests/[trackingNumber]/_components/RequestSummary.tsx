import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { PublicRequest } from '@/lib/requests/queries';
import { formatCoordinate, pastTargetDay } from '@/lib/requests/public-view';
import { StatusTag } from '@/components/data/StatusTag';
import { TrackingRef } from '@/components/data/TrackingRef';
import { Bidi } from '@/components/data/Bidi';

/**
 * What happened to a request, in words: its status, and once closed the outcome, what staff
 * said was done, where a referral went or which request now tracks a duplicate. Then where it
 * is and when it is due. Nothing personal: `PublicRequest` carries no contact data.
 */
export async function RequestSummary({
  request: r,
  locale,
  now = new Date(),
}: {
  request: PublicRequest;
  locale: string;
  now?: Date;
}) {
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const ti = await getTranslations({ locale, namespace: 'Intake' });
  const format = await getFormatter({ locale });
  const closed = r.status === 'closed';
  const overdue = !closed && r.dueAt !== null && pastTargetDay(r.dueAt, now);
  const row = (id: string, label: string, value: ReactNode) => (
    <div id={id}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const address = [r.address, r.zip].filter(Boolean).join(', ');
  const place =
    address ||
    (r.lat !== null && r.long !== null
      ? t('nearCoordinates', {
          lat: formatCoordinate(r.lat, locale),
          long: formatCoordinate(r.long, locale),
        })
      : null);

  return (
    <dl className="summary-list" id="request-summary">
      {row(
        'summary-service',
        t('service'),
        <span lang={r.serviceNameLang === locale ? undefined : r.serviceNameLang}>
          {r.serviceName}
        </span>,
      )}
      {row(
        'summary-status',
        t('status'),
        <>
          <StatusTag status={r.status} label={ts(r.status)} />
          {overdue ? <strong> {t('overdue')}</strong> : null}
        </>,
      )}
      {closed && r.closeReason
        ? row('summary-outcome', t('closedReason'), ts(`reason.${r.closeReason}`))
        : null}
      {r.referredTo ? row('summary-referred', t('referredTo'), <Bidi>{r.referredTo}</Bidi>) : null}
      {r.duplicateOf
        ? row(
            'summary-duplicate',
            t('duplicateOf'),
            <Link href={`/${locale}/requests/${r.duplicateOf}`}>
              <TrackingRef>{r.duplicateOf}</TrackingRef>
            </Link>,
          )
        : null}
      {r.closingMessage
        ? row('summary-done', t('whatWasDone'), <Bidi>{r.closingMessage}</Bidi>)
        : null}
      {r.laterNote ? row('summary-later', t('laterNote'), <Bidi>{r.laterNote}</Bidi>) : null}
      {closed && r.closedAt
        ? row(
            'summary-closed',
            t('closedOn'),
            format.dateTime(r.closedAt, { dateStyle: 'long', timeStyle: 'short' }),
          )
        : null}
      {row(
        'summary-location',
        t('location'),
        <>
          {/* The address and the resident's note keep their own direction (Bidi.tsx). */}
          {place ? <Bidi>{place}</Bidi> : null}
          {place && r.locationNote ? <br /> : null}
          {r.locationNote ? <Bidi>{r.locationNote}</Bidi> : null}
        </>,
      )}
      {row(
        'summary-sent',
        t('submitted'),
        format.dateTime(r.createdAt, { dateStyle: 'long', timeStyle: 'short' }),
      )}
      {/* "By phone to 311": a call taker typed it, so the wording is theirs, not the resident's. */}
      {row('summary-channel', ti('reported.label'), ti(`reported.${r.channel}`))}
      {row(
        'summary-target',
        t('target'),
        // A day, not a minute: the target is a promise about a date.
        r.dueAt
          ? t('targetBy', { date: format.dateTime(r.dueAt, { dateStyle: 'long' }) })
          : t('noTarget'),
      )}
    </dl>
  );
}
