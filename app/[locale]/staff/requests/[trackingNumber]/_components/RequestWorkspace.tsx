'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors } from '@/components/form/form-errors';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import type { Intent } from '@/lib/staff/schema';
import type { ActionState } from '../actions';

export type WorkspaceCopy = {
  pageTitle: string;
  errorPageTitle: string;
  summaryTitle: string;
  errorPrefix: string;
  errors: Record<string, string>;
  actionsHeading: string;
  buttons: Record<Intent, string>;
  closeHeading: string;
  reasonLegend: string;
  reasons: { value: string; label: string }[];
  publicNoteLabel: string;
  publicNoteHint: string;
  reopenHeading: string;
  reopenReasonLabel: string;
  reopenReasonHint: string;
  referredToLabel: string;
  referredToHint: string;
  mergeHeading: string;
  parentLabel: string;
  parentHint: string;
  assignHeading: string;
  assigneeLabel: string;
  nobody: string;
  takeIt: string;
  noteHeading: string;
  noteLabel: string;
  visibilityLegend: string;
  visibilities: { value: string; label: string }[];
  conflictTitle: string;
  conflictLead: string;
  conflictNext: string;
};

export type WorkspaceRequest = {
  trackingNumber: string;
  version: number;
  /** Status moves this staff member may make now. */
  moves: ('acknowledge' | 'start' | 'reopen')[];
  canClose: boolean;
  canMerge: boolean;
  /** Give it to anyone in the agency (supervisor); otherwise only "take it". */
  canAssignOthers: boolean;
  canTake: boolean;
  selfId: number;
  staff: { id: number; name: string }[];
  assigneeId: number | null;
  canNote: boolean;
};

const initial: ActionState = { seq: 0, intent: null, errors: {}, values: {}, conflict: null };

/**
 * The staff request page's interactive part: one server action behind every form (plain POST
 * forms, so all of it works without JavaScript), one error summary at the top for whichever form
 * was sent, and the "someone changed this first" notice. Server-rendered parts come in as slots.
 */
export function RequestWorkspace({
  action,
  copy,
  request: r,
  banner,
  header,
  details,
  history,
}: {
  action: (s: ActionState, d: FormData) => Promise<ActionState>;
  copy: WorkspaceCopy;
  request: WorkspaceRequest;
  banner: ReactNode;
  header: ReactNode;
  details: ReactNode;
  history: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.conflict) conflictRef.current?.focus();
  }, [state.seq, state.conflict]);

  const sent = (intent: Intent) => state.intent === intent;
  const error = (intent: Intent, field: string) =>
    sent(intent) && state.errors[field]
      ? (copy.errors[state.errors[field]] ?? state.errors[field])
      : null;
  const value = (intent: Intent, field: string, fallback = '') =>
    sent(intent) ? (state.values[field] ?? fallback) : fallback;
  const fields = [
    'reason',
    'referredTo',
    'publicNote',
    'reopenReason',
    'parent',
    'assignee',
    'body',
    'visibility',
  ];
  // A problem of no field (the request was closed meanwhile) links to the actions' heading.
  const { items } = formErrors(
    state.conflict ? {} : state.errors,
    Object.keys(state.errors),
    copy.errors,
    (field) => (fields.includes(field) ? `#${field}` : '#actions-heading'),
  );
  const hidden = (intent: Intent) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="trackingNumber" value={r.trackingNumber} />
      <input type="hidden" name="version" value={r.version} />
    </>
  );
  const common = { errorPrefix: copy.errorPrefix };
  // A refused form is re-rendered with what was typed: keyed by seq so defaults apply again.
  const k = (name: string) => `${name}-${state.seq}`;

  return (
    <>
      <title>{items.length || state.conflict ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {state.conflict ? (
        <div
          className="error-summary"
          role="alert"
          aria-labelledby="conflict-title"
          tabIndex={-1}
          ref={conflictRef}
        >
          <h2 id="conflict-title">{copy.conflictTitle}</h2>
          <p>{copy.conflictLead}</p>
          <ul>
            {state.conflict.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at}>{c.when}</time> — {c.who}: {c.what}
                {c.changes.length ? ` (${c.changes.join('; ')})` : null}
              </li>
            ))}
          </ul>
          <p>{copy.conflictNext}</p>
        </div>
      ) : null}
      {banner}
      {header}
      {details}

      <section aria-labelledby="actions-heading" className="staff-actions">
        <h2 id="actions-heading" tabIndex={-1}>
          {copy.actionsHeading}
        </h2>

        {r.moves.some((m) => m !== 'reopen') ? (
          <div className="button-group">
            {r.moves
              .filter((m) => m !== 'reopen')
              .map((m) => (
                <form action={formAction} key={m}>
                  {hidden(m)}
                  <Button type="submit" variant="primary" disabled={pending}>
                    {copy.buttons[m]}
                  </Button>
                </form>
              ))}
          </div>
        ) : null}

        {r.moves.includes('reopen') ? (
          <form
            action={formAction}
            noValidate
            className="staff-action"
            aria-labelledby="reopen-heading"
          >
            <h3 id="reopen-heading">{copy.reopenHeading}</h3>
            {hidden('reopen')}
            <TextField
              key={k('reopenReason')}
              name="reopenReason"
              label={copy.reopenReasonLabel}
              hint={copy.reopenReasonHint}
              multiline
              defaultValue={value('reopen', 'reopenReason')}
              error={error('reopen', 'reopenReason')}
              {...common}
            />
            <Button type="submit" variant="primary" disabled={pending}>
              {copy.buttons.reopen}
            </Button>
          </form>
        ) : null}

        {r.canClose ? (
          <form
            action={formAction}
            noValidate
            className="staff-action"
            aria-labelledby="close-heading"
          >
            <h3 id="close-heading">{copy.closeHeading}</h3>
            {hidden('close')}
            <ChoiceGroup
              key={k('reason')}
              name="reason"
              type="radio"
              legend={copy.reasonLegend}
              options={copy.reasons}
              defaultValue={value('close', 'reason')}
              error={error('close', 'reason')}
              {...common}
            />
            <TextField
              key={k('referredTo')}
              name="referredTo"
              label={copy.referredToLabel}
              hint={copy.referredToHint}
              defaultValue={value('close', 'referredTo')}
              error={error('close', 'referredTo')}
              {...common}
            />
            <TextField
              key={k('publicNote')}
              name="publicNote"
              label={copy.publicNoteLabel}
              hint={copy.publicNoteHint}
              multiline
              defaultValue={value('close', 'publicNote')}
              error={error('close', 'publicNote')}
              {...common}
            />
            <Button type="submit" variant="primary" disabled={pending}>
              {copy.buttons.close}
            </Button>
          </form>
        ) : null}

        {r.canMerge ? (
          <form
            action={formAction}
            noValidate
            className="staff-action"
            aria-labelledby="merge-heading"
          >
            <h3 id="merge-heading">{copy.mergeHeading}</h3>
            {hidden('merge')}
            <TextField
              key={k('parent')}
              name="parent"
              label={copy.parentLabel}
              hint={copy.parentHint}
              defaultValue={value('merge', 'parent')}
              error={error('merge', 'parent')}
              inputProps={{ autoComplete: 'off', spellCheck: false }}
              {...common}
            />
            <Button type="submit" variant="outline-primary" disabled={pending}>
              {copy.buttons.merge}
            </Button>
          </form>
        ) : null}

        {r.canAssignOthers ? (
          <form
            action={formAction}
            noValidate
            className="staff-action"
            aria-labelledby="assign-heading"
          >
            <h3 id="assign-heading">{copy.assignHeading}</h3>
            {hidden('assign')}
            <SelectField
              key={k('assignee')}
              name="assignee"
              label={copy.assigneeLabel}
              defaultValue={value('assign', 'assignee', r.assigneeId ? String(r.assigneeId) : '')}
              options={[
                { value: '', label: copy.nobody },
                ...r.staff.map((s) => ({ value: String(s.id), label: s.name })),
              ]}
              error={error('assign', 'assignee')}
              {...common}
            />
            <Button type="submit" variant="outline-primary" disabled={pending}>
              {copy.buttons.assign}
            </Button>
          </form>
        ) : r.canTake ? (
          <form action={formAction} className="staff-action">
            {hidden('assign')}
            <input type="hidden" name="assignee" value={r.selfId} />
            <Button type="submit" variant="outline-primary" disabled={pending}>
              {copy.takeIt}
            </Button>
          </form>
        ) : null}

        {r.canNote ? (
          <form
            action={formAction}
            noValidate
            className="staff-action"
            aria-labelledby="note-heading"
          >
            <h3 id="note-heading">{copy.noteHeading}</h3>
            <input type="hidden" name="intent" value="note" />
            <input type="hidden" name="trackingNumber" value={r.trackingNumber} />
            <TextField
              key={k('body')}
              name="body"
              label={copy.noteLabel}
              multiline
              defaultValue={value('note', 'body')}
              error={error('note', 'body')}
              {...common}
            />
            <ChoiceGroup
              key={k('visibility')}
              name="visibility"
              type="radio"
              legend={copy.visibilityLegend}
              options={copy.visibilities}
              defaultValue={value('note', 'visibility', 'internal')}
              error={error('note', 'visibility')}
              inline
              {...common}
            />
            <Button type="submit" variant="primary" disabled={pending}>
              {copy.buttons.note}
            </Button>
          </form>
        ) : null}
      </section>
      {history}
    </>
  );
}
