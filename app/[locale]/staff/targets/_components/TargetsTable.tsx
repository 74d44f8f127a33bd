import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { StaffTargetRow } from '@/lib/targets/queries';
import { targetEditPath } from '@/lib/targets/paths';
import type { TargetText } from '../_lib/text';

/**
 * The services' targets for one fiscal year, each with a link to its page: "Edit" for a year that
 * can still be changed, "View" (with the history) for one that has ended.
 */
export async function TargetsTable({
  locale,
  fiscalYear,
  rows,
  editable,
  showAgency,
  text,
}: {
  locale: string;
  fiscalYear: number;
  rows: StaffTargetRow[];
  editable: boolean;
  showAgency: boolean;
  text: TargetText;
}) {
  const t = await getTranslations({ locale, namespace: 'Targets' });
  if (!rows.length) return <p>{t('noServices')}</p>;
  const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
  return (
    <div className="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
      <table className="table">
        <caption>{t('tableCaption', { fy: fiscalYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colService')}</th>
            {showAgency ? <th scope="col">{t('colAgency')}</th> : null}
            <th scope="col">{t('colTime')}</th>
            <th scope="col">{t('colOnTime')}</th>
            <th scope="col">{t('colSatisfaction')}</th>
            <th scope="col">{t('colSet')}</th>
            <th scope="col">{t('colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = (
              <span lang={r.serviceNameLang === locale ? undefined : r.serviceNameLang}>
                {r.serviceName}
              </span>
            );
            const { target } = r;
            return (
              <tr key={r.serviceCode}>
                <th scope="row">{name}</th>
                {showAgency ? <td>{r.agencyName}</td> : null}
                <td>{target ? text.days(target.daysToClose, target.dayType) : t('notSet')}</td>
                <td>{target ? text.pct(target.onTimeGoalPct) : '—'}</td>
                <td>{target ? text.pct(target.satisfactionGoalPct) : '—'}</td>
                <td>{target ? text.set(target) : '—'}</td>
                <td>
                  <a href={targetEditPath(locale, fiscalYear, r.serviceCode)}>
                    {t.rich(editable ? 'editLink' : 'viewLink', {
                      service: r.serviceName,
                      hidden,
                    })}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
