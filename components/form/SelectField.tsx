import { FormSelect } from '@govtechsg/sgds-react/Form';
import type { Registration } from './field-a11y';
import { LabelledField, type FieldProps } from './LabelledField';

/** SGDS FormSelect with its label, hint and error wired for assistive technology. */
export function SelectField({
  options,
  defaultValue,
  registration,
  ...field
}: FieldProps & {
  options: { value: string; label: string }[];
  defaultValue?: string;
  registration?: Registration;
}) {
  return (
    <LabelledField {...field}>
      {(a) => (
        <FormSelect
          id={a.id}
          name={field.name}
          defaultValue={defaultValue}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid}
          {...registration}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </FormSelect>
      )}
    </LabelledField>
  );
}
