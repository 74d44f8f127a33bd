'use client';

import { useActionState } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors } from '@/components/form/form-errors';
import { TextField } from '@/components/form/TextField';
import type { SignInState } from '../actions';

type Copy = {
  title: string;
  lead: string;
  email: string;
  password: string;
  submit: string;
  summaryTitle: string;
  errorPrefix: string;
  pageTitle: string;
  errorPageTitle: string;
  errors: Record<string, string>;
};

/** GOV.UK-style sign-in: paste allowed, password managers welcome (autocomplete set). */
export function SignInForm({
  action,
  copy,
}: {
  action: (s: SignInState, d: FormData) => Promise<SignInState>;
  copy: Copy;
}) {
  const [state, formAction, pending] = useActionState(action, { email: '', errors: {}, seq: 0 });
  const { items, messageFor: message } = formErrors(
    state.errors,
    ['email', 'password'],
    copy.errors,
  );
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      <h1>{copy.title}</h1>
      <p>{copy.lead}</p>
      <form action={formAction} noValidate>
        <TextField
          name="email"
          label={copy.email}
          error={message('email')}
          errorPrefix={copy.errorPrefix}
          defaultValue={state.email}
          inputProps={{ type: 'email', autoComplete: 'username', spellCheck: false }}
          key={`email-${state.seq}`}
        />
        <TextField
          name="password"
          label={copy.password}
          error={message('password')}
          errorPrefix={copy.errorPrefix}
          inputProps={{ type: 'password', autoComplete: 'current-password' }}
        />
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {copy.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
