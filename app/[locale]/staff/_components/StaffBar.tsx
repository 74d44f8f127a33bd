import { getTranslations } from 'next-intl/server';
import type { StaffUser } from '@/lib/auth/sessions';
import { agencyName } from '@/lib/services/queries';
import { shortcutKey } from '@/lib/staff/shortcuts';

/**
 * Who is signed in, in one line. The role is its own item ("Role: supervisor"), not in
 * brackets after the name: a name that already ends in "(supervisor)" read "(supervisor)
 * (supervisor)" before.
 */
export async function StaffBar({
  locale,
  user,
  signOut,
}: {
  locale: string;
  user: StaffUser;
  signOut: () => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const tsec = await getTranslations({ locale, namespace: 'Security' });
  const tk = await getTranslations({ locale, namespace: 'Shortcuts' });
  const role = { agent: t('roleAgent'), supervisor: t('roleSupervisor'), admin: t('roleAdmin') }[
    user.role
  ];
  return (
    <div className="staff-bar">
      <ul className="staff-bar__who">
        <li>{tq('signedInAs', { name: user.name })}</li>
        <li>{tq('roleIs', { role })}</li>
        <li>
          {user.agencyCode
            ? t('agencyScope', { agency: await agencyName(user.agencyCode, locale) })
            : t('allAgencies')}
        </li>
      </ul>
      <a href={`/${locale}/staff/security`}>{tsec('securityLink')}</a>
      <a href={`/${locale}/staff/shortcuts`} data-shortcut={shortcutKey('help')}>
        {tk('link')}
      </a>
      <form action={signOut}>
        <button type="submit" className="btn btn-outline-primary btn-sm">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
