import { Button } from '@/components/form/Button';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import type { ReclassifyView } from './reclassify-types';
import type { FormKit } from './workspace-types';

/**
 * Move a misrouted request to the service it belongs under (lib/staff/reclassify.ts), in place
 * of closing it as referred: the service, grouped by agency, and why (staff only).
 */
export function ReclassifyForm({ kit, view }: { kit: FormKit; view: ReclassifyView }) {
  const { copy } = view;
  return (
    <form
      action={kit.formAction}
      noValidate
      className="staff-action"
      aria-labelledby="reclassify-heading"
    >
      <h3 id="reclassify-heading">{copy.heading}</h3>
      <p>{copy.lead}</p>
      {kit.hidden('reclassify')}
      <SelectField
        key={kit.k('newService')}
        name="newService"
        label={copy.serviceLabel}
        hint={copy.serviceHint}
        defaultValue={kit.value('reclassify', 'newService')}
        options={[{ value: '', label: copy.choose }]}
        groups={view.groups}
        error={kit.error('reclassify', 'newService')}
        errorPrefix={kit.copy.errorPrefix}
      />
      <TextField
        key={kit.k('reclassifyReason')}
        name="reclassifyReason"
        label={copy.reasonLabel}
        hint={copy.reasonHint}
        multiline
        defaultValue={kit.value('reclassify', 'reclassifyReason')}
        error={kit.error('reclassify', 'reclassifyReason')}
        errorPrefix={kit.copy.errorPrefix}
      />
      <Button type="submit" variant="outline-primary" disabled={kit.pending}>
        {kit.copy.buttons.reclassify}
      </Button>
    </form>
  );
}
