import { Button } from '@/components/form/Button';
import { TextField } from '@/components/form/TextField';
import type { FormKit } from './workspace-types';

export function ReopenForm({ kit }: { kit: FormKit }) {
  const { copy } = kit;
  return (
    <form
      action={kit.formAction}
      noValidate
      className="staff-action"
      aria-labelledby="reopen-heading"
    >
      <h3 id="reopen-heading">{copy.reopenHeading}</h3>
      {kit.hidden('reopen')}
      <TextField
        key={kit.k('reopenReason')}
        name="reopenReason"
        label={copy.reopenReasonLabel}
        hint={copy.reopenReasonHint}
        multiline
        defaultValue={kit.value('reopen', 'reopenReason')}
        error={kit.error('reopen', 'reopenReason')}
        errorPrefix={copy.errorPrefix}
      />
      <Button type="submit" variant="primary" disabled={kit.pending}>
        {copy.buttons.reopen}
      </Button>
    </form>
  );
}
