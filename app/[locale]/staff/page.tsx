import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { servicesOfAgency } from '@/lib/services/queries';
import { queueHref, queueQuery, readQueueFilters } from '@/lib/staff/queue-filters';
import { listQueue } from '@/lib/staff/queries';
import { listSavedViews } from '@/lib/staff/saved-views';
import { BULK_FIELDS } from '@/lib/staff/bulk-form';
import { isStaffErrorKey } from '@/lib/staff/errors';
import { REQUEST_STATUSES } from '@/db/schema/types';
import { can } from '@/lib/auth/authorize';
import { agencyStaff } from '@/lib/staff/request';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { bulkAction, deleteViewAction, saveViewAction, signOutAction } from './actions';
import { QueueFilters } from './_components/QueueFilters';
import { QueueTable } from './_components/QueueTable';
import { QueueViews } from './_components/QueueViews';
import { QueuePager } from './_components/QueuePager';
import { BulkControls } from './_components/BulkControls';
import { SaveViewForm } from './_components/SaveViewForm';
import { StaffBar } from './_components/StaffBar';
import { AdminNav } from './_components/AdminNav';
import { MovedNotice } from './_components/MovedNotice';
import { Shortcuts } from '@/components/staff/Shortcuts';

const VIEW_ERRORS = ['nameRequired', 'nameTooLong', 'nameTaken', 'tooMany'] as const;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const oneOf = <T extends string>(list: readonly T[], v: unknown) => list.find((k) => k === v);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requireStaff(locale); // metadata renders apart from the page: it checks too
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const raw = await searchParams;
  const error = isStaffErrorKey(raw.bulkError) || !!oneOf(VIEW_ERRORS, raw.viewError);
  return { title: await pageTitle(locale, t('queueTitle'), error), robots: { index: false } };
}

export default async function StaffQueuePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  const raw = await searchParams;
  const filters = readQueueFilters(raw);
  const now = new Date();
  const [queue, services, saved] = await Promise.all([
    listQueue(user, filters, now),
    servicesOfAgency(user.role === 'admin' ? null : user.agencyCode, locale),
    listSavedViews(user),
  ]);
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const query = queueQuery(filters);
  const view = queueQuery(filters, { page: false });
  // Only a known staff error key from the URL is shown (lib/staff/errors.ts).
  const bulkKey = isStaffErrorKey(raw.bulkError) ? raw.bulkError : undefined;
  const bulkField = oneOf(BULK_FIELDS, raw.bulkField) ?? 'picks';
  const bulkError = bulkKey ? { field: bulkField, message: tv(bulkKey) } : null;
  const viewKey = oneOf(VIEW_ERRORS, raw.viewError);
  const viewError = viewKey ? tq(`viewError.${viewKey}`) : null;
  const bulkDone = ['bulkDone', 'bulkChanged', 'bulkRefused'].map((k) =>
    typeof raw[k] === 'string' && /^\d{1,3}$/.test(raw[k]) ? Number(raw[k]) : null,
  );
  const selectAll = raw.select === 'all';
  // Supervisors assign within their agency; admins belong to none, so they assign one by one.
  const assignees =
    user.agencyCode && can(user, 'request.assign', user.agencyCode)
      ? await agencyStaff(user.agencyCode)
      : null;
  const errors = [
    ...(bulkError
      ? [
          {
            field: bulkField,
            href: bulkField === 'picks' ? '#bulk-heading' : `#${bulkField}`,
            message: bulkError.message,
          },
        ]
      : []),
    ...(viewError ? [{ field: 'viewName', href: '#viewName', message: viewError }] : []),
  ];
  const withSelect = (on: boolean) => {
    const q = new URLSearchParams(query);
    if (on) q.set('select', 'all');
    return queueHref(locale, q.toString());
  };
  const notice =
    bulkDone[0] !== null
      ? t('bulkResult', {
          done: bulkDone[0],
          changed: bulkDone[1] ?? 0,
          refused: bulkDone[2] ?? 0,
        })
      : raw.viewSaved === '1'
        ? tq('viewSaved')
        : raw.viewDeleted === '1'
          ? tq('viewDeleted')
          : null;
  return (
    <div className="layout-wide queue-page">
      <a className="skip-link" href="#results">
        {tq('skipToResults')}
      </a>
      <StaffBar locale={locale} user={user} signOut={signOutAction.bind(null, locale)} />
      <Shortcuts where="queue" />
      <div className="queue-admin">
        <AdminNav locale={locale} actor={user} />
      </div>
      <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
      <div className="queue-head">
        <h1>{t('queueTitle')}</h1>
        <QueueViews
          locale={locale}
          current={view}
          saved={saved}
          deleteAction={deleteViewAction.bind(null, locale)}
        />
      </div>
      {notice ? (
        <div className="notification-banner" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <MovedNotice locale={locale} moved={raw.moved} movedTo={raw.movedTo} />
      <QueueFilters
        locale={locale}
        filters={filters}
        services={services}
        open={!!viewError}
        saveForm={
          <SaveViewForm
            locale={locale}
            action={saveViewAction.bind(null, locale)}
            back={`?${view}`}
            error={viewError}
          />
        }
      />
      <ul className="queue-toolbar">
        <li>
          <h2 className="visually-hidden">{t('countsLabel')}</h2>
          <ul className="status-counts" aria-label={t('countsLabel')}>
            {REQUEST_STATUSES.map((s) => (
              <li key={s}>
                <a href={queueHref(locale, `status=${s}`)}>
                  {ts(s)}: <strong>{queue.counts[s]}</strong>
                </a>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <a href={`/${locale}/staff/export${query ? `?${query}` : ''}`} download>
            {tq('download')}
          </a>
        </li>
        {queue.rows.length ? (
          <li>
            <a href={withSelect(!selectAll)}>
              {selectAll ? tq('clearSelection') : tq('selectAll')}
            </a>
          </li>
        ) : null}
      </ul>
      {queue.rows.length ? (
        <form action={bulkAction.bind(null, locale)} aria-labelledby="bulk-heading">
          <input type="hidden" name="back" value={`?${query}`} />
          <BulkControls locale={locale} assignees={assignees} error={bulkError} />
          <QueueTable
            locale={locale}
            queue={queue}
            from={(filters.page - 1) * filters.size + 1}
            context={query}
            selectAll={selectAll}
            now={now}
          />
        </form>
      ) : (
        <p id="results" tabIndex={-1}>
          {t('queueEmpty')}
        </p>
      )}
      <QueuePager locale={locale} filters={filters} pages={queue.pages} />
    </div>
  );
}
