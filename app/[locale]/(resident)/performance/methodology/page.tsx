import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { TABLES, csvColumnsOf } from '@/lib/metrics/open-data';
import { WhereColumns, WhereMethod } from '../_components/WhereMethod';
import { requestCsvColumns } from '@/lib/metrics/request-level';
import { defined } from '@/lib/metrics/open-data-definitions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Performance' });
  return { title: await pageTitle(locale, t('methodologyTitle')) };
}

const SECTIONS = [
  ['periodsHeading', ['periods']],
  ['countsHeading', ['counts']],
  ['timeHeading', ['time', 'holidays']],
  ['onTimeHeading', ['onTime', 'attainment']],
  ['closuresHeading', ['closures', 'reclassified']],
  ['satisfactionHeading', ['satisfaction']],
  ['digitalHeading', ['digital']],
  ['targetsHeading', ['targets']],
  ['updatesHeading', ['updates']],
  ['requestsHeading', ['requests', 'requestsPrivacy']],
] as const;

/** The definitions behind every figure, in words, and every download's columns (OpenData messages). */
export default async function MethodologyPage({ params }: Props) {
  const locale = await localeFrom(params);
  const [t, td] = await Promise.all([
    getTranslations({ locale, namespace: 'Performance' }),
    getTranslations({ locale, namespace: 'OpenData' }),
  ]);
  const tableName = {
    agencies: 'tableAgencies',
    services: 'tableServices',
    months: 'tableMonths',
    requests: 'tableRequests',
  } as const;
  // The request-level dataset's columns (their definitions need no period or time).
  const columns = (table: keyof typeof tableName) =>
    table === 'requests' ? requestCsvColumns('', new Date(0)) : csvColumnsOf(table);
  return (
    <>
      <p>
        <a href={`/${locale}/performance`}>{t('title')}</a>
      </p>
      <h1>{t('methodologyTitle')}</h1>
      <p>{t('method.lead')}</p>
      {SECTIONS.map(([heading, paragraphs]) => (
        <section key={heading} aria-labelledby={heading}>
          <h2 id={heading}>{t(`method.${heading}`)}</h2>
          {paragraphs.map((p) => (
            <p key={p}>{t(`method.${p}`)}</p>
          ))}
        </section>
      ))}
      <WhereMethod locale={locale} />
      <h2>{t('method.columnsHeading')}</h2>
      {[...TABLES, 'requests' as const].map((table) => {
        const caption = t('method.columnsCaption', { table: t(tableName[table]) });
        return (
          <div
            key={table}
            className="table-scroll"
            role="region"
            aria-label={t('tableRegion', { caption })}
            tabIndex={0}
          >
            {/* On a phone each column's definition stacks under its name (styles: .table--stack). */}
            <table className="table table--stack">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('method.colColumn')}</th>
                  <th scope="col">{t('method.colDefinition')}</th>
                </tr>
              </thead>
              <tbody>
                {columns(table).map((c) => (
                  <tr key={c.key}>
                    <th scope="row">
                      <code>{c.key}</code>
                    </th>
                    <td>{defined(td, c.definition)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <WhereColumns locale={locale} />
    </>
  );
}
