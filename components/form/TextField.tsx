import type { InputHTMLAttributes } from 'react';
import type { Registration } from './field-a11y';
import { LabelledField, type FieldProps } from './LabelledField';

/**
 * A text input (or text area) with SGDS's look (its `form-control` class on a plain element, as
 * SGDS React's FormControl renders it, without shipping that module to the browser), its label,
 * hint and error wired for assistive technology.
 */
export function TextField({
  defaultValue,
  registration,
  multiline,
  className,
  inputProps,
  ...field
}: FieldProps & {
  defaultValue?: string;
  registration?: Registration;
  multiline?: boolean;
  className?: string;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'size' | 'value'>;
}) {
  // E-mail addresses, phone numbers and web addresses are always typed left to right, also on
  // a right-to-left page (else "+1 (410) 555-0100" shows its groups in reverse as it is typed).
  const latin = ['email', 'tel', 'url'].includes(inputProps?.type ?? '');
  return (
    <LabelledField {...field}>
      {(a) => {
        const props = {
          id: a.id,
          name: field.name,
          className: className ? `${className} form-control` : 'form-control',
          defaultValue,
          'aria-describedby': a.describedBy,
          'aria-invalid': a.invalid,
          dir: latin ? 'ltr' : undefined,
          ...inputProps,
          ...registration,
        };
        return multiline ? <textarea rows={5} {...props} /> : <input {...props} />;
      }}
    </LabelledField>
  );
}
