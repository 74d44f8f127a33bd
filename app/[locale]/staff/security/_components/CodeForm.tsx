'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import { TextField } from '@/components/form/TextField';
import { Notice } from '../../admin/_components/Notice';
import type { CodeState } from '../code-state';

type Copy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  label: string;
  hint: string | null;
  submit: string;
  codesTitle: string;
  codesLead: string;
  codesListLabel: string;
  continueLabel: string;
  continueHref: string;
};

/**
 * One code field and its button (sign-in code, enrolment, new recovery codes), as a plain form
 * that works without JavaScript. When the action hands back recovery codes, they replace the
 * form: shown once, in this response only.
 */
export function CodeForm({
  action,
  copy,
  numeric,
  intent,
  top,
  bottom,
}: {
  action: (s: CodeState, d: FormData) => Promise<CodeState>;
  copy: Copy;
  /** Only an app code is asked (digits keyboard); otherwise a recovery code may be typed too. */
  numeric: boolean;
  /** Sent as a hidden field, for an action that serves more than one form. */
  intent?: string;
  top: ReactNode;
  bottom?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    errors: {},
    seq: 0,
    recoveryCodes: null,
  });
  const { items, messageFor } = formErrors(state.errors, ['code'], copy.errors);
  if (state.recoveryCodes) {
    return (
      <>
        <title>{copy.pageTitle}</title>
        <Notice focusKey={state.seq} panel>
          <h2>{copy.codesTitle}</h2>
          <p>{copy.codesLead}</p>
          <ol className="recovery-codes" aria-label={copy.codesListLabel} translate="no">
            {state.recoveryCodes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </Notice>
        <p>
          <a href={copy.continueHref}>{copy.continueLabel}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {top}
      <form action={formAction} noValidate key={state.seq}>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <TextField
          name="code"
          label={copy.label}
          hint={copy.hint}
          error={messageFor('code')}
          errorPrefix={copy.errorPrefix}
          className="code-input"
          inputProps={{
            autoComplete: 'one-time-code',
            spellCheck: false,
            autoCapitalize: 'none',
            ...(numeric ? { inputMode: 'numeric' as const } : {}),
          }}
        />
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {copy.submit}
          </Button>
        </div>
      </form>
      {bottom}
    </>
  );
}
