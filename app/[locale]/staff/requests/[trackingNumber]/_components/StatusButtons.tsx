import { Button } from '@/components/form/Button';
import { shortcutKey } from '@/lib/staff/shortcuts';
import type { FormKit } from './workspace-types';

/** Acknowledge, start work: one button each, nothing to fill in. */
export function StatusButtons({ kit }: { kit: FormKit }) {
  const moves = kit.request.moves.filter((m) => m !== 'reopen');
  if (!moves.length) return null;
  return (
    <div className="button-group">
      {moves.map((m) => (
        <form action={kit.formAction} key={m}>
          {kit.hidden(m)}
          <Button
            type="submit"
            variant="primary"
            disabled={kit.pending}
            data-shortcut={shortcutKey(m === 'start' ? 'start' : 'acknowledge')}
          >
            {kit.copy.buttons[m]}
          </Button>
        </form>
      ))}
    </div>
  );
}
