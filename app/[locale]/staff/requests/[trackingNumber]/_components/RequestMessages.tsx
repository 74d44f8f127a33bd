import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { requestMessages } from '@/lib/outbox/queries';
import { MessagesTable } from '../../../_components/MessagesTable';
import { resendAction } from '../message-actions';

/** What the resident was sent about this request, with "Send again" for staff who work it. */
export async function RequestMessages({
  locale,
  actor,
  trackingNumber,
  notice,
}: {
  locale: string;
  actor: Actor;
  trackingNumber: string;
  notice: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'Outbox' });
  const messages = await requestMessages(actor, trackingNumber);
  return (
    <>
      <h2 id="messages-heading" tabIndex={-1}>
        {t('heading')}
      </h2>
      {notice === 'resent' || notice === 'gone' ? (
        <p role="status" className="inset">
          {notice === 'resent' ? t('resent') : t('resendGone')}
        </p>
      ) : null}
      <MessagesTable
        locale={locale}
        messages={messages}
        caption={t('requestCaption', { count: messages.length })}
        resend={(id) => resendAction.bind(null, locale, trackingNumber, id)}
      />
    </>
  );
}
