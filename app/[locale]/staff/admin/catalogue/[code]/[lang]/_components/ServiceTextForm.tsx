'use client';

import { useActionState } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { TextField as Field } from '@/components/form/TextField';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import { Notice } from '../../../../_components/Notice';
import type { TextFormState } from '../actions';

export type TextField = {
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** Starts a new question: a heading above its fields. */
  group?: string;
};

type Copy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  heading: string;
  lead: string;
  back: string;
  backHref: string;
  submit: string;
};

/**
 * The catalogue text form. The fields take the language being edited (`lang`, `dir`) so the
 * browser's spelling check and a screen reader use it, while labels stay in the admin's own.
 * Works without JavaScript: a plain post, errors and values come back in the action's state.
 */
export function ServiceTextForm({
  action,
  fields,
  values,
  lang,
  dir,
  saved,
  copy,
}: {
  action: (s: TextFormState, d: FormData) => Promise<TextFormState>;
  fields: TextField[];
  values: Record<string, string>;
  lang: string;
  dir: 'ltr' | 'rtl';
  saved: string | null;
  copy: Copy;
}) {
  const [state, formAction, pending] = useActionState(action, { values, errors: {}, seq: 0 });
  const { items, messageFor } = formErrors(
    state.errors,
    ['form', ...fields.map((f) => f.name)],
    copy.errors,
    (field) => (field === 'form' ? '#catalogue-form' : `#${field}`),
  );
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <p>
        <a href={copy.backHref}>{copy.back}</a>
      </p>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {saved && !state.seq ? (
        <Notice>
          <p>{saved}</p>
        </Notice>
      ) : null}
      <h1>
        <bdi>{copy.heading}</bdi>
      </h1>
      <p>{copy.lead}</p>
      <form action={formAction} noValidate id="catalogue-form" key={state.seq}>
        {fields.map((f) => (
          <div key={f.name}>
            {f.group ? <h2>{f.group}</h2> : null}
            <Field
              name={f.name}
              label={f.label}
              hint={f.hint}
              multiline={f.multiline}
              error={messageFor(f.name)}
              errorPrefix={copy.errorPrefix}
              defaultValue={state.values[f.name] ?? ''}
              inputProps={{ lang, dir, autoComplete: 'off' }}
            />
          </div>
        ))}
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {copy.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
