import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <footer className="site-footer">
      <div className="page-width">
        <p>
          {t.rich('footerCall311', {
            phone: (chunks) => <a href="tel:311">{chunks}</a>,
            // A phone number keeps its left-to-right digit groups in an Arabic sentence.
            outside: (chunks) => (
              <a href="tel:+14103962489" dir="ltr">
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>
          <strong>{t('emergency')}</strong>
        </p>
        <ul className="site-footer__links">
          <li>
            {/* A page load, not a client-side navigation: the page's tables come only with
                its HTML (performance/_components/ServerHtml.tsx). */}
            <a href={`/${locale}/performance`}>{t('performanceLink')}</a>
          </li>
          <li>
            <Link href={`/${locale}/accessibility`}>{t('accessibilityLink')}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
