import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { SelectField } from '@/components/form/SelectField';
import type { RoleFieldsCopy } from '../_lib/copy';

/** Role radios and the agency select: the same two questions in the create and change forms. */
export function RoleFields({
  copy,
  values,
  errorOf,
  errorPrefix,
}: {
  copy: RoleFieldsCopy;
  values: { role: string; agencyCode: string };
  errorOf: (field: string) => string | null;
  errorPrefix: string;
}) {
  return (
    <>
      <ChoiceGroup
        name="role"
        type="radio"
        legend={copy.roleLegend}
        hint={copy.roleHint}
        error={errorOf('role')}
        errorPrefix={errorPrefix}
        options={copy.roles}
        defaultValue={values.role}
      />
      <SelectField
        name="agencyCode"
        label={copy.agencyLabel}
        hint={copy.agencyHint}
        error={errorOf('agencyCode')}
        errorPrefix={errorPrefix}
        options={copy.agencies}
        defaultValue={values.agencyCode}
      />
    </>
  );
}
