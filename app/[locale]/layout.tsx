import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, localeDir } from '@/lib/i18n/config';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { DevAxe } from '@/components/layout/DevAxe';
import { ErrorCopyProvider } from '@/components/layout/ErrorCopy';
import { THEME_COLOR } from '@/lib/site/web-manifest';
import '@/styles/vendor/sgds.css';
import '@/styles/globals.css';

/**
 * Every page renders per request: each response carries a fresh CSP nonce (see proxy.ts) and
 * most read the database. Said here once for every page below, so `next build` never tries to
 * prerender one (it would open the database; lib/db refuses during the build).
 */
export const dynamic = 'force-dynamic';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOR,
};

/**
 * The icons (favicon.ico, icon.svg, apple-icon.png) are Next's metadata files in app/, linked
 * from every page; the manifest and the name under a home-screen icon follow the page's language.
 */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Common' });
  return {
    manifest: `/${locale}/manifest.webmanifest`,
    // Safari on iOS names a home-screen icon from this first. Not "capable": like the
    // manifest's minimal-ui, it opens with the browser's back button.
    appleWebApp: { title: t('appShortName'), capable: false },
  };
}

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
  const to = await getTranslations({ locale, namespace: 'Outage' });
  const errorCopy = {
    title: t('errorTitle'),
    body: t('errorBody'),
    tryAgain: t('tryAgain'),
    outage: {
      title: to('title'),
      happened: to('happened'),
      nothingLost: to('nothingLost'),
      tryLater: to('tryLater'),
      retry: to('retry'),
    },
  };
  return (
    <html lang={locale} dir={localeDir(locale)}>
      <body>
        <a className="skip-link" href="#main-content">
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        {/* tabIndex lets the skip link and error summaries move focus here in every browser. */}
        <main id="main-content" tabIndex={-1} className="page-width">
          <ErrorCopyProvider copy={errorCopy}>{children}</ErrorCopyProvider>
        </main>
        <SiteFooter locale={locale} />
        {process.env.NODE_ENV === 'development' ? <DevAxe /> : null}
      </body>
    </html>
  );
}
