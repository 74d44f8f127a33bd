import { notFound } from 'next/navigation';

/**
 * A server action's bound arguments (`action.bind(null, locale, …)`) and a form's previous
 * state travel through the browser: React renders them into the form (`$ACTION_1:1`) and the
 * post sends them back, so a forged post can put anything there. Anything other than what a page
 * binds is answered like an unknown address — "not found" (404), changing nothing — instead of
 * a 500 from a thrown error (issue 13, finding 7; e2e/fuzz posts such forgeries). A bound
 * locale is checked where it is used, `if (!isLocale(locale)) notFound();`, which narrows it.
 */

/** A bound text (a tracking number, a service code, a token): a string of sane length. */
export function boundText(value: unknown, max = 500): string {
  if (typeof value !== 'string' || value.length > max || value.includes('\0')) notFound();
  return value;
}

/** A bound row id or year: a positive integer PostgreSQL's integer holds. */
export function boundInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > 2 ** 31 - 1)
    notFound();
  return value;
}

/** The submission count after `prev` (useActionState's previous state, forgeable like the rest). */
export function nextSeq(prev: unknown): number {
  const seq = (prev as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq + 1 : 1;
}

/**
 * The posted form. With fewer or more bound arguments than the page bound, the arguments shift
 * and the form arrives in another parameter: anything else here is not found.
 */
export function postedForm(value: unknown): FormData {
  if (!(value instanceof FormData)) notFound();
  return value;
}
