import type { Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, localeDir } from '@/lib/i18n/config';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { DevAxe } from '@/components/layout/DevAxe';
import '@/styles/vendor/sgds.css';
import '@/styles/globals.css';

/**
 * Every page renders per request: each response carries a fresh CSP nonce (see proxy.ts) and
 * most read the database. Said here once for every page below, so `next build` never tries to
 * prerender one (it would open the database; lib/db refuses during the build).
 */
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <html lang={locale} dir={localeDir(locale)}>
      <body>
        <a className="skip-link" href="#main-content">
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        {/* tabIndex lets the skip link and error summaries move focus here in every browser. */}
        <main id="main-content" tabIndex={-1} className="page-width">
          {children}
        </main>
        <SiteFooter locale={locale} />
        {process.env.NODE_ENV === 'development' ? <DevAxe /> : null}
      </body>
    </html>
  );
}
