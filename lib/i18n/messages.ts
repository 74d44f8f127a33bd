import type { Locale } from './config';

/** One JSON file per namespace and locale; the i18n check keeps them in step. */
export const namespaces = [
  'Common',
  'Home',
  'Search',
  'Service',
  'RequestForm',
  'Validation',
  'Confirmation',
  'Tracking',
  'Status',
  'Accessibility',
  'Staff',
  'SingleSignOn',
  'Triage',
  'Performance',
  'Admin',
  'Feedback',
  'Outbox',
  'Targets',
  'Unsubscribe',
  'Where',
  'Security',
  'Responses',
  'Shortcuts',
  'Reclassify',
  'Intake',
  'Queue',
  'Outage',
  'CatalogueAdmin',
  'OpenData',
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(
      async (ns) => [ns, (await import(`../../locales/${locale}/${ns}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}
