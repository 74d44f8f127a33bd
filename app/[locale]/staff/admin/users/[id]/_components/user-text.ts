import 'server-only';
import { getTranslations } from 'next-intl/server';

/** Role and agency in words, shared by the account's details and its history. */
export async function userText(locale: string, agencies: { code: string; name: string }[]) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const names = new Map(agencies.map((a) => [a.code, a.name]));
  const roles: Record<string, string> = {
    agent: t('roleAgent'),
    supervisor: t('roleSupervisor'),
    admin: t('roleAdmin'),
  };
  return {
    role: (r: unknown) => (typeof r === 'string' && roles[r]) || t('none'),
    // No agency: an administrator, who works across all of them.
    agency: (c: unknown) => (typeof c === 'string' ? (names.get(c) ?? c) : t('allAgencies')),
  };
}
