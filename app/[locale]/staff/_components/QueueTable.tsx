import { getFormatter, getTranslations } from 'next-intl/server';
import { Bidi } from '@/components/data/Bidi';
import type { listQueue } from '@/lib/staff/queries';
import { requestHref } from '@/lib/staff/queue-filters';
import { timeLeft } from '@/lib/staff/time-left';
import { pickText } from '@/lib/i18n/localized';
import { StatusTag } from '@/components/data/StatusTag';
import { SelectAllBox } from './SelectAllBox';

type Queue = Awaited<ReturnType<typeof listQueue>>;

/**
 * The queue as a compact data table: one line per request on a desktop screen (short dates, the
 * target as a countdown in words, long addresses cut with an ellipsis on screen only), a card
 * per request on a phone (.table--stack). Overdue says so in words, not colour alone. Each
 * request link carries the queue view, for the request page's way back and its next/previous.
 */
export async function QueueTable({
  locale,
  queue,
  from,
  context,
  selectAll,
  now,
}: {
  locale: string;
  queue: Queue;
  /** The number of the first row on this page. */
  from: number;
  /** The canonical query of this queue view (carried by the request links). */
  context: string;
  selectAll: boolean;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const short = (d: Date) =>
    format.dateTime(d, {
      month: 'short',
      day: 'numeric',
      ...(d.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
    });
  const left = (r: Queue['rows'][number]) => {
    if (r.status === 'closed') return tq('closedTime');
    const l = timeLeft(r.dueAt, now);
    if (!l) return tq('noTarget');
    return l.overdue ? (
      <strong className="overdue-text">{tq('timeOverdue', { unit: l.unit, n: l.n })}</strong>
    ) : (
      tq('timeLeft', { unit: l.unit, n: l.n })
    );
  };
  return (
    // Between phone and wide desktop widths the table may be wider than the window: it then
    // scrolls inside its labelled region rather than the page (WCAG 1.4.10).
    <div className="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
      <table className="table table--stack queue-table" id="results" tabIndex={-1}>
        <caption>
          {t('queueCaption', { from, to: from + queue.rows.length - 1, total: queue.total })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="queue-table__pick">
              <span className="visually-hidden">{t('colSelect')}</span>
              <SelectAllBox label={tq('selectAll')} checked={selectAll} />
            </th>
            <th scope="col">{t('colNumber')}</th>
            <th scope="col">{t('colService')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colLocation')}</th>
            <th scope="col">{t('colSent')}</th>
            <th scope="col">{tq('colTimeLeft')}</th>
            <th scope="col">{t('colAssigned')}</th>
          </tr>
        </thead>
        <tbody>
          {queue.rows.map((r) => (
            <tr key={r.trackingNumber}>
              <td className="queue-table__pick">
                <input
                  type="checkbox"
                  className="form-check-input"
                  name="picks"
                  value={`${r.trackingNumber}:${r.version}`}
                  id={`pick-${r.trackingNumber}`}
                  defaultChecked={selectAll}
                />
                <label htmlFor={`pick-${r.trackingNumber}`} className="visually-hidden">
                  {t('selectRow', { number: r.trackingNumber })}
                </label>
              </td>
              <th scope="row">
                <a href={requestHref(locale, r.trackingNumber, context)}>
                  <Bidi ltr>{r.trackingNumber}</Bidi>
                </a>
              </th>
              <td data-label={t('colService')}>{pickText(r.serviceName, locale)}</td>
              <td data-label={t('colStatus')}>
                <StatusTag status={r.status} label={ts(r.status)} />
              </td>
              <td data-label={t('colLocation')} className="queue-table__place">
                <Bidi>{[r.address, r.zip].filter(Boolean).join(', ')}</Bidi>
              </td>
              <td data-label={t('colSent')}>
                <time dateTime={r.createdAt.toISOString()}>{short(r.createdAt)}</time>
              </td>
              <td data-label={tq('colTimeLeft')}>{left(r)}</td>
              <td data-label={t('colAssigned')}>{r.assignee ?? t('unassigned')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
