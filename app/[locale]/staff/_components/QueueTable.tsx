import { getFormatter, getTranslations } from 'next-intl/server';
import type { listQueue } from '@/lib/staff/queries';
import { PAGE_SIZE } from '@/lib/staff/queries';
import { pickText } from '@/lib/i18n/localized';
import { StatusTag } from '@/components/data/StatusTag';

type Queue = Awaited<ReturnType<typeof listQueue>>;

/** The queue as a data table with a caption; overdue rows say so in words, not colour alone. */
export async function QueueTable({
  locale,
  queue,
  page,
  query,
  bulk,
}: {
  locale: string;
  queue: Queue;
  page: number;
  query: URLSearchParams;
  /** The bulk form's controls (above the table); its checkboxes are in the rows. */
  bulk: { action: (d: FormData) => Promise<void>; controls: React.ReactNode };
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  if (!queue.rows.length) return <p>{t('queueEmpty')}</p>;
  const from = (page - 1) * PAGE_SIZE + 1;
  const pageHref = (p: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(p));
    return `/${locale}/staff?${q}`;
  };
  return (
    <>
      <form action={bulk.action} aria-labelledby="bulk-heading">
        <input type="hidden" name="back" value={`?${query}`} />
        {bulk.controls}
        <div className="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
          <table className="table">
            <caption>
              {t('queueCaption', { from, to: from + queue.rows.length - 1, total: queue.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('colSelect')}</span>
                </th>
                <th scope="col">{t('colNumber')}</th>
                <th scope="col">{t('colService')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colLocation')}</th>
                <th scope="col">{t('colSent')}</th>
                <th scope="col">{t('colDue')}</th>
                <th scope="col">{t('colAssigned')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.trackingNumber}>
                  <td>
                    <input
                      type="checkbox"
                      className="form-check-input"
                      name="picks"
                      value={`${r.trackingNumber}:${r.version}`}
                      id={`pick-${r.trackingNumber}`}
                    />
                    <label htmlFor={`pick-${r.trackingNumber}`} className="visually-hidden">
                      {t('selectRow', { number: r.trackingNumber })}
                    </label>
                  </td>
                  <th scope="row">
                    <a href={`/${locale}/staff/requests/${r.trackingNumber}`}>{r.trackingNumber}</a>
                  </th>
                  <td>{pickText(r.serviceName, locale)}</td>
                  <td>
                    <StatusTag status={r.status} label={ts(r.status)} />
                  </td>
                  <td>{[r.address, r.zip].filter(Boolean).join(', ')}</td>
                  <td>{date(r.createdAt)}</td>
                  <td>
                    {date(r.dueAt)}
                    {r.overdue ? (
                      <>
                        {' '}
                        <strong className="tag tag--overdue">{t('overdue')}</strong>
                      </>
                    ) : null}
                  </td>
                  <td>{r.assignee ?? t('unassigned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </form>
      <nav aria-label={t('pagination')} className="pagination-nav">
        <p>{t('pageOf', { page, pages: queue.pages })}</p>
        <ul className="button-group">
          {page > 1 ? (
            <li>
              <a href={pageHref(page - 1)}>{t('previous')}</a>
            </li>
          ) : null}
          {page < queue.pages ? (
            <li>
              <a href={pageHref(page + 1)}>{t('next')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
