'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import type { CannedFormState } from '../actions';

// lib/staff/canned-schema.ts's CANNED_FIELDS (not imported: it would bring zod to the browser),
// and `form` for a problem of the whole form (the response was deleted meanwhile).
const FIELDS = ['form', 'agency', 'title', 'bodyEn', 'bodyEs'] as const;

export type ResponseFormCopy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  agency: string;
  agencyHint: string;
  title: string;
  titleHint: string;
  bodyEn: string;
  bodyEnHint: string;
  bodyEs: string;
  bodyEsHint: string;
  submit: string;
  cancel: string;
};

/**
 * The add and edit forms of a saved response, around the page's heading (`children`): the
 * error summary comes first (GOV.UK) and the <title> says "Error:" while errors show, with or
 * without JavaScript. `agencies` is given to admins only (a supervisor's agency is their own).
 */
export function ResponseForm({
  action,
  copy,
  initial,
  agencies,
  cancelHref,
  labelledBy,
  children,
}: {
  action: (s: CannedFormState, d: FormData) => Promise<CannedFormState>;
  copy: ResponseFormCopy;
  initial: CannedFormState['values'];
  agencies: { value: string; label: string }[] | null;
  cancelHref: string;
  labelledBy: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: initial,
    errors: {},
    seq: 0,
  });
  const { items, messageFor: errorOf } = formErrors(state.errors, FIELDS, copy.errors, (f) =>
    f === 'form' ? '#main-content' : `#${f}`,
  );
  const v = state.values;
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    error: errorOf(name),
    errorPrefix: copy.errorPrefix,
    defaultValue: v[name as keyof typeof v],
  });
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {children}
      {/* Keyed by submission: React resets a form after its action; the values come back. */}
      <form action={formAction} noValidate aria-labelledby={labelledBy} key={state.seq}>
        {agencies ? (
          <SelectField
            {...field('agency')}
            label={copy.agency}
            hint={copy.agencyHint}
            options={agencies}
          />
        ) : null}
        <TextField
          {...field('title')}
          label={copy.title}
          hint={copy.titleHint}
          inputProps={{ autoComplete: 'off' }}
        />
        <TextField {...field('bodyEn')} label={copy.bodyEn} hint={copy.bodyEnHint} multiline />
        {/* The text is Spanish whatever the page's language (WCAG 3.1.2, language of parts). */}
        <TextField
          {...field('bodyEs')}
          label={copy.bodyEs}
          hint={copy.bodyEsHint}
          multiline
          inputProps={{ lang: 'es' }}
        />
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {copy.submit}
          </Button>
          <a href={cancelHref}>{copy.cancel}</a>
        </div>
      </form>
    </>
  );
}
