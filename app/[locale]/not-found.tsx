import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <>
      <title>{t('titleSeparator', { page: t('notFoundTitle') })}</title>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={`/${locale}`}>{t('notFoundHome')}</Link>
      </p>
    </>
  );
}
