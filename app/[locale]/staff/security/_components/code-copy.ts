import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

/** Every message a code form can show. */
const ERROR_KEYS = [
  'secondFactor.codeRequired',
  'secondFactor.wrongCode',
  'secondFactor.wrongSetupCode',
  'secondFactor.usedCode',
  'secondFactor.tooMany',
  'secondFactor.expired',
  'secondFactor.setupChanged',
] as const;

/** The words every code form shares: errors, and the recovery codes panel. */
export async function codeFormCopy(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Security' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  return {
    summaryTitle: tf('errorSummaryTitle'),
    errorPrefix: tf('errorPrefix'),
    errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, tv(k)])),
    codesTitle: t('codesTitle'),
    codesLead: t('codesLead'),
    codesListLabel: t('codesListLabel'),
    continueLabel: t('continue'),
    continueHref: `/${locale}/staff`,
  };
}
