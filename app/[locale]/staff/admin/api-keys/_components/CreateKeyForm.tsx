'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { TextField } from '@/components/form/TextField';
import type { NewKeyState } from '../actions';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import { Notice } from '../../_components/Notice';

type Copy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  heading: string;
  name: string;
  nameHint: string;
  submit: string;
  newKeyBody: string;
};

/**
 * The API keys page around its "create a key" form: the error summary, or the new key, at the
 * top of the page, then the page's content (`top`), the form and `bottom`. The key lives only in
 * this response's state: a reload or another page and it is gone.
 */
export function CreateKeyForm({
  action,
  copy,
  top,
  bottom,
}: {
  action: (s: NewKeyState, d: FormData) => Promise<NewKeyState>;
  copy: Copy;
  top: ReactNode;
  bottom: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: { name: '' },
    errors: {},
    seq: 0,
    created: null,
  });
  const { items, messageFor } = formErrors(state.errors, ['name'], copy.errors);
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {state.created ? (
        <Notice focusKey={state.seq} panel>
          <h2>{state.created.heading}</h2>
          <p>{copy.newKeyBody}</p>
          <p className="tracking-number" translate="no">
            {state.created.key}
          </p>
        </Notice>
      ) : null}
      {top}
      <h2 id="create-key-heading">{copy.heading}</h2>
      <form action={formAction} noValidate aria-labelledby="create-key-heading" key={state.seq}>
        <TextField
          name="name"
          label={copy.name}
          hint={copy.nameHint}
          error={messageFor('name')}
          errorPrefix={copy.errorPrefix}
          defaultValue={state.values.name}
          inputProps={{ autoComplete: 'off' }}
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
