import type { InputHTMLAttributes } from 'react';
import { FormControl } from '@govtechsg/sgds-react/Form';
import { fieldA11y, type Registration } from './field-a11y';
import { FieldMessages } from './FieldMessages';

/** SGDS FormControl with its label, hint and error wired for assistive technology. */
export function TextField({
  name,
  label,
  hint,
  error,
  errorPrefix,
  defaultValue,
  registration,
  multiline,
  className,
  inputProps,
}: {
  name: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  errorPrefix: string;
  defaultValue?: string;
  registration?: Registration;
  multiline?: boolean;
  className?: string;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'size' | 'value'>;
}) {
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
      <FormControl
        id={a.id}
        name={name}
        as={multiline ? 'textarea' : 'input'}
        {...(multiline ? { rows: 5 } : {})}
        className={className}
        defaultValue={defaultValue}
        aria-describedby={a.describedBy}
        aria-invalid={a.invalid}
        {...inputProps}
        {...registration}
      />
    </div>
  );
}
