/**
 * The one place that wires a field's accessible name, hint and error: ids, aria-describedby
 * (hint first, then error, as GOV.UK does) and aria-invalid. SGDS form controls set neither.
 */
export function fieldA11y(name: string, opts: { hint?: string | null; error?: string | null }) {
  const hintId = opts.hint ? `${name}-hint` : undefined;
  const errorId = opts.error ? `${name}-error` : undefined;
  return {
    id: name,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
    invalid: opts.error ? (true as const) : undefined,
    groupClass: opts.error ? 'form-group form-group--error' : 'form-group',
  };
}

/** What react-hook-form's register() returns; fields also work without it (no JavaScript). */
export type { UseFormRegisterReturn as Registration } from 'react-hook-form';
