import { getTranslations } from 'next-intl/server';
import { PAGE_SIZES, queueHref, queueQuery, type QueueFilters } from '@/lib/staff/queue-filters';

/** Previous/next page and the page size, as links (each page of each view has its URL). */
export async function QueuePager({
  locale,
  filters,
  pages,
}: {
  locale: string;
  filters: QueueFilters;
  pages: number;
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const href = (f: Partial<QueueFilters>) => queueHref(locale, queueQuery({ ...filters, ...f }));
  return (
    <nav aria-label={t('pagination')} className="pagination-nav">
      <p>{t('pageOf', { page: filters.page, pages })}</p>
      <ul className="button-group">
        {filters.page > 1 ? (
          <li>
            <a href={href({ page: filters.page - 1 })}>{t('previous')}</a>
          </li>
        ) : null}
        {filters.page < pages ? (
          <li>
            <a href={href({ page: filters.page + 1 })}>{t('next')}</a>
          </li>
        ) : null}
      </ul>
      <p className="page-sizes">
        {tq('pageSize')}:{' '}
        {PAGE_SIZES.map((size) =>
          size === filters.size ? (
            <strong key={size} aria-current="true">
              {tq('pageSizeCurrent', { size })}{' '}
            </strong>
          ) : (
            <a key={size} href={href({ size, page: 1 })}>
              {size}{' '}
            </a>
          ),
        )}
      </p>
    </nav>
  );
}
