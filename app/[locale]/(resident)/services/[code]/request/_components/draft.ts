import { useSyncExternalStore } from 'react';
import type { FormValues, PhotoView } from './journey-types';

/**
 * Answers kept in the tab (sessionStorage) while the resident fills the form, so switching
 * language mid-form (a link to the other locale's page: a new page load) finds them again.
 * Per service; cleared when the request is sent, and by the browser when the tab closes.
 * Without JavaScript nothing is kept: the switch starts a new form.
 */
export type Draft = { values: FormValues; photos: PhotoView[]; locale: string };

const storageKey = (serviceCode: string) => `brs:request-draft:${serviceCode}`;
/** Fields a draft never carries: the new page has its own key; files cannot be stored. */
const SKIP = new Set(['idempotencyKey', 'intent', 'photo']);

export function valuesOf(form: HTMLFormElement): FormValues {
  const out: FormValues = {};
  for (const [name, value] of new FormData(form)) {
    if (SKIP.has(name) || typeof value !== 'string' || name.startsWith('$')) continue;
    const prev = out[name];
    out[name] = prev === undefined ? value : [...[prev].flat(), value];
  }
  return out;
}

export function saveDraft(serviceCode: string, draft: Draft) {
  try {
    sessionStorage.setItem(storageKey(serviceCode), JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the form still works, the switch forgets.
  }
}

export function clearDraft(serviceCode: string) {
  try {
    sessionStorage.removeItem(storageKey(serviceCode));
  } catch {
    // As above.
  }
}

/** Read once per form (its idempotency key): later saves must not re-render the form. */
const readOnce = new Map<string, string | null>();
const noSubscription = () => () => {};

/**
 * The draft found when this form was opened, after hydration (the server renders none, so
 * the HTML matches; React then renders again with it), in this page's language.
 */
export function useRestoredDraft(serviceCode: string, formKey: string, locale: string) {
  const raw = useSyncExternalStore(
    noSubscription,
    () => {
      if (!readOnce.has(formKey)) {
        let stored: string | null = null;
        try {
          stored = sessionStorage.getItem(storageKey(serviceCode));
        } catch {
          // No storage: nothing to restore.
        }
        readOnce.set(formKey, stored);
      }
      return readOnce.get(formKey) ?? null;
    },
    () => null,
  );
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    const values = { ...draft.values };
    // The language for updates followed the old page's language unless the resident chose one.
    if (values.contactLanguage === draft.locale) values.contactLanguage = locale;
    return { values, photos: Array.isArray(draft.photos) ? draft.photos : [] };
  } catch {
    return null;
  }
}
