import { getTranslations } from 'next-intl/server';
import type { StaffUserSummary } from '@/lib/auth/users';

/** Every staff account; each name links to the account's page (role, disable, history). */
export async function UsersTable({
  locale,
  users,
  agencyNames,
}: {
  locale: string;
  users: StaffUserSummary[];
  agencyNames: Map<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const role = { agent: t('roleAgent'), supervisor: t('roleSupervisor'), admin: t('roleAdmin') };
  return (
    <div className="table-scroll" role="region" aria-label={t('usersTableRegion')} tabIndex={0}>
      <table className="table">
        <caption>{t('usersCaption', { count: users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colEmail')}</th>
            <th scope="col">{t('colRole')}</th>
            <th scope="col">{t('colAgency')}</th>
            <th scope="col">{t('colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <a href={`/${locale}/staff/admin/users/${u.id}`}>{u.name}</a>
              </th>
              <td>{u.email}</td>
              <td>{role[u.role]}</td>
              <td>
                {u.agencyCode ? (agencyNames.get(u.agencyCode) ?? u.agencyCode) : t('allAgencies')}
              </td>
              <td>
                {u.disabledAt ? (
                  <strong className="tag tag--overdue">{t('statusDisabled')}</strong>
                ) : (
                  t('statusActive')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
