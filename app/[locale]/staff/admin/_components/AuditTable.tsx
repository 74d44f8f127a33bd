import { getFormatter, getTranslations } from 'next-intl/server';

export type AuditRow = { id: number; at: Date; who: string; what: string; details: string[] };

/** Audit action → Admin message key. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'user.create': 'auditUserCreate',
  'user.role': 'auditUserRole',
  'user.disable': 'auditUserDisable',
  'user.secondFactor.enrol': 'auditSecondFactorEnrol',
  'user.secondFactor.reset': 'auditSecondFactorReset',
  'user.recoveryCode.use': 'auditRecoveryUse',
  'user.recoveryCode.renew': 'auditRecoveryRenew',
  'apiKey.create': 'auditApiKeyCreate',
  'apiKey.revoke': 'auditApiKeyRevoke',
};

/** An audit trail as a captioned data table, scrollable on its own at 320 px (WCAG 1.4.10). */
export async function AuditTable({
  locale,
  caption,
  region,
  empty,
  rows,
}: {
  locale: string;
  caption: string;
  region: string;
  empty: string;
  rows: AuditRow[];
}) {
  if (!rows.length) return <p>{empty}</p>;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const format = await getFormatter({ locale });
  return (
    <div className="table-scroll" role="region" aria-label={region} tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colWhen')}</th>
            <th scope="col">{t('colWho')}</th>
            <th scope="col">{t('colWhat')}</th>
            <th scope="col">{t('colDetails')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <time dateTime={r.at.toISOString()}>
                  {format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </th>
              <td>{r.who}</td>
              <td>{r.what}</td>
              <td>
                {r.details.length > 1 ? (
                  <ul className="link-list">
                    {r.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                ) : (
                  (r.details[0] ?? '—')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
