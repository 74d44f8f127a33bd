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

/** Loaded once per locale and process: the files are part of the build and never change in it. */
const loaded = new Map<Locale, Promise<Record<string, unknown>>>();

export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

async function readMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(
      async (ns) => [ns, (await import(`../../locales/${locale}/${ns}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}
