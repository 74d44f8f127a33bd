import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { pageTitle } from '@/lib/i18n/server';

/**
 * A survey link that matches nothing (wrong or cut-off token, unknown request): said plainly,
 * with a way on, and nothing about whether the request exists.
 */
export default async function SurveyNotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : 'en';
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  return (
    <>
      <title>{await pageTitle(locale, t('invalidTitle'))}</title>
      <h1>{t('invalidTitle')}</h1>
      <p>{t('invalidBody')}</p>
      <p>{t('invalidHelp')}</p>
      <p>
        <Link href={`/${locale}/requests`}>{t('findLink')}</Link>
      </p>
    </>
  );
}
