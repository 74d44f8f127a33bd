import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { getCannedResponse } from '@/lib/staff/canned';
import { idFrom, requirePermission } from '../../../admin/_lib/guard';
import { deleteCannedAction } from '../../actions';
import { responsesPath } from '../../_lib/copy';

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(params: Props['params']) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'responses.manage');
  const row = await getCannedResponse(actor, idFrom((await params).id));
  if (!row) notFound();
  return { locale, row };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, row } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Responses' });
  return {
    title: await pageTitle(locale, t('deleteTitle', { title: row.title })),
    robots: { index: false },
  };
}

/** "Are you sure?" as a page of its own (GOV.UK): a plain POST form, no JavaScript needed. */
export default async function DeleteResponsePage({ params }: Props) {
  const { locale, row } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Responses' });
  return (
    <>
      <div className="staff-bar">
        <p>
          <a href={responsesPath(locale)}>{t('title')}</a>
        </p>
      </div>
      <h1>{t('deleteTitle', { title: row.title })}</h1>
      <p>{t('deleteBody')}</p>
      <form action={deleteCannedAction.bind(null, locale, row.id)} className="button-group">
        <button type="submit" className="btn btn-danger">
          {t('deleteButton')}
        </button>
        <a href={responsesPath(locale)}>{t('cancel')}</a>
      </form>
    </>
  );
}
