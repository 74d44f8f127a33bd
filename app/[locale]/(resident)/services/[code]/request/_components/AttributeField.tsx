import type { AttributeView } from '@/lib/services/types';
import { attrField } from '@/lib/requests/fields';
import { TextField } from '@/components/form/TextField';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';

/** One Open311 attribute as a form question, by datatype. */
export function AttributeField({
  attribute: a,
  label,
  error,
  value,
  errorPrefix,
  today,
}: {
  attribute: AttributeView;
  /** The question, marked "(optional)" when it is. */
  label: string;
  error: string | null;
  value: string | string[] | undefined;
  errorPrefix: string;
  today: string;
}) {
  const name = attrField(a.code);
  const common = { name, error, errorPrefix, hint: a.hint };
  if (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') {
    return (
      <ChoiceGroup
        {...common}
        type={a.datatype === 'singlevaluelist' ? 'radio' : 'checkbox'}
        legend={label}
        options={a.values.map((o) => ({ value: o.key, label: o.label }))}
        defaultValue={value}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  // The catalogue's datetime questions all ask for a day that has passed: a date picker, not a
  // date-and-time one (an Open311 client may still send a full date-time).
  const inputProps =
    a.datatype === 'number'
      ? { inputMode: 'numeric' as const, spellCheck: false, autoComplete: 'off' }
      : a.datatype === 'datetime'
        ? { type: 'date', max: today }
        : {};
  return (
    <TextField
      {...common}
      label={label}
      defaultValue={a.datatype === 'datetime' ? text.slice(0, 10) : text}
      multiline={a.datatype === 'text'}
      className={
        a.datatype === 'number'
          ? 'form-control--number'
          : a.datatype === 'datetime'
            ? 'form-control--date'
            : undefined
      }
      inputProps={inputProps}
    />
  );
}
