import { getTranslations } from 'next-intl/server';
import { PLACE_TABLES, placeCsvColumnsOf } from '@/lib/metrics/open-data-places';
import { defined } from '@/lib/metrics/open-data-definitions';

const PARAGRAPHS = ['places', 'plan', 'perCapita', 'zips', 'sources'] as const;

/** The methodology's equity note: how places are assigned, what rates mean, the sources. */
export async function WhereMethod({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'Where' });
  return (
    <section aria-labelledby="where">
      <h2 id="where">{t('method.heading')}</h2>
      {PARAGRAPHS.map((p) => (
        <p key={p}>{t(`method.${p}`)}</p>
      ))}
    </section>
  );
}

/** The column definitions of the districts and zips downloads, in the reader's language. */
export async function WhereColumns({ locale }: { locale: string }) {
  const [t, tp, td] = await Promise.all([
    getTranslations({ locale, namespace: 'Where' }),
    getTranslations({ locale, namespace: 'Performance' }),
    getTranslations({ locale, namespace: 'OpenData' }),
  ]);
  return PLACE_TABLES.map((table) => {
    const caption = t('method.columnsCaption', {
      table: t(table === 'districts' ? 'tableDistricts' : 'tableZips'),
    });
    return (
      <div
        key={table}
        className="table-scroll"
        role="region"
        aria-label={tp('tableRegion', { caption })}
        tabIndex={0}
      >
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{tp('method.colColumn')}</th>
              <th scope="col">{tp('method.colDefinition')}</th>
            </tr>
          </thead>
          <tbody>
            {placeCsvColumnsOf(table).map((c) => (
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
  });
}
