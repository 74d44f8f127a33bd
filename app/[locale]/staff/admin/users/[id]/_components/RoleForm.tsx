'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import type { RoleState } from '../../actions';
import type { RoleFieldsCopy } from '../../../_lib/copy';
import { formErrors, type ErrorCopy } from '@/components/form/form-errors';
import { Notice } from '../../../_components/Notice';
import { RoleFields } from '../../../_components/RoleFields';

const FIELDS = ['role', 'agencyCode'] as const;

type Copy = ErrorCopy & {
  pageTitle: string;
  errorPageTitle: string;
  heading: string;
  lead: string;
  submit: string;
  saved: string;
  unchanged: string;
  roleFields: RoleFieldsCopy;
};

/**
 * An account's page around its "change role or agency" form: error summary and result message
 * first (top of the page, GOV.UK), then the page's own content (`top`), the form, and `bottom`.
 * Without the right to edit (`blocked`: one's own account, a disabled one) it says why instead.
 */
export function RoleForm({
  action,
  copy,
  initial,
  blocked,
  top,
  bottom,
}: {
  action: (s: RoleState, d: FormData) => Promise<RoleState>;
  copy: Copy;
  initial: { role: string; agencyCode: string };
  blocked: string | null;
  top: ReactNode;
  bottom: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: initial,
    errors: {},
    seq: 0,
    saved: null,
  });
  const { items, messageFor } = formErrors(state.errors, FIELDS, copy.errors);
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {state.saved ? (
        <Notice focusKey={state.seq}>
          <p>{state.saved === 'changed' ? copy.saved : copy.unchanged}</p>
        </Notice>
      ) : null}
      {top}
      <h2 id="role-heading">{copy.heading}</h2>
      {blocked ? (
        <p>{blocked}</p>
      ) : (
        <>
          <p>{copy.lead}</p>
          <form action={formAction} noValidate aria-labelledby="role-heading" key={state.seq}>
            <RoleFields
              copy={copy.roleFields}
              values={state.values}
              errorOf={messageFor}
              errorPrefix={copy.errorPrefix}
            />
            <div className="button-group">
              <Button type="submit" variant="primary" disabled={pending}>
                {copy.submit}
              </Button>
            </div>
          </form>
        </>
      )}
      {bottom}
    </>
  );
}
