'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';

/**
 * Links to the same page in each other language. A client component because the layout does
 * not re-render on client-side navigation; it still renders on the server, so the links work
 * without JavaScript.
 */
export function LocaleSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const query = useSearchParams()?.toString();
  const rest = pathname.replace(/^\/[^/]+/, '') + (query ? `?${query}` : '');
  return (
    <nav aria-label={label} className="locale-switcher">
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
