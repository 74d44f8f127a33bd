import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { CITY_TIME_ZONE } from '@/lib/metrics/fiscal-year';
import { defaultLocale, isLocale } from './config';
import { formatLocale, routeLocaleOf } from './format-locale';
import { loadMessages } from './messages';

/**
 * The [locale] root segment gives the locale (next/root-params): no setRequestLocale needed.
 *
 * next-intl formats numbers, dates and ICU messages (`#`, `{n, number}`) in the config's `locale`,
 * and has no separate formatting locale (amannn/next-intl#653, #949). So the config answers in
 * two ways (each cached apart by next-intl, keyed by the explicit locale):
 * - no explicit locale (`getLocale()`, which not-found pages build links from): the route locale,
 *   `es`, unchanged;
 * - an explicit one (`getTranslations({ locale, namespace })`, `getFormatter({ locale })`, which
 *   is how every page here asks): the formatting locale, `es-US` (lib/i18n/format-locale.ts),
 *   with the route locale's messages. Plural rules are the language's, so they do not change.
 * Everything renders on the server (no NextIntlClientProvider), so the browser cannot disagree.
 */
export default getRequestConfig(async ({ locale: explicit }) => {
  const requested = explicit === undefined ? await rootLocale() : routeLocaleOf(explicit);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale: explicit === undefined ? locale : formatLocale(locale),
    messages: await loadMessages(locale),
    // Dates are shown as a Baltimore resident's calendar shows them.
    timeZone: CITY_TIME_ZONE,
  };
});
