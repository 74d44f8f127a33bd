import { getTranslations } from 'next-intl/server';
import { REQUEST_STATUSES } from '@/db/schema/types';
import type { QueueFilters as Filters } from '@/lib/staff/queue-filters';
import type { ServiceSummary } from '@/lib/services/types';
import { SelectField } from '@/components/form/SelectField';
import { shortcutKey } from '@/lib/staff/shortcuts';
import { TextField } from '@/components/form/TextField';

/**
 * A GET form: every view of the queue has a URL that can be bookmarked or shared. Folded into a
 * <details> (open when asked to) so the first rows of the queue start near the top of the
 * screen; its summary says how many filters are on.
 */
export async function QueueFilters({
  locale,
  filters,
  services,
  open,
  saveForm,
}: {
  locale: string;
  filters: Filters;
  services: ServiceSummary[];
  open: boolean;
  saveForm: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const any = { value: '', label: t('filterAny') };
  const common = { errorPrefix: '' };
  const active = [
    filters.status !== 'open',
    filters.service,
    filters.overdue,
    filters.assigned,
    filters.zip,
    filters.from,
    filters.to,
    filters.q,
  ].filter(Boolean).length;
  return (
    <details className="queue-filters" open={open || undefined}>
      <summary>
        {tq('filtersSummary')} ({tq('filtersActive', { count: active })})
      </summary>
      <form method="get" action={`/${locale}/staff`} aria-label={tq('filtersSummary')}>
        <div className="queue-filters__grid">
          <SelectField
            name="status"
            label={t('filterStatus')}
            defaultValue={filters.status}
            options={[
              { value: 'open', label: tq('statusOpen') },
              ...REQUEST_STATUSES.map((s) => ({ value: s, label: ts(s) })),
              { value: 'all', label: tq('statusAll') },
            ]}
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
          <div data-shortcut={shortcutKey('search')}>
            <TextField
              name="q"
              label={t('filterText')}
              hint={t('filterTextHint')}
              defaultValue={filters.q ?? ''}
              inputProps={{ type: 'search' }}
              {...common}
            />
          </div>
          <SelectField
            name="sort"
            label={t('filterSort')}
            defaultValue={filters.sort}
            options={[
              { value: 'due', label: tq('sortDue') },
              { value: 'newest', label: t('sortNewest') },
              { value: 'oldest', label: t('sortOldest') },
            ]}
            {...common}
          />
          <SelectField
            name="size"
            label={tq('pageSize')}
            defaultValue={String(filters.size)}
            options={['25', '50', '100'].map((v) => ({ value: v, label: v }))}
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
      {saveForm}
    </details>
  );
}
