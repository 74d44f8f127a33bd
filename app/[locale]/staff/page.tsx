import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { agencyName, servicesOfAgency } from '@/lib/services/queries';
import { readQueueFilters } from '@/lib/staff/queue-filters';
import { listQueue } from '@/lib/staff/queries';
import { REQUEST_STATUSES } from '@/db/schema/types';
import { can } from '@/lib/auth/authorize';
import { agencyStaff } from '@/lib/staff/request';
import { SelectField } from '@/components/form/SelectField';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { bulkAction, signOutAction } from './actions';
import { QueueFilters } from './_components/QueueFilters';
import { QueueTable } from './_components/QueueTable';
import { AdminNav } from './_components/AdminNav';
import { MovedNotice } from './_components/MovedNotice';

const BULK_ERRORS = ['triage.pickSome', 'triage.pickFewer', 'triage.assigneeInvalid'] as const;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requireStaff(locale); // metadata renders apart from the page: it checks too
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const { bulkError } = await searchParams;
  const error = BULK_ERRORS.some((k) => k === bulkError);
  return { title: await pageTitle(locale, t('queueTitle'), error), robots: { index: false } };
}

export default async function StaffQueuePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  const raw = await searchParams;
  const filters = readQueueFilters(raw);
  const [queue, services] = await Promise.all([
    listQueue(user, filters),
    servicesOfAgency(user.role === 'admin' ? null : user.agencyCode, locale),
  ]);
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tsec = await getTranslations({ locale, namespace: 'Security' });
  const role = { agent: t('roleAgent'), supervisor: t('roleSupervisor'), admin: t('roleAdmin') }[
    user.role
  ];
  const query = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) =>
      typeof v === 'string' && v && k !== 'page' && !/^(bulk|moved)/.test(k) ? [[k, v]] : [],
    ),
  );
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const bulkError = BULK_ERRORS.find((k) => k === raw.bulkError);
  const bulkDone = ['bulkDone', 'bulkChanged', 'bulkRefused'].map((k) =>
    typeof raw[k] === 'string' && /^\d{1,3}$/.test(raw[k]) ? Number(raw[k]) : null,
  );
  // Supervisors assign within their agency; admins belong to none, so they assign one by one.
  const assignees =
    user.agencyCode && can(user, 'request.assign', user.agencyCode)
      ? await agencyStaff(user.agencyCode)
      : null;
  const bulkControls = (
    <fieldset className="bulk-actions">
      <legend id="bulk-heading" className="fieldset-legend">
        {t('bulkLegend')}
      </legend>
      <div className="button-group">
        <button type="submit" name="intent" value="acknowledge" className="btn btn-primary">
          {t('bulkAcknowledge')}
        </button>
      </div>
      {assignees ? (
        <div className="bulk-assign">
          <SelectField
            name="assignee"
            label={t('bulkAssignee')}
            errorPrefix={tf('errorPrefix')}
            options={[
              { value: '', label: t('unassigned') },
              ...assignees.map((a) => ({ value: String(a.id), label: a.name })),
            ]}
          />
          <button type="submit" name="intent" value="assign" className="btn btn-outline-primary">
            {t('bulkAssign')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
  return (
    <div className="layout-wide">
      <div className="staff-bar">
        <p>
          {t('signedInAs', { name: user.name, role })} —{' '}
          {user.agencyCode
            ? t('agencyScope', { agency: await agencyName(user.agencyCode, locale) })
            : t('allAgencies')}
        </p>
        <p>
          <a href={`/${locale}/staff/security`}>{tsec('securityLink')}</a>
        </p>
        <form action={signOutAction.bind(null, locale)}>
          <button type="submit" className="btn btn-outline-primary">
            {t('signOut')}
          </button>
        </form>
      </div>
      <AdminNav locale={locale} actor={user} />
      {bulkError ? (
        <ErrorSummary
          title={tf('errorSummaryTitle')}
          errors={[{ field: 'bulk', href: '#bulk-heading', message: tv(bulkError) }]}
        />
      ) : null}
      <h1>{t('queueTitle')}</h1>
      <MovedNotice locale={locale} moved={raw.moved} movedTo={raw.movedTo} />
      {bulkDone[0] !== null ? (
        <div className="notification-banner" role="status">
          <p>
            {t('bulkResult', {
              done: bulkDone[0],
              changed: bulkDone[1] ?? 0,
              refused: bulkDone[2] ?? 0,
            })}
          </p>
        </div>
      ) : null}
      <h2 className="visually-hidden">{t('countsLabel')}</h2>
      <ul className="status-counts" aria-label={t('countsLabel')}>
        {REQUEST_STATUSES.map((s) => (
          <li key={s}>
            <a href={`/${locale}/staff?status=${s}`}>
              {ts(s)}: <strong>{queue.counts[s]}</strong>
            </a>
          </li>
        ))}
      </ul>
      <QueueFilters locale={locale} filters={filters} services={services} />
      <QueueTable
        locale={locale}
        queue={queue}
        page={filters.page}
        query={query}
        bulk={{ action: bulkAction.bind(null, locale), controls: bulkControls }}
      />
    </div>
  );
}
