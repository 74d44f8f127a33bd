import { createTranslator } from 'next-intl';
import type { OutboxKind } from '@/db/schema/types';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { formatLocale } from '@/lib/i18n/format-locale';
import { CITY_TIME_ZONE } from '@/lib/metrics/fiscal-year';
import { fitSms } from './sms-length';

/** What rendering needs of an outbox row (the row keeps data, not text: see db/schema/audit.ts). */
export type OutboxMessage = {
  kind: OutboxKind;
  channel: 'email' | 'sms';
  locale: string;
  payload: Record<string, string>;
};

export type RenderedMessage = {
  /** E-mail only; a text message has none. */
  subject: string | null;
  /** Plain text: read aloud well, shows the same in every mail client, nothing to sanitize. */
  text: string;
  /** The page the message is about (the request's tracking page). */
  link: string;
  /** Where the resident stops these messages: a page with one button (a GET changes nothing). */
  unsubscribeUrl: string | null;
  /** RFC 8058 one-click target for the List-Unsubscribe header (a POST stops the messages). */
  oneClickUrl: string | null;
  /** The language it is written in (the resident's, or English when theirs is not offered). */
  locale: Locale;
};

const origin = (baseUrl: string) => baseUrl.replace(/\/+$/, '');

/** The survey page (ARCHITECTURE.md "Public URL contract"), absolute, in the message's language. */
export function surveyLink(
  baseUrl: string,
  locale: Locale,
  trackingNumber: string,
  token: string,
): string {
  return `${origin(baseUrl)}/${locale}/requests/${encodeURIComponent(trackingNumber)}/feedback?token=${encodeURIComponent(token)}`;
}

export function trackingLink(baseUrl: string, locale: Locale, trackingNumber: string): string {
  return `${origin(baseUrl)}/${locale}/requests/${encodeURIComponent(trackingNumber)}`;
}

async function translator(locale: Locale) {
  const messages = (await import(`../../locales/${locale}/Outbox.json`)).default;
  return createTranslator({
    // Numbers in messages (`#`) as the resident reads them: lib/i18n/format-locale.ts.
    locale: formatLocale(locale),
    messages: { Outbox: messages },
    namespace: 'Outbox.resident',
  });
}

/** A target date as the resident reads it: the day only, on Baltimore's calendar. */
function day(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(formatLocale(locale), {
    dateStyle: 'long',
    timeZone: CITY_TIME_ZONE,
  }).format(new Date(iso));
}

/**
 * A message's subject and text in the resident's language (English when that language is not
 * offered), written at delivery time from the data the row keeps, so "send again" and the worker
 * send the same words. `baseUrl` is the portal's public origin (PUBLIC_BASE_URL).
 */
export async function renderMessage(m: OutboxMessage, baseUrl: string): Promise<RenderedMessage> {
  const locale = isLocale(m.locale) ? m.locale : defaultLocale;
  const t = await translator(locale);
  const p = m.payload;
  const trackingNumber = p.trackingNumber ?? '';
  const vars = {
    trackingNumber,
    service: p.serviceName ?? '',
    parent: p.parent ?? '',
    reason: p.reason ?? 'other',
    referredTo: p.referredTo ?? '',
  };
  // A merged request's news continue on the request it joined.
  const link = trackingLink(
    baseUrl,
    locale,
    m.kind === 'merged' && p.parent ? p.parent : trackingNumber,
  );
  const survey = p.token ? surveyLink(baseUrl, locale, trackingNumber, p.token) : null;
  const unsubscribeUrl = p.unsubscribe
    ? `${origin(baseUrl)}/${locale}/unsubscribe/${encodeURIComponent(p.unsubscribe)}`
    : null;
  const oneClickUrl = p.unsubscribe
    ? `${origin(baseUrl)}/api/unsubscribe/${encodeURIComponent(p.unsubscribe)}`
    : null;
  const base = { link, unsubscribeUrl, oneClickUrl, locale };

  if (m.channel === 'sms') {
    // One link per text: the survey when there is one (its page links to the request), else
    // the request; then the stop link. Only what staff wrote is shortened to fit.
    const text = fitSms(
      (message) =>
        [
          t('sms', { ...vars, kind: m.kind }),
          m.kind === 'closed' ? t('smsOutcome', vars) : '',
          message,
          survey ? t('smsSurvey', { survey }) : t('smsTrack', { link }),
          unsubscribeUrl ? t('smsStop', { unsubscribe: unsubscribeUrl }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      m.kind === 'closed' ? (p.message ?? '') : '',
    );
    return { ...base, subject: null, text };
  }

  const body: string[] = [];
  switch (m.kind) {
    case 'confirmation':
      body.push(t('confirmationBody', vars));
      if (p.due) body.push(t('confirmationDue', { due: day(p.due, locale) }));
      body.push(t('confirmationNext'));
      break;
    case 'closed':
      body.push(t('closedBody', vars), t('outcome', vars));
      if (p.message) body.push(t('staffMessage', { message: p.message }));
      if (survey) body.push(t('surveyLine', { survey }));
      break;
    case 'satisfaction_survey': // queued before closures carried the survey themselves
      body.push(t('satisfaction_surveyBody', vars));
      if (survey) body.push(t('surveyLine', { survey }));
      break;
    default:
      body.push(t(`${m.kind}Body`, vars));
  }
  const text = [
    t('greeting'),
    ...body,
    t('trackLine', { link }),
    unsubscribeUrl ? t('footer', { trackingNumber, unsubscribe: unsubscribeUrl }) : '',
    t('signature'),
  ]
    .filter(Boolean)
    .join('\n\n');
  return { ...base, subject: t(`${m.kind}Subject`, vars), text };
}
