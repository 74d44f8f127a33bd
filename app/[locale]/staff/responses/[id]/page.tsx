import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom } from '@/lib/i18n/server';
import { pickText } from '@/lib/i18n/localized';
import { cannedBodyValues } from '@/lib/staff/canned-fields';
import { cannedHistory, getCannedResponse } from '@/lib/staff/canned';
import { idFrom, requirePermission } from '../../admin/_lib/guard';
import { updateCannedAction } from '../actions';
import { ResponseForm } from '../_components/ResponseForm';
import { ResponseHistory } from '../_components/ResponseHistory';
import { ResponsesHeader } from '../_components/ResponsesHeader';
import { responseFormCopy, responsesPath } from '../_lib/copy';

type Props = { params: Promise<{ locale: string; id: string }> };

/** The response, or "not found" (also for another agency's: the page confirms nothing). */
async function load(params: Props['params']) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'responses.manage');
  const id = idFrom((await params).id);
  const row = await getCannedResponse(actor, id);
  if (!row) notFound();
  return { locale, actor, row };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await load(params);
  return { robots: { index: false } };
}

/** Edit a saved response's title and texts (its agency stays), with its history below. */
export default async function EditResponsePage({ params }: Props) {
  const { locale, actor, row } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const title = t('editTitle', { title: row.title });
  const history = (await cannedHistory(actor, row.id)) ?? [];
  return (
    <>
      <ResponsesHeader locale={locale} actor={actor} />
      <ResponseForm
        action={updateCannedAction.bind(null, locale, row.id)}
        copy={await responseFormCopy(locale, title, 'saveButton')}
        initial={{ agency: row.agencyCode, title: row.title, ...cannedBodyValues(row.body) }}
        agencies={null}
        cancelHref={responsesPath(locale)}
        labelledBy="response-heading"
      >
        <h1 id="response-heading">{title}</h1>
        <p>{t('agencyLine', { agency: pickText(row.agencyName, locale) })}</p>
      </ResponseForm>
      <ResponseHistory locale={locale} entries={history} />
    </>
  );
}
