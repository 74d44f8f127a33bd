import { getFormatter, getTranslations } from 'next-intl/server';
import type { OutboxEntry } from '@/lib/outbox/queries';

/**
 * Messages to residents, newest first: what was sent, how, to whom, when — never the text, whose
 * survey and unsubscribe links belong to the resident. Status is in words (never colour alone).
 * With `resend`, each row has a "Send again" button (a plain form: works without JavaScript).
 */
export async function MessagesTable({
  locale,
  messages,
  caption,
  resend,
}: {
  locale: string;
  messages: OutboxEntry[];
  caption: string;
  resend?: (id: number) => (data: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: 'Outbox' });
  if (!messages.length) return <p>{t('empty')}</p>;
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const status = (m: OutboxEntry) => {
    const error = m.lastError ?? '';
    switch (m.state) {
      case 'delivered':
        return t('statusDelivered', { date: date(m.deliveredAt!) });
      case 'cancelled':
        return t('statusCancelled');
      case 'failed':
        return (
          <strong className="tag--overdue">
            {t('statusFailed', { attempts: m.attempts, error })}
          </strong>
        );
      case 'retrying':
        return t('statusRetrying', { attempts: m.attempts, date: date(m.nextAttemptAt), error });
      default:
        return t('statusPending');
    }
  };
  return (
    <div className="table-scroll" role="region" aria-label={t('region')} tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colCreated')}</th>
            <th scope="col">{t('colRequest')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colChannel')}</th>
            <th scope="col">{t('colRecipient')}</th>
            <th scope="col">{t('colStatus')}</th>
            {resend ? <th scope="col">{t('colAction')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id}>
              <td>{date(m.createdAt)}</td>
              <th scope="row">
                {m.trackingNumber ? (
                  <a className="nowrap" href={`/${locale}/staff/requests/${m.trackingNumber}`}>
                    {m.trackingNumber}
                  </a>
                ) : (
                  t('noRequest')
                )}
              </th>
              <td>{t(`kind.${m.kind}`)}</td>
              <td>{t(`channel.${m.channel}`)}</td>
              <td translate="no" className="preserve-lines">
                {m.recipient}
              </td>
              <td>{status(m)}</td>
              {resend ? (
                <td>
                  {m.state === 'cancelled' ? null : (
                    <form action={resend(m.id)}>
                      <button type="submit" className="btn btn-outline-primary btn-sm">
                        {t.rich('sendAgain', {
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                          kind: t(`kind.${m.kind}`),
                          date: date(m.createdAt),
                        })}
                      </button>
                    </form>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
