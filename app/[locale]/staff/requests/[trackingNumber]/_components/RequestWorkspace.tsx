'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors } from '@/components/form/form-errors';
import type { Intent } from '@/lib/staff/schema';
import type { ActionState } from '../actions';
import type { FormKit, WorkspaceCopy, WorkspaceRequest } from './workspace-types';
import type { CannedOption, CannedPickerCopy } from '../../../_components/CannedResponsePicker';
import { StatusButtons } from './StatusButtons';
import { ReopenForm } from './ReopenForm';
import { CloseForm } from './CloseForm';
import { MergeForm } from './MergeForm';
import { AssignForm } from './AssignForm';
import { NoteForm } from './NoteForm';
import { ReclassifyForm } from './ReclassifyForm';
import { DuplicateSuggestions } from './DuplicateSuggestions';

export type { WorkspaceCopy, WorkspaceRequest } from './workspace-types';

const initial: ActionState = { seq: 0, intent: null, errors: {}, values: {}, conflict: null };

/** Fields the forms have: an error on any other (the request was closed meanwhile) links to
 * the actions' heading instead. */
const FIELDS = [
  'reason',
  'referredTo',
  'publicNote',
  'reopenReason',
  'parent',
  'assignee',
  'body',
  'visibility',
  'newService',
  'reclassifyReason',
];
/** The saved-response picker of the form that was sent (one on each of two forms). */
const cannedId = (intent: Intent | null) => `${intent}-canned`;

/**
 * The staff request page's interactive part: one server action behind every form (plain POST
 * forms, so all of it works without JavaScript), one error summary at the top for whichever form
 * was sent, and the "someone changed this first" notice. Server-rendered parts come in as slots;
 * each form is its own component and gets what they share as one `kit`.
 */
export function RequestWorkspace({
  action,
  copy,
  request: r,
  banner,
  header,
  details,
  history,
  canned,
}: {
  action: (s: ActionState, d: FormData) => Promise<ActionState>;
  copy: WorkspaceCopy;
  request: WorkspaceRequest;
  banner: ReactNode;
  header: ReactNode;
  details: ReactNode;
  history: ReactNode;
  canned: { options: CannedOption[]; copy: CannedPickerCopy };
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.conflict) conflictRef.current?.focus();
  }, [state.seq, state.conflict]);

  const sent = (intent: Intent) => state.intent === intent;
  const kit: FormKit = {
    formAction,
    pending,
    copy,
    request: r,
    error: (intent, field) =>
      sent(intent) && state.errors[field]
        ? (copy.errors[state.errors[field]] ?? state.errors[field])
        : null,
    value: (intent, field, fallback = '') =>
      sent(intent) ? (state.values[field] ?? fallback) : fallback,
    k: (name) => `${name}-${state.seq}`,
    hidden: (intent) => (
      <>
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="trackingNumber" value={r.trackingNumber} />
        <input type="hidden" name="version" value={r.version} />
        {r.queue ? <input type="hidden" name="queue" value={r.queue} /> : null}
      </>
    ),
    canned,
  };
  const { items } = formErrors(
    state.conflict ? {} : state.errors,
    Object.keys(state.errors),
    copy.errors,
    (field) =>
      field === 'canned'
        ? `#${cannedId(state.intent)}`
        : FIELDS.includes(field)
          ? `#${field}`
          : '#actions-heading',
  );

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
      {header}
      {details}

      <section aria-labelledby="actions-heading" className="staff-actions">
        <h2 id="actions-heading" tabIndex={-1}>
          {copy.actionsHeading}
        </h2>
        {banner}
        <StatusButtons kit={kit} />
        {r.moves.includes('reopen') ? <ReopenForm kit={kit} /> : null}
        {r.canClose ? <CloseForm kit={kit} /> : null}
        {r.duplicates ? <DuplicateSuggestions kit={kit} view={r.duplicates} /> : null}
        {r.canMerge ? <MergeForm kit={kit} /> : null}
        {r.reclassify ? <ReclassifyForm kit={kit} view={r.reclassify} /> : null}
        <AssignForm kit={kit} />
        {r.canNote ? <NoteForm kit={kit} /> : null}
      </section>
      {history}
    </>
  );
}
