import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { agencyName } from '@/lib/services/queries';
import { signOutAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requireStaff(locale); // metadata renders apart from the page: it checks too
  const t = await getTranslations({ locale, namespace: 'Staff' });
  return { title: await pageTitle(locale, t('consoleTitle')), robots: { index: false } };
}

export default async function StaffHome({ params }: Props) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const role = { agent: t('roleAgent'), supervisor: t('roleSupervisor'), admin: t('roleAdmin') }[
    user.role
  ];
  return (
    <>
      <h1>{t('consoleTitle')}</h1>
      <p>{t('signedInAs', { name: user.name, role })}</p>
      <p>
        {user.agencyCode
          ? t('agencyScope', { agency: await agencyName(user.agencyCode, locale) })
          : t('allAgencies')}
      </p>
      <form action={signOutAction.bind(null, locale)}>
        <button type="submit" className="btn btn-outline-primary">
          {t('signOut')}
        </button>
      </form>
    </>
  );
}
