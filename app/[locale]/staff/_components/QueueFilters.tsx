import { getTranslations } from 'next-intl/server';
import { REQUEST_STATUSES } from '@/db/schema/types';
import type { QueueFilters as Filters } from '@/lib/staff/queue-filters';
import type { ServiceSummary } from '@/lib/services/types';

/** A GET form: every view of the queue has a URL that can be bookmarked or shared. */
export async function QueueFilters({
  locale,
  filters,
  services,
}: {
  locale: string;
  filters: Filters;
  services: ServiceSummary[];
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  return (
    <form
      method="get"
      action={`/${locale}/staff`}
      className="queue-filters"
      aria-labelledby="filters-heading"
    >
      <h2 id="filters-heading">{t('filtersHeading')}</h2>
      <div className="queue-filters__grid">
        <div className="form-group">
          <label className="form-label" htmlFor="f-status">
            {t('filterStatus')}
          </label>
          <select
            id="f-status"
            name="status"
            className="form-select"
            defaultValue={filters.status ?? ''}
          >
            <option value="">{t('filterAny')}</option>
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="f-service">
            {t('filterService')}
          </label>
          <select
            id="f-service"
            name="service"
            className="form-select"
            defaultValue={filters.service ?? ''}
          >
            <option value="">{t('filterAny')}</option>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="f-zip">
            {t('filterZip')}
          </label>
          <input
            id="f-zip"
            name="zip"
            className="form-control form-control--zip"
            inputMode="numeric"
            defaultValue={filters.zip ?? ''}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="f-from">
            {t('filterFrom')}
          </label>
          <input
            id="f-from"
            name="from"
            type="date"
            className="form-control"
            defaultValue={filters.from ?? ''}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="f-to">
            {t('filterTo')}
          </label>
          <input
            id="f-to"
            name="to"
            type="date"
            className="form-control"
            defaultValue={filters.to ?? ''}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="f-q">
            {t('filterText')}
          </label>
          <span className="form-hint" id="f-q-hint">
            {t('filterTextHint')}
          </span>
          <input
            id="f-q"
            name="q"
            type="search"
            className="form-control"
            aria-describedby="f-q-hint"
            defaultValue={filters.q ?? ''}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="f-sort">
            {t('filterSort')}
          </label>
          <select id="f-sort" name="sort" className="form-select" defaultValue={filters.sort}>
            <option value="newest">{t('sortNewest')}</option>
            <option value="oldest">{t('sortOldest')}</option>
            <option value="due">{t('sortDue')}</option>
          </select>
        </div>
        <div className="form-check">
          <input
            id="f-overdue"
            name="overdue"
            type="checkbox"
            value="1"
            className="form-check-input"
            defaultChecked={filters.overdue}
          />
          <label className="form-check-label" htmlFor="f-overdue">
            {t('filterOverdue')}
          </label>
        </div>
      </div>
      <div className="button-group">
        <button type="submit" className="btn btn-primary">
          {t('applyFilters')}
        </button>
        <a href={`/${locale}/staff`}>{t('clearFilters')}</a>
      </div>
    </form>
  );
}
