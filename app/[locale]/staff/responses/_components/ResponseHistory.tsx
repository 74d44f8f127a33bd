import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditEntry } from '@/lib/audit/queries';

const WHAT = {
  'cannedResponse.create': 'historyCreate',
  'cannedResponse.update': 'historyUpdate',
  'cannedResponse.delete': 'historyDelete',
} as const;

/** Who added and changed a saved response, and when (its audit trail). */
export async function ResponseHistory({
  locale,
  entries,
}: {
  locale: string;
  entries: AuditEntry[];
}) {
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const format = await getFormatter({ locale });
  return (
    <>
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="history-heading" tabIndex={0}>
        <table className="table">
          <caption>{t('historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colWhen')}</th>
              <th scope="col">{t('colWho')}</th>
              <th scope="col">{t('colWhat')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at.toISOString()}>
                    {format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </td>
                <td>{e.actorName ?? t('system')}</td>
                <td>{t(WHAT[e.action as keyof typeof WHAT] ?? 'historyUpdate')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
