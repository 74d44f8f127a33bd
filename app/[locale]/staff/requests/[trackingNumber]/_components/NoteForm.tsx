import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { TextField } from '@/components/form/TextField';
import { shortcutKey } from '@/lib/staff/shortcuts';
import type { FormKit } from './workspace-types';
import { CannedResponsePicker } from '../../../_components/CannedResponsePicker';

/** A note for staff only, or one the resident sees on the tracking page. */
export function NoteForm({ kit }: { kit: FormKit }) {
  const { copy, request: r } = kit;
  const common = { errorPrefix: copy.errorPrefix };
  return (
    <form
      action={kit.formAction}
      noValidate
      className="staff-action"
      aria-labelledby="note-heading"
      data-shortcut={shortcutKey('note')}
      data-shortcut-focus="body"
    >
      <h3 id="note-heading">{copy.noteHeading}</h3>
      {/* Notes take no version: two people writing at once both keep theirs. */}
      <input type="hidden" name="intent" value="note" />
      <input type="hidden" name="trackingNumber" value={r.trackingNumber} />
      <CannedResponsePicker
        key={kit.k('note-canned')}
        id="note-canned"
        targetId="body"
        options={kit.canned.options}
        copy={kit.canned.copy}
        defaultValue={kit.value('note', 'canned')}
        error={kit.error('note', 'canned')}
        {...common}
      />
      <TextField
        key={kit.k('body')}
        name="body"
        label={copy.noteLabel}
        multiline
        defaultValue={kit.value('note', 'body')}
        error={kit.error('note', 'body')}
        {...common}
      />
      <ChoiceGroup
        key={kit.k('visibility')}
        name="visibility"
        type="radio"
        legend={copy.visibilityLegend}
        options={copy.visibilities}
        defaultValue={kit.value('note', 'visibility', 'internal')}
        error={kit.error('note', 'visibility')}
        inline
        {...common}
      />
      <Button type="submit" variant="primary" disabled={kit.pending}>
        {copy.buttons.note}
      </Button>
    </form>
  );
}
