import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';

/**
 * Plain links to the same page in each other language: no JavaScript needed. The proxy
 * passes the current path and query in `x-brs-path`.
 */
export async function LocaleSwitcher({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Common' });
  const current = (await headers()).get('x-brs-path') ?? `/${locale}`;
  const rest = current.replace(/^\/[^/?]+/, '');
  return (
    <nav aria-label={t('languageNav')} className="locale-switcher">
      <ul>
        {locales
          .filter((l) => l !== locale)
          .map((l) => (
            <li key={l}>
              <a href={`/${l}${rest}`} hrefLang={l} lang={l}>
                {localeNames[l]}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
