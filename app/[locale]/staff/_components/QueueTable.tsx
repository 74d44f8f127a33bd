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
}: {
  locale: string;
  queue: Queue;
  page: number;
  query: URLSearchParams;
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
      <div className="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
        <table className="table">
          <caption>
            {t('queueCaption', { from, to: from + queue.rows.length - 1, total: queue.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('colNumber')}</th>
              <th scope="col">{t('colService')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colLocation')}</th>
              <th scope="col">{t('colSent')}</th>
              <th scope="col">{t('colDue')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((r) => (
              <tr key={r.trackingNumber}>
                <th scope="row">{r.trackingNumber}</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
