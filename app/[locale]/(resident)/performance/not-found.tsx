import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

/**
 * A period that is not one, has not begun, or ended before the records start (or an agency
 * with no report): a 404 that says so, rather than a page of zeros read as "no requests".
 */
export default async function PerformanceNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Performance' });
  const c = await getTranslations({ locale, namespace: 'Common' });
  return (
    <>
      <title>{c('titleSeparator', { page: t('notFoundTitle') })}</title>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={`/${locale}/performance`}>{t('notFoundLink')}</Link>
      </p>
    </>
  );
}
