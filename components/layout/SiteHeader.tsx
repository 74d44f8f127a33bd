import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { LocaleSwitcher } from './LocaleSwitcher';

/** Not sticky: a sticky bar can hide the focused element (WCAG 2.4.11). */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <header className="site-header">
      <div className="masthead">
        <div className="page-width">{t('masthead')}</div>
      </div>
      <div className="page-width site-header__bar">
        <Link href={`/${locale}`} className="site-header__name">
          {t('serviceName')}
        </Link>
        <LocaleSwitcher locale={locale} label={t('languageNav')} />
      </div>
    </header>
  );
}
