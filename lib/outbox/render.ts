import { createTranslator } from 'next-intl';
import type { OutboxKind } from '@/db/schema/types';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';

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
  link: string;
  /** The language it is written in (the resident's, or English when theirs is not offered). */
  locale: Locale;
};

/** The survey page (ARCHITECTURE.md "Public URL contract"), absolute, in the message's language. */
export function surveyLink(
  baseUrl: string,
  locale: Locale,
  trackingNumber: string,
  token: string,
): string {
  const origin = baseUrl.replace(/\/+$/, '');
  return `${origin}/${locale}/requests/${encodeURIComponent(trackingNumber)}/feedback?token=${encodeURIComponent(token)}`;
}

async function translator(locale: Locale) {
  const messages = (await import(`../../locales/${locale}/Outbox.json`)).default;
  return createTranslator({ locale, messages: { Outbox: messages }, namespace: 'Outbox' });
}

/**
 * A message's subject and text in the resident's language (English when that language is not
 * offered), at delivery time, so the worker and the staff console show the same words.
 * `baseUrl` is the site's public origin: it is not configured anywhere yet (see lib/startup.ts).
 */
export async function renderMessage(m: OutboxMessage, baseUrl: string): Promise<RenderedMessage> {
  const locale = isLocale(m.locale) ? m.locale : defaultLocale;
  const t = await translator(locale);
  const { trackingNumber = '', token = '' } = m.payload;
  const link = surveyLink(baseUrl, locale, trackingNumber, token);
  if (m.channel === 'sms')
    return { subject: null, text: t('surveySms', { trackingNumber, link }), link, locale };
  return {
    subject: t('surveySubject', { trackingNumber }),
    text: t('surveyBody', { trackingNumber, link }),
    link,
    locale,
  };
}
