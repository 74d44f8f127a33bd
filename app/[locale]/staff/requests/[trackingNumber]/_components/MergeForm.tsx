import { Button } from '@/components/form/Button';
import { TextField } from '@/components/form/TextField';
import type { FormKit } from './workspace-types';

/** Merge into the request that already tracks the same problem, by its number. */
export function MergeForm({ kit }: { kit: FormKit }) {
  const { copy } = kit;
  return (
    <form
      action={kit.formAction}
      noValidate
      className="staff-action"
      aria-labelledby="merge-heading"
    >
      <h3 id="merge-heading">{copy.mergeHeading}</h3>
      {kit.hidden('merge')}
      <TextField
        key={kit.k('parent')}
        name="parent"
        label={copy.parentLabel}
        hint={copy.parentHint}
        defaultValue={kit.value('merge', 'parent')}
        error={kit.error('merge', 'parent')}
        inputProps={{ autoComplete: 'off', spellCheck: false }}
        errorPrefix={copy.errorPrefix}
      />
      <Button type="submit" variant="outline-primary" disabled={kit.pending}>
        {copy.buttons.merge}
      </Button>
    </form>
  );
}
