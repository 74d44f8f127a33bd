import type { Registration } from './field-a11y';
import { LabelledField, type FieldProps } from './LabelledField';

type Option = { value: string; label: string };

/**
 * A select with SGDS's look (its `form-select` class on a plain <select>, as SGDS React's
 * FormSelect renders it, without shipping that module to the browser), with its label, hint
 * and error wired for assistive technology. `groups` adds labelled option groups after
 * `options` (screen readers announce the group with the option).
 */
export function SelectField({
  options,
  groups = [],
  defaultValue,
  registration,
  ...field
}: FieldProps & {
  options: Option[];
  groups?: { label: string; options: Option[] }[];
  defaultValue?: string;
  registration?: Registration;
}) {
  return (
    <LabelledField {...field}>
      {(a) => (
        <select
          className="form-select"
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
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
