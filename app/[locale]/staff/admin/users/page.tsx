import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { adminListUsers, agencyChoices, secondFactorForAll } from '@/lib/auth/users';
import { requirePermission } from '../_lib/guard';
import { errorCopy, roleFieldsCopy } from '../_lib/copy';
import { AdminHeader } from '../_components/AdminHeader';
import { createUserAction } from './actions';
import { CreateUserForm } from './_components/CreateUserForm';
import { UsersTable } from './_components/UsersTable';
import { SecondFactorPolicy } from './_components/SecondFactorPolicy';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Every message the create form can show. */
const ERROR_KEYS = [
  'staffUser.nameRequired',
  'staffUser.nameTooLong',
  'staffUser.emailRequired',
  'staffUser.emailFormat',
  'staffUser.emailTaken',
  'staffUser.roleRequired',
  'staffUser.agencyRequired',
  'staffUser.agencyUnknown',
  'staffUser.passwordRequired',
  'password.tooShort',
  'password.tooLong',
  'password.common',
] as const;

// The form renders the <title> ("Error: …" while it shows errors); metadata checks access too,
// as it renders apart from the page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission(await localeFrom(params), 'users.manage');
  return { robots: { index: false } };
}

export default async function StaffUsersPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'users.manage');
  const [users, agencies, forAll] = await Promise.all([
    adminListUsers(actor),
    agencyChoices(locale),
    secondFactorForAll(),
  ]);
  const { done } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <AdminHeader locale={locale} actor={actor} current="users" />
      <CreateUserForm
        action={createUserAction.bind(null, locale)}
        copy={{
          ...(await errorCopy(locale, ERROR_KEYS)),
          pageTitle: await pageTitle(locale, t('usersTitle')),
          errorPageTitle: await pageTitle(locale, t('usersTitle'), true),
          heading: t('createHeading'),
          name: t('nameLabel'),
          email: t('emailLabel'),
          emailHint: t('emailHint'),
          password: t('passwordLabel'),
          passwordHint: t('passwordHint'),
          submit: t('createButton'),
          roleFields: await roleFieldsCopy(locale, agencies),
        }}
      >
        <h1>{t('usersTitle')}</h1>
        <p>{t('usersLead')}</p>
        <UsersTable
          locale={locale}
          users={users}
          agencyNames={new Map(agencies.map((a) => [a.code, a.name]))}
        />
        <SecondFactorPolicy
          locale={locale}
          forAll={forAll}
          done={done === 'policyOn' || done === 'policyOff' ? done : null}
        />
      </CreateUserForm>
    </>
  );
}
