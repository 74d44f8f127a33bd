'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { TextField } from '@/components/form/TextField';
import type { TargetFormState } from '../actions';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';

// The fields of lib/targets/schema.ts (not imported: it would bring zod to the browser).
const FIELDS = [
  'daysToClose',
  'dayType',
  'onTimeGoalPct',
  'satisfactionGoalPct',
  'reason',
] as const;
/** Problems that belong to no field (the year ended meanwhile, the service was withdrawn). */
const PAGE_ERRORS = ['fiscalYear', 'form'] as const;

type Copy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  days: string;
  daysHint: string;
  dayTypeLegend: string;
  dayTypeHint: string;
  calendar: string;
  business: string;
  onTime: string;
  onTimeHint: string;
  satisfaction: string;
  satisfactionHint: string;
  reason: string;
  reasonHint: string;
  save: string;
};

const numberInput = {
  inputMode: 'numeric' as const,
  autoComplete: 'off',
  spellCheck: false,
};

/**
 * A target's page around its form: the error summary first (top of the page, GOV.UK), then the
 * page's own content (`children`), the form and `after` (the history). It renders the <title>,
 * prefixed "Error:" while errors show, with or without JavaScript.
 */
export function TargetForm({
  action,
  copy,
  initial,
  labelledBy,
  askReason,
  children,
  after,
}: {
  askReason: boolean;
  action: (s: TargetFormState, d: FormData) => Promise<TargetFormState>;
  copy: Copy;
  initial: TargetFormState['values'];
  labelledBy: string;
  children: ReactNode;
  after: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: initial,
    errors: {},
    seq: 0,
  });
  const { items, messageFor: errorOf } = formErrors(
    state.errors,
    [...PAGE_ERRORS, ...FIELDS],
    copy.errors,
    (f) => ((PAGE_ERRORS as readonly string[]).includes(f) ? '#main-content' : `#${f}`),
  );
  const v = state.values;
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {children}
      {/* Keyed by submission: React resets a form after its action; the values come back. */}
      <form action={formAction} noValidate aria-labelledby={labelledBy} key={state.seq}>
        <TextField
          name="daysToClose"
          label={copy.days}
          hint={copy.daysHint}
          error={errorOf('daysToClose')}
          errorPrefix={copy.errorPrefix}
          defaultValue={v.daysToClose}
          className="form-control--number"
          inputProps={numberInput}
        />
        <ChoiceGroup
          name="dayType"
          type="radio"
          legend={copy.dayTypeLegend}
          hint={copy.dayTypeHint}
          error={errorOf('dayType')}
          errorPrefix={copy.errorPrefix}
          options={[
            { value: 'calendar', label: copy.calendar },
            { value: 'business', label: copy.business },
          ]}
          defaultValue={v.dayType}
        />
        <TextField
          name="onTimeGoalPct"
          label={copy.onTime}
          hint={copy.onTimeHint}
          error={errorOf('onTimeGoalPct')}
          errorPrefix={copy.errorPrefix}
          defaultValue={v.onTimeGoalPct}
          className="form-control--number"
          inputProps={numberInput}
        />
        <TextField
          name="satisfactionGoalPct"
          label={copy.satisfaction}
          hint={copy.satisfactionHint}
          error={errorOf('satisfactionGoalPct')}
          errorPrefix={copy.errorPrefix}
          defaultValue={v.satisfactionGoalPct}
          className="form-control--number"
          inputProps={numberInput}
        />
        {askReason ? (
          <TextField
            name="reason"
            label={copy.reason}
            hint={copy.reasonHint}
            error={errorOf('reason')}
            errorPrefix={copy.errorPrefix}
            defaultValue={v.reason}
            multiline
          />
        ) : null}
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {copy.save}
          </Button>
        </div>
      </form>
      {after}
    </>
  );
}
