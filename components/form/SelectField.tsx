import { FormSelect } from '@govtechsg/sgds-react/Form';
import { fieldA11y, type Registration } from './field-a11y';
import { FieldMessages } from './FieldMessages';

export function SelectField({
  name,
  label,
  hint,
  error,
  errorPrefix,
  options,
  defaultValue,
  registration,
}: {
  name: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  errorPrefix: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  registration?: Registration;
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
      <FormSelect
        id={a.id}
        name={name}
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
    </div>
  );
}
