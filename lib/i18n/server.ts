import 'server-only';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from './config';

/** Route params → a supported locale, or the not-found page. */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** "{page} – Baltimore Service Requests", in the page's language. */
export async function pageTitle(locale: Locale, page: string, error = false): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Common' });
  const title = t('titleSeparator', { page });
  return error ? t('errorTitlePrefix', { title }) : title;
}
