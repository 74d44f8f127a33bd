'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { TextField } from '@/components/form/TextField';
import type { NewUserState } from '../actions';
import type { RoleFieldsCopy } from '../../_lib/copy';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import { RoleFields } from '../../_components/RoleFields';

const FIELDS = ['name', 'email', 'role', 'agencyCode', 'password'] as const;

type Copy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  heading: string;
  name: string;
  email: string;
  emailHint: string;
  password: string;
  passwordHint: string;
  submit: string;
  roleFields: RoleFieldsCopy;
};

/**
 * The users page around the "create a staff account" form: the error summary belongs at the top
 * of the page (GOV.UK), so this component renders it before the page's own content (`children`).
 * It also renders the page <title>, prefixed "Error:" while errors show (also without JavaScript).
 */
export function CreateUserForm({
  action,
  copy,
  children,
}: {
  action: (s: NewUserState, d: FormData) => Promise<NewUserState>;
  copy: Copy;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: { name: '', email: '', role: '', agencyCode: '' },
    errors: {},
    seq: 0,
  });
  const { items, messageFor: errorOf } = formErrors(state.errors, FIELDS, copy.errors);
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {children}
      <h2 id="create-user-heading">{copy.heading}</h2>
      {/* Keyed by submission: React resets a form after its action; the values come back. */}
      <form action={formAction} noValidate aria-labelledby="create-user-heading" key={state.seq}>
        <TextField
          name="name"
          label={copy.name}
          error={errorOf('name')}
          errorPrefix={copy.errorPrefix}
          defaultValue={state.values.name}
          inputProps={{ autoComplete: 'off', spellCheck: false }}
        />
        <TextField
          name="email"
          label={copy.email}
          hint={copy.emailHint}
          error={errorOf('email')}
          errorPrefix={copy.errorPrefix}
          defaultValue={state.values.email}
          inputProps={{ type: 'email', autoComplete: 'off', spellCheck: false }}
        />
        <RoleFields
          copy={copy.roleFields}
          values={state.values}
          errorOf={errorOf}
          errorPrefix={copy.errorPrefix}
        />
        <TextField
          name="password"
          label={copy.password}
          hint={copy.passwordHint}
          error={errorOf('password')}
          errorPrefix={copy.errorPrefix}
          // Shown as typed: the admin must read it out to the new user; "new-password" keeps
          // browsers from filling in the admin's own password.
          inputProps={{ type: 'text', autoComplete: 'new-password', spellCheck: false }}
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
