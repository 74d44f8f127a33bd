import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { adminGetUser, adminUserHistory, agencyChoices } from '@/lib/auth/users';
import { idFrom, requirePermission } from '../../_lib/guard';
import { errorCopy, roleFieldsCopy } from '../../_lib/copy';
import { AdminHeader } from '../../_components/AdminHeader';
import { Notice } from '../../_components/Notice';
import { changeRoleAction } from '../actions';
import { DisableSection } from './_components/DisableSection';
import { ResetSecondFactor } from './_components/ResetSecondFactor';
import { RoleForm } from './_components/RoleForm';
import { UserDetails } from './_components/UserDetails';
import { UserHistory } from './_components/UserHistory';
import { userText } from './_components/user-text';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ERROR_KEYS = [
  'staffUser.roleRequired',
  'staffUser.agencyRequired',
  'staffUser.agencyUnknown',
  'staffUser.notFound',
  'staffUser.ownRole',
] as const;

// The role form renders the <title> ("Error: …" while it shows errors).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission(await localeFrom(params), 'users.manage');
  return { robots: { index: false } };
}

/** One staff account: details, role change, disable, history. */
export default async function StaffUserPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'users.manage');
  const id = idFrom((await params).id);
  const [user, history, agencies] = await Promise.all([
    adminGetUser(actor, id),
    adminUserHistory(actor, id),
    agencyChoices(locale),
  ]);
  if (!user) notFound();
  const { done } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const format = await getFormatter({ locale });
  const text = await userText(locale, agencies);
  const self = user.id === actor.id;
  const title = t('userPageTitle', { name: user.name });
  return (
    <>
      <AdminHeader locale={locale} actor={actor} current="users" />
      <p>
        <a href={`/${locale}/staff/admin/users`}>{t('allUsersLink')}</a>
      </p>
      <RoleForm
        action={changeRoleAction.bind(null, locale, user.id)}
        initial={{ role: user.role, agencyCode: user.agencyCode ?? '' }}
        blocked={
          user.disabledAt
            ? t('disabledNote', { date: format.dateTime(user.disabledAt, { dateStyle: 'long' }) })
            : self
              ? t('ownRoleNote')
              : null
        }
        copy={{
          ...(await errorCopy(locale, ERROR_KEYS)),
          pageTitle: await pageTitle(locale, title),
          errorPageTitle: await pageTitle(locale, title, true),
          heading: t('roleHeading'),
          lead: t('roleLead'),
          submit: t('saveRole'),
          saved: t('roleSaved', { name: user.name }),
          unchanged: t('roleUnchanged'),
          roleFields: await roleFieldsCopy(locale, agencies),
        }}
        top={
          <>
            {done === 'created' || done === 'disabled' || done === 'secondFactorReset' ? (
              <Notice>
                <p>
                  {done === 'created'
                    ? t('createdBanner', { name: user.name })
                    : done === 'disabled'
                      ? t('disabledBanner', { name: user.name })
                      : t('resetBanner', { name: user.name })}
                </p>
              </Notice>
            ) : null}
            <UserDetails locale={locale} user={user} text={text} />
          </>
        }
        bottom={
          <>
            {user.totpEnabledAt && !user.disabledAt ? (
              <ResetSecondFactor locale={locale} userId={user.id} name={user.name} self={self} />
            ) : null}
            {user.disabledAt ? null : (
              <DisableSection locale={locale} userId={user.id} self={self} />
            )}
            <UserHistory locale={locale} history={history} text={text} />
          </>
        }
      />
    </>
  );
}
