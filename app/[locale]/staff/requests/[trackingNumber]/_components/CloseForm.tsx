import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { TextField } from '@/components/form/TextField';
import type { FormKit } from './workspace-types';

/** Close with an outcome; "referred" names where the resident should turn instead. */
export function CloseForm({ kit }: { kit: FormKit }) {
  const { copy } = kit;
  const common = { errorPrefix: copy.errorPrefix };
  return (
    <form
      action={kit.formAction}
      noValidate
      className="staff-action"
      aria-labelledby="close-heading"
    >
      <h3 id="close-heading">{copy.closeHeading}</h3>
      {kit.hidden('close')}
      <ChoiceGroup
        key={kit.k('reason')}
        name="reason"
        type="radio"
        legend={copy.reasonLegend}
        options={copy.reasons}
        defaultValue={kit.value('close', 'reason')}
        error={kit.error('close', 'reason')}
        {...common}
      />
      <TextField
        key={kit.k('referredTo')}
        name="referredTo"
        label={copy.referredToLabel}
        hint={copy.referredToHint}
        defaultValue={kit.value('close', 'referredTo')}
        error={kit.error('close', 'referredTo')}
        {...common}
      />
      <TextField
        key={kit.k('publicNote')}
        name="publicNote"
        label={copy.publicNoteLabel}
        hint={copy.publicNoteHint}
        multiline
        defaultValue={kit.value('close', 'publicNote')}
        error={kit.error('close', 'publicNote')}
        {...common}
      />
      <Button type="submit" variant="primary" disabled={kit.pending}>
        {copy.buttons.close}
      </Button>
    </form>
  );
}
