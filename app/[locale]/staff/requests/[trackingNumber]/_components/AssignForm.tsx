import { Button } from '@/components/form/Button';
import { SelectField } from '@/components/form/SelectField';
import { shortcutKey } from '@/lib/staff/shortcuts';
import type { FormKit } from './workspace-types';

/** Supervisors give the request to anyone in the agency; agents can only take it themselves. */
export function AssignForm({ kit }: { kit: FormKit }) {
  const { copy, request: r } = kit;
  if (r.canAssignOthers)
    return (
      <form
        action={kit.formAction}
        noValidate
        className="staff-action"
        aria-labelledby="assign-heading"
      >
        <h3 id="assign-heading">{copy.assignHeading}</h3>
        {kit.hidden('assign')}
        <SelectField
          key={kit.k('assignee')}
          name="assignee"
          label={copy.assigneeLabel}
          defaultValue={kit.value('assign', 'assignee', r.assigneeId ? String(r.assigneeId) : '')}
          options={[
            { value: '', label: copy.nobody },
            ...r.staff.map((s) => ({ value: String(s.id), label: s.name })),
          ]}
          error={kit.error('assign', 'assignee')}
          errorPrefix={copy.errorPrefix}
        />
        <Button type="submit" variant="outline-primary" disabled={kit.pending}>
          {copy.buttons.assign}
        </Button>
      </form>
    );
  if (!r.canTake) return null;
  return (
    <form action={kit.formAction} className="staff-action">
      {kit.hidden('assign')}
      <input type="hidden" name="assignee" value={r.selfId} />
      <Button
        type="submit"
        variant="outline-primary"
        disabled={kit.pending}
        data-shortcut={shortcutKey('take')}
      >
        {copy.takeIt}
      </Button>
    </form>
  );
}
