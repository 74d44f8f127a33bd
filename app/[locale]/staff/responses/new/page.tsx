import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom } from '@/lib/i18n/server';
import { agencyChoices } from '@/lib/auth/users';
import { cannedBodyValues } from '@/lib/staff/canned-fields';
import { requirePermission } from '../../admin/_lib/guard';
import { createCannedAction } from '../actions';
import { ResponseForm } from '../_components/ResponseForm';
import { ResponsesHeader } from '../_components/ResponsesHeader';
import { responseFormCopy, responsesPath } from '../_lib/copy';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The form renders the <title> ("Error: …" while it shows errors); metadata checks access too.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission(await localeFrom(params), 'responses.manage');
  return { robots: { index: false } };
}

/** Add a saved response. Admins choose the agency (`?agency=` preselects it); supervisors' is theirs. */
export default async function NewResponsePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'responses.manage');
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const { agency } = await searchParams;
  const agencies =
    actor.role === 'admin'
      ? [
          { value: '', label: t('agencyChoose') },
          ...(await agencyChoices(locale)).map((a) => ({ value: a.code, label: a.name })),
        ]
      : null;
  const preselected =
    typeof agency === 'string' && agencies?.some((a) => a.value === agency) ? agency : '';
  return (
    <>
      <ResponsesHeader locale={locale} actor={actor} />
      <ResponseForm
        action={createCannedAction.bind(null, locale)}
        copy={await responseFormCopy(locale, t('newTitle'), 'createButton')}
        initial={{ agency: preselected, title: '', ...cannedBodyValues({ en: '' }) }}
        agencies={agencies}
        cancelHref={responsesPath(locale)}
        labelledBy="response-heading"
      >
        <h1 id="response-heading">{t('newTitle')}</h1>
      </ResponseForm>
    </>
  );
}
