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
          {...inputProps}
          {...registration}
        />
      )}
    </LabelledField>
  );
}
