import { fieldA11y, type Registration } from './field-a11y';
import { FieldMessages } from './FieldMessages';

/**
 * Radios or checkboxes in a fieldset whose legend is the question. The first option carries
 * the field's id, so the error summary link lands on it.
 */
export function ChoiceGroup({
  name,
  type,
  legend,
  hint,
  error,
  errorPrefix,
  options,
  defaultValue,
  registration,
  inline,
}: {
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string | null;
  error?: string | null;
  errorPrefix: string;
  options: { value: string; label: string }[];
  defaultValue?: string | string[];
  registration?: Registration;
  inline?: boolean;
}) {
  const a = fieldA11y(name, { hint, error });
  const selected = new Set(
    Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : [],
  );
  return (
    <div className={a.groupClass}>
      <fieldset aria-describedby={a.describedBy}>
        <legend className="fieldset-legend">{legend}</legend>
        <FieldMessages
          hint={hint}
          hintId={a.hintId}
          error={error}
          errorId={a.errorId}
          errorPrefix={errorPrefix}
        />
        <div className={inline ? 'rating-scale' : undefined}>
          {options.map((o, i) => {
            const id = i === 0 ? a.id : `${name}-${i + 1}`;
            return (
              <div className="form-check" key={o.value}>
                <input
                  className="form-check-input"
                  type={type}
                  id={id}
                  name={name}
                  value={o.value}
                  defaultChecked={selected.has(o.value)}
                  aria-invalid={type === 'checkbox' ? a.invalid : undefined}
                  {...registration}
                />
                <label className="form-check-label" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
