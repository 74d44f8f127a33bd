import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/lib/i18n/config';
import { webManifest } from '@/lib/site/web-manifest';

// Built once per locale at build time (it needs no database); other paths are not found.
export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** /en/manifest.webmanifest, /es/manifest.webmanifest: linked from every page of that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Common' });
  const home = await getTranslations({ locale, namespace: 'Home' });
  const manifest = webManifest(locale, {
    name: t('serviceName'),
    shortName: t('appShortName'),
    description: home('lead'),
  });
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
