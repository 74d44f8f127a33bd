import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { agencyName, servicesOfAgency } from '@/lib/services/queries';
import { readQueueFilters } from '@/lib/staff/queue-filters';
import { listQueue } from '@/lib/staff/queries';
import { REQUEST_STATUSES } from '@/db/schema/types';
import { signOutAction } from './actions';
import { QueueFilters } from './_components/QueueFilters';
import { QueueTable } from './_components/QueueTable';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requireStaff(locale); // metadata renders apart from the page: it checks too
  const t = await getTranslations({ locale, namespace: 'Staff' });
  return { title: await pageTitle(locale, t('queueTitle')), robots: { index: false } };
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
  const role = { agent: t('roleAgent'), supervisor: t('roleSupervisor'), admin: t('roleAdmin') }[
    user.role
  ];
  const query = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) =>
      typeof v === 'string' && v && k !== 'page' ? [[k, v]] : [],
    ),
  );
  return (
    <>
      <div className="staff-bar">
        <p>
          {t('signedInAs', { name: user.name, role })} —{' '}
          {user.agencyCode
            ? t('agencyScope', { agency: await agencyName(user.agencyCode, locale) })
            : t('allAgencies')}
        </p>
        <form action={signOutAction.bind(null, locale)}>
          <button type="submit" className="btn btn-outline-primary">
            {t('signOut')}
          </button>
        </form>
      </div>
      <h1>{t('queueTitle')}</h1>
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
      <QueueTable locale={locale} queue={queue} page={filters.page} query={query} />
    </>
  );
}
