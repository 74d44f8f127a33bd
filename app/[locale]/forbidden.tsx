import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

/**
 * What `forbidden()` shows: a signed-in member of staff posted an action their role does not
 * allow (a forged form: the pages offer it only to those who may). Nothing was changed.
 */
export default async function Forbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <>
      <title>{t('titleSeparator', { page: t('forbiddenTitle') })}</title>
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p>
        <Link href={`/${locale}`}>{t('notFoundHome')}</Link>
      </p>
    </>
  );
}
