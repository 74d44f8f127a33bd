import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ErrorCopy } from '@/components/form/form-errors';

/** The error summary's wording and the Validation messages a form can show, translated. */
export async function errorCopy(locale: string, keys: readonly string[]): Promise<ErrorCopy> {
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  return {
    summaryTitle: tf('errorSummaryTitle'),
    errorPrefix: tf('errorPrefix'),
    errors: Object.fromEntries(keys.map((k) => [k, tv(k)])),
  };
}

/** Role names and agency choices for the role fields (create and change forms). */
export async function roleFieldsCopy(locale: string, agencies: { code: string; name: string }[]) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return {
    roleLegend: t('roleLegend'),
    roleHint: t('roleHint'),
    roles: [
      { value: 'agent', label: t('roleAgent') },
      { value: 'supervisor', label: t('roleSupervisor') },
      { value: 'admin', label: t('roleAdmin') },
    ],
    agencyLabel: t('agencyLabel'),
    agencyHint: t('agencyHint'),
    agencies: [
      { value: '', label: t('agencyChoose') },
      ...agencies.map((a) => ({ value: a.code, label: a.name })),
    ],
  };
}
export type RoleFieldsCopy = Awaited<ReturnType<typeof roleFieldsCopy>>;
