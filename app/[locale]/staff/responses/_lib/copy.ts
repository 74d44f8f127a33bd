import 'server-only';
import { getTranslations } from 'next-intl/server';
import { localeDir, type Locale } from '@/lib/i18n/config';
import { CANNED_BODIES } from '@/lib/staff/canned-fields';
import { pageTitle } from '@/lib/i18n/server';
import { errorCopy } from '../../admin/_lib/copy';
import type { ResponseFormCopy } from '../_components/ResponseForm';
import { languageNames } from './language-names';

/** Every message the saved-response form can show (Validation `canned.*`). */
const ERROR_KEYS = [
  'canned.agencyRequired',
  'canned.titleRequired',
  'canned.titleTooLong',
  'canned.titleMarkup',
  'canned.notFound',
] as const;
/** The body messages, said once per language box ({language}). */
const BODY_ERROR_KEYS = ['canned.bodyRequired', 'canned.bodyTooLong', 'canned.bodyMarkup'] as const;

/** The form's words, translated on the server (the form is a client component). */
export async function responseFormCopy(
  locale: Locale,
  title: string,
  submit: 'createButton' | 'saveButton',
): Promise<ResponseFormCopy> {
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const nameOf = languageNames(locale);
  const bodies = CANNED_BODIES.map(({ locale: lang, field, required }) => {
    const language = nameOf(lang);
    return {
      field,
      lang,
      dir: localeDir(lang),
      label: t(required ? 'bodyLabel' : 'bodyOptionalLabel', { language }),
      hint: required ? t('bodyFallbackHint') : t('bodyOptionalHint', { language }),
      errors: Object.fromEntries(BODY_ERROR_KEYS.map((k) => [k, tv(k, { language })])),
    };
  });
  return {
    ...(await errorCopy(locale, ERROR_KEYS)),
    pageTitle: await pageTitle(locale, title),
    errorPageTitle: await pageTitle(locale, title, true),
    agency: t('agencyLabel'),
    agencyHint: t('agencyHint'),
    title: t('titleLabel'),
    titleHint: t('titleHint'),
    bodies,
    submit: t(submit),
    cancel: t('cancel'),
  };
}

export const responsesPath = (locale: string) => `/${locale}/staff/responses`;
