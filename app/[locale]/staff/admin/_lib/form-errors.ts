/** Shared by the admin forms (client components): no server imports here. */
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

export const messageFor = (copy: ErrorCopy, errors: Record<string, string>, field: string) =>
  errors[field] ? (copy.errors[errors[field]] ?? errors[field]) : null;

/** Error summary items for the fields in error, in the order the form asks. */
export function errorItems(
  copy: ErrorCopy,
  errors: Record<string, string>,
  fields: readonly string[],
) {
  return fields
    .filter((f) => errors[f])
    .map((f) => ({ field: f, href: `#${f}`, message: messageFor(copy, errors, f)! }));
}
