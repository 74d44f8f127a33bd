import type { ErrorItem } from './ErrorSummary';

/**
 * One place for how a form shows its errors (resident and staff forms alike): the text under
 * each field and the GOV.UK error summary's items, in the order the form asks. Client-safe: no
 * server imports, so client components use it with copy translated on the server.
 */

/** The words a form's errors need. */
export type ErrorCopy = {
  summaryTitle: string;
  errorPrefix: string;
  /** Validation message key → text. */
  errors: Record<string, string>;
};

/** A form's state after a submission: what to show again (never a password) and what failed. */
export type FormState<V extends Record<string, string>> = {
  values: V;
  errors: Record<string, string>;
  /** Counts submissions: keys the fields (React resets forms after an action) and refocuses. */
  seq: number;
};

/**
 * `errors` is field → message key. `text` turns a key into words: a dictionary (key → text,
 * unknown keys shown as they are) or a function for per-field messages. A summary link goes to
 * the field (`#field`) unless `href` says otherwise (a problem of the whole form).
 */
export function formErrors(
  errors: Record<string, string>,
  order: readonly string[],
  text: Record<string, string> | ((key: string, field: string) => string),
  href: (field: string) => string = (field) => `#${field}`,
): { messageFor: (field: string) => string | null; items: ErrorItem[] } {
  const words = typeof text === 'function' ? text : (key: string) => text[key] ?? key;
  const messageFor = (field: string) => (errors[field] ? words(errors[field], field) : null);
  const items = order
    .filter((field) => errors[field])
    .map((field) => ({ field, href: href(field), message: messageFor(field)! }));
  return { messageFor, items };
}
