import type { InputHTMLAttributes } from 'react';
import { FormControl } from '@govtechsg/sgds-react/Form';
import type { Registration } from './field-a11y';
import { LabelledField, type FieldProps } from './LabelledField';

/** SGDS FormControl with its label, hint and error wired for assistive technology. */
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
      {(a) => (
        <FormControl
          id={a.id}
          name={field.name}
          as={multiline ? 'textarea' : 'input'}
          {...(multiline ? { rows: 5 } : {})}
          className={className}
          defaultValue={defaultValue}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid}
          dir={latin ? 'ltr' : undefined}
          {...inputProps}
          {...registration}
        />
      )}
    </LabelledField>
  );
}
