'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import { CANNED_FIELDS, type CannedBodyField } from '@/lib/staff/canned-fields';
import type { CannedFormState } from '../actions';

// The fields (one body per locale), and `form` for a problem of the whole form (the response
// was deleted meanwhile). From canned-fields.ts, not the schema: zod stays off the browser.
const FIELDS = ['form', ...CANNED_FIELDS] as const;

/** One language's box: its words in the reader's language, its messages naming the language. */
export type BodyCopy = {
  field: CannedBodyField;
  lang: string;
  dir: 'ltr' | 'rtl';
  label: string;
  hint: string;
  /** Validation key → text for this box. */
  errors: Record<string, string>;
};

export type ResponseFormCopy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  agency: string;
  agencyHint: string;
  title: string;
  titleHint: string;
  bodies: BodyCopy[];
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
  const byField = new Map(copy.bodies.map((b) => [b.field as string, b.errors]));
  const { items, messageFor: errorOf } = formErrors(
    state.errors,
    FIELDS,
    (key, f) => byField.get(f)?.[key] ?? copy.errors[key] ?? key,
    (f) => (f === 'form' ? '#main-content' : `#${f}`),
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
        {/* Each text is in its own language and direction whatever the page's (WCAG 3.1.2,
            language of parts): Arabic is typed right to left on an English page. */}
        {copy.bodies.map((b) => (
          <TextField
            key={b.field}
            {...field(b.field)}
            label={b.label}
            hint={b.hint}
            multiline
            inputProps={{ lang: b.lang, dir: b.dir }}
          />
        ))}
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
