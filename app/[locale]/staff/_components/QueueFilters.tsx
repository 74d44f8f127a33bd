import { getTranslations } from 'next-intl/server';
import { REQUEST_STATUSES } from '@/db/schema/types';
import type { QueueFilters as Filters } from '@/lib/staff/queue-filters';
import type { ServiceSummary } from '@/lib/services/types';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';

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
  const any = { value: '', label: t('filterAny') };
  const common = { errorPrefix: '' };
  return (
    <form
      method="get"
      action={`/${locale}/staff`}
      className="queue-filters"
      aria-labelledby="filters-heading"
    >
      <h2 id="filters-heading">{t('filtersHeading')}</h2>
      <div className="queue-filters__grid">
        <SelectField
          name="status"
          label={t('filterStatus')}
          defaultValue={filters.status ?? ''}
          options={[any, ...REQUEST_STATUSES.map((s) => ({ value: s, label: ts(s) }))]}
          {...common}
        />
        <SelectField
          name="service"
          label={t('filterService')}
          defaultValue={filters.service ?? ''}
          options={[any, ...services.map((s) => ({ value: s.code, label: s.name }))]}
          {...common}
        />
        <SelectField
          name="assigned"
          label={t('filterAssigned')}
          defaultValue={filters.assigned ?? ''}
          options={[
            any,
            { value: 'me', label: t('assignedMe') },
            { value: 'none', label: t('assignedNone') },
          ]}
          {...common}
        />
        <TextField
          name="zip"
          label={t('filterZip')}
          defaultValue={filters.zip ?? ''}
          className="form-control--zip"
          inputProps={{ inputMode: 'numeric' }}
          {...common}
        />
        <TextField
          name="from"
          label={t('filterFrom')}
          defaultValue={filters.from ?? ''}
          inputProps={{ type: 'date' }}
          {...common}
        />
        <TextField
          name="to"
          label={t('filterTo')}
          defaultValue={filters.to ?? ''}
          inputProps={{ type: 'date' }}
          {...common}
        />
        <TextField
          name="q"
          label={t('filterText')}
          hint={t('filterTextHint')}
          defaultValue={filters.q ?? ''}
          inputProps={{ type: 'search' }}
          {...common}
        />
        <SelectField
          name="sort"
          label={t('filterSort')}
          defaultValue={filters.sort}
          options={[
            { value: 'newest', label: t('sortNewest') },
            { value: 'oldest', label: t('sortOldest') },
            { value: 'due', label: t('sortDue') },
          ]}
          {...common}
        />
        <div className="form-check">
          <input
            id="overdue"
            name="overdue"
            type="checkbox"
            value="1"
            className="form-check-input"
            defaultChecked={filters.overdue}
          />
          <label className="form-check-label" htmlFor="overdue">
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
