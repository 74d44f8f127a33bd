import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { agencyChoices } from '@/lib/auth/users';
import { listCannedResponses } from '@/lib/staff/canned';
import { requirePermission } from '../admin/_lib/guard';
import { Notice } from '../admin/_components/Notice';
import { ResponsesHeader } from './_components/ResponsesHeader';
import { ResponsesTable } from './_components/ResponsesTable';
import { AgencyFilter } from './_components/AgencyFilter';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Supervisors and admins only: others get "page not found" (requirePermission). Metadata
// renders apart from the page, so it checks too.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requirePermission(locale, 'responses.manage');
  const t = await getTranslations({ locale, namespace: 'Responses' });
  return { title: await pageTitle(locale, t('title')), robots: { index: false } };
}

/** An agency's saved responses; admins see every agency's, or one's (`?agency=DOT`). */
export default async function ResponsesPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'responses.manage');
  const raw = await searchParams;
  const isAdmin = actor.role === 'admin';
  const agencies = isAdmin ? await agencyChoices(locale) : [];
  const agency =
    isAdmin && typeof raw.agency === 'string' && agencies.some((a) => a.code === raw.agency)
      ? raw.agency
      : undefined;
  const rows = await listCannedResponses(actor, agency);
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const done = typeof raw.done === 'string' ? raw.done : null;
  const named = rows.find((r) => String(r.id) === raw.id);
  const banner =
    done === 'deleted'
      ? t('doneDeleted')
      : named && done === 'created'
        ? t('doneCreated', { title: named.title })
        : named && done === 'saved'
          ? t('doneSaved', { title: named.title })
          : null;
  const newHref = `/${locale}/staff/responses/new${agency ? `?agency=${encodeURIComponent(agency)}` : ''}`;
  return (
    <>
      <ResponsesHeader locale={locale} actor={actor} />
      {banner ? (
        <Notice>
          <p>{banner}</p>
        </Notice>
      ) : null}
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      {isAdmin ? <p>{t('adminLead')}</p> : null}
      <p>
        <a href={newHref} className="btn btn-primary">
          {t('addLink')}
        </a>
      </p>
      {isAdmin ? <AgencyFilter locale={locale} agencies={agencies} selected={agency} /> : null}
      {rows.length ? (
        <ResponsesTable locale={locale} rows={rows} showAgency={isAdmin && !agency} />
      ) : (
        <p>{t('empty')}</p>
      )}
    </>
  );
}
