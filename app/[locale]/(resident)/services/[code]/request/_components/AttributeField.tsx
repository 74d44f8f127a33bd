import type { UseFormRegisterReturn } from 'react-hook-form';
import type { AttributeView } from '@/lib/services/types';
import { attrField } from '@/lib/requests/schema';
import { TextField } from '@/components/form/TextField';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';

/** One Open311 attribute as a form question, by datatype. */
export function AttributeField({
  attribute: a,
  error,
  value,
  registration,
  errorPrefix,
}: {
  attribute: AttributeView;
  error: string | null;
  value: string | string[] | undefined;
  registration: UseFormRegisterReturn;
  errorPrefix: string;
}) {
  const name = attrField(a.code);
  const common = { name, error, errorPrefix, registration, hint: a.hint };
  if (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') {
    return (
      <ChoiceGroup
        {...common}
        type={a.datatype === 'singlevaluelist' ? 'radio' : 'checkbox'}
        legend={a.label}
        options={a.values.map((o) => ({ value: o.key, label: o.label }))}
        defaultValue={value}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  const inputProps =
    a.datatype === 'number'
      ? { inputMode: 'decimal' as const, className: 'form-control--number' }
      : a.datatype === 'datetime'
        ? { type: 'datetime-local' }
        : {};
  return (
    <TextField
      {...common}
      label={a.label}
      defaultValue={text}
      multiline={a.datatype === 'text'}
      className={a.datatype === 'number' ? 'form-control--number' : undefined}
      inputProps={inputProps}
    />
  );
}
