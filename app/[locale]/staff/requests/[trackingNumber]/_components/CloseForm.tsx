import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { TextField } from '@/components/form/TextField';
import { shortcutKey } from '@/lib/staff/shortcuts';
import type { FormKit } from './workspace-types';
import { CannedResponsePicker } from '../../../_components/CannedResponsePicker';

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
      data-shortcut={shortcutKey('close')}
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
      <CannedResponsePicker
        key={kit.k('close-canned')}
        id="close-canned"
        targetId="publicNote"
        options={kit.canned.options}
        copy={kit.canned.copy}
        defaultValue={kit.value('close', 'canned')}
        error={kit.error('close', 'canned')}
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
