import enCommon from '@/locales/en/Common.json';
import esCommon from '@/locales/es/Common.json';
import type { Locale } from '@/lib/i18n/config';
import { plainPage } from './plain-page';

const copy: Record<Locale, typeof enCommon> = { en: enCommon, es: esCommon };

/**
 * A page address with a NUL (`%00`) anywhere: no page or search can mean it, and PostgreSQL
 * text cannot hold it (it reached the database as a 500). Refused by the proxy with a 400.
 */
export function isBadAddress(url: string): boolean {
  return /%00/i.test(url);
}

export function badAddressResponse(locale: Locale): Response {
  const t = copy[locale];
  return plainPage(locale, 400, {
    title: t.badAddressTitle,
    paragraphs: [t.notFoundBody],
    link: { href: `/${locale}`, text: t.notFoundHome },
  });
}
