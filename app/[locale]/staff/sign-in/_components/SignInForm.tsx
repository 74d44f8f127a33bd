'use client';

import { useActionState } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors } from '@/components/form/form-errors';
import { TextField } from '@/components/form/TextField';
import type { SignInState } from '../actions';
import { SsoError } from './SsoError';

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

/** Single sign-on, when configured: the link to start it and, after a failed one, why. */
export type SsoCopy = {
  href: string;
  button: string;
  orPassword: string;
  errorTitle: string;
  error?: string;
};

/** GOV.UK-style sign-in: paste allowed, password managers welcome (autocomplete set). */
export function SignInForm({
  action,
  copy,
  sso,
}: {
  action: (s: SignInState, d: FormData) => Promise<SignInState>;
  copy: Copy;
  sso?: SsoCopy;
}) {
  const [state, formAction, pending] = useActionState(action, { email: '', errors: {}, seq: 0 });
  const { items, messageFor: message } = formErrors(
    state.errors,
    ['email', 'password'],
    copy.errors,
  );
  // A failed single sign-on is explained until the password form has something to say.
  const ssoError = !items.length && sso?.error;
  return (
    <>
      <title>{items.length || ssoError ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {ssoError && <SsoError title={sso.errorTitle} message={ssoError} />}
      <h1>{copy.title}</h1>
      <p>{copy.lead}</p>
      {sso && (
        <>
          {/* A plain link: it works before JavaScript loads, and the route it opens redirects. */}
          <p>
            <a className="btn btn-primary" href={sso.href}>
              {sso.button}
            </a>
          </p>
          <h2>{sso.orPassword}</h2>
        </>
      )}
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
