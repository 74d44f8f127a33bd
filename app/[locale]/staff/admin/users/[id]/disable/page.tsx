import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { adminGetUser } from '@/lib/auth/users';
import { idFrom, requirePermission } from '../../../_lib/guard';
import { disableUserAction } from '../../actions';

type Props = { params: Promise<{ locale: string; id: string }> };

/** The account to disable, or null when there is nothing to confirm (own or disabled account). */
async function target({ params }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'users.manage');
  const user = await adminGetUser(actor, idFrom((await params).id));
  if (!user) notFound();
  return { locale, user: user.id === actor.id || user.disabledAt ? null : user, id: user.id };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, user } = await target(props);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return {
    title: user ? await pageTitle(locale, t('confirmDisableTitle', { name: user.name })) : null,
    robots: { index: false },
  };
}

/** "Are you sure?" as a page of its own (GOV.UK): a plain POST form, no JavaScript needed. */
export default async function DisableStaffUserPage(props: Props) {
  const { locale, user, id } = await target(props);
  const back = `/${locale}/staff/admin/users/${id}`;
  // The account's page explains why it cannot be disabled (own account, already disabled).
  if (!user) redirect(back);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <h1>{t('confirmDisableTitle', { name: user.name })}</h1>
      <p>{t('confirmDisableBody', { name: user.name })}</p>
      <form action={disableUserAction.bind(null, locale, user.id)} className="button-group">
        <button type="submit" className="btn btn-danger">
          {t('confirmDisableButton')}
        </button>
        <a href={back}>{t('cancel')}</a>
      </form>
    </>
  );
}
