import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { targetFiscalYears, targetsForStaff } from '@/lib/targets/queries';
import { editableFiscalYears, fiscalYearFromParam } from '@/lib/targets/schema';
import { requirePermission } from '../admin/_lib/guard';
import { Notice } from '../admin/_components/Notice';
import { targetText } from './_lib/text';
import { TargetsTable } from './_components/TargetsTable';
import { YearSelector } from './_components/YearSelector';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Supervisors and admins only: others get "page not found" (see requirePermission). Metadata
// renders apart from the page, so it checks too.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requirePermission(locale, 'targets.edit');
  const t = await getTranslations({ locale, namespace: 'Targets' });
  return { title: await pageTitle(locale, t('title')), robots: { index: false } };
}

/** `?fy=2028`: one fiscal year's targets (the current year without it, or for a bad value). */
export default async function TargetsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'targets.edit');
  const raw = await searchParams;
  const now = new Date();
  const [current, next] = editableFiscalYears(now);
  const fy = fiscalYearFromParam(raw.fy, now) ?? current;
  const editable = fy === current || fy === next;
  const [rows, years, text] = await Promise.all([
    targetsForStaff(actor, fy, locale),
    targetFiscalYears(now),
    targetText(locale),
  ]);
  const t = await getTranslations({ locale, namespace: 'Targets' });
  const saved = rows.find((r) => r.serviceCode === raw.service);
  const done = raw.done === 'saved' || raw.done === 'unchanged' ? raw.done : null;
  return (
    <>
      <div className="staff-bar">
        <p>
          <a href={`/${locale}/staff`}>{t('backToQueue')}</a>
        </p>
      </div>
      {saved && done ? (
        <Notice>
          <p>
            {t(done === 'saved' ? 'savedBanner' : 'unchangedBanner', {
              service: saved.serviceName,
              fy,
            })}
          </p>
        </Notice>
      ) : null}
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <YearSelector
        locale={locale}
        years={years.includes(fy) ? years : [...years, fy].sort((a, b) => b - a)}
        selected={fy}
        current={current}
      />
      <h2>{t('yearHeading', { fy, start: text.yearStart(fy), end: text.yearEnd(fy) })}</h2>
      {editable ? null : <p className="inset">{t('pastYearNote', { fy })}</p>}
      <TargetsTable
        locale={locale}
        fiscalYear={fy}
        rows={rows}
        editable={editable}
        showAgency={actor.role === 'admin'}
        text={text}
      />
    </>
  );
}
