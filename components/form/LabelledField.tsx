import type { ReactNode } from 'react';
import { fieldA11y } from './field-a11y';
import { FieldMessages } from './FieldMessages';

export type FieldProps = {
  name: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  errorPrefix: string;
};

/**
 * The frame of a single-control field: label, hint, error and the group's error style. The
 * control itself gets the ids and aria attributes through `children(a)`.
 */
export function LabelledField({
  name,
  label,
  hint,
  error,
  errorPrefix,
  children,
}: FieldProps & { children: (a: ReturnType<typeof fieldA11y>) => ReactNode }) {
  const a = fieldA11y(name, { hint, error });
  return (
    <div className={a.groupClass}>
      <label htmlFor={a.id} className="form-label">
        {label}
      </label>
      <FieldMessages
        hint={hint}
        hintId={a.hintId}
        error={error}
        errorId={a.errorId}
        errorPrefix={errorPrefix}
      />
      {children(a)}
    </div>
  );
}
