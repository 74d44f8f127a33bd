import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { pageTitle } from '@/lib/i18n/server';
import { errorCopy } from '../../admin/_lib/copy';
import type { ResponseFormCopy } from '../_components/ResponseForm';

/** Every message the saved-response form can show (Validation `canned.*`). */
const ERROR_KEYS = [
  'canned.agencyRequired',
  'canned.titleRequired',
  'canned.titleTooLong',
  'canned.titleMarkup',
  'canned.bodyEnRequired',
  'canned.bodyEnTooLong',
  'canned.bodyEnMarkup',
  'canned.bodyEsTooLong',
  'canned.bodyEsMarkup',
  'canned.notFound',
] as const;

/** The form's words, translated on the server (the form is a client component). */
export async function responseFormCopy(
  locale: Locale,
  title: string,
  submit: 'createButton' | 'saveButton',
): Promise<ResponseFormCopy> {
  const t = await getTranslations({ locale, namespace: 'Responses' });
  return {
    ...(await errorCopy(locale, ERROR_KEYS)),
    pageTitle: await pageTitle(locale, title),
    errorPageTitle: await pageTitle(locale, title, true),
    agency: t('agencyLabel'),
    agencyHint: t('agencyHint'),
    title: t('titleLabel'),
    titleHint: t('titleHint'),
    bodyEn: t('bodyEnLabel'),
    bodyEnHint: t('bodyEnHint'),
    bodyEs: t('bodyEsLabel'),
    bodyEsHint: t('bodyEsHint'),
    submit: t(submit),
    cancel: t('cancel'),
  };
}

export const responsesPath = (locale: string) => `/${locale}/staff/responses`;
