import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { CITY_TIME_ZONE } from '@/lib/metrics/fiscal-year';
import { defaultLocale, isLocale } from './config';
import { loadMessages } from './messages';

// The [locale] root segment gives the locale (next/root-params): no setRequestLocale needed.
export default getRequestConfig(async ({ locale: explicit }) => {
  const requested = explicit ?? (await rootLocale());
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Dates are shown as a Baltimore resident's calendar shows them.
    timeZone: CITY_TIME_ZONE,
  };
});
