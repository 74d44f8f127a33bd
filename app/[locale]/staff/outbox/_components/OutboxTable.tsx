import { getFormatter, getTranslations } from 'next-intl/server';
import type { OutboxEntry } from '@/lib/outbox/queries';

/**
 * The latest messages. Status is in words (never colour alone); the text is behind a
 * disclosure so the table stays scannable, and works without JavaScript (<details>). Survey
 * links are shown as text, not links: they are the resident's, for staff to pass on, and a
 * click would open (and could answer) the resident's survey.
 */
export async function OutboxTable({
  locale,
  messages,
}: {
  locale: string;
  messages: OutboxEntry[];
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
        <caption>{t('caption', { count: messages.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colCreated')}</th>
            <th scope="col">{t('colRequest')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colChannel')}</th>
            <th scope="col">{t('colRecipient')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colText')}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id}>
              <td>{date(m.createdAt)}</td>
              <th scope="row">
                {m.trackingNumber ? (
                  <a href={`/${locale}/staff/requests/${m.trackingNumber}`}>{m.trackingNumber}</a>
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
              <td>
                <details>
                  <summary>
                    {t.rich('showText', {
                      trackingNumber: m.trackingNumber ?? '',
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    })}
                  </summary>
                  {m.message.subject ? (
                    <p>
                      <strong>
                        {t.rich('subject', {
                          subject: m.message.subject,
                          text: (chunks) => <span lang={m.message.locale}>{chunks}</span>,
                        })}
                      </strong>
                    </p>
                  ) : null}
                  <div className="preserve-lines" lang={m.message.locale}>
                    {m.message.text}
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
