'use client';

import { useActionState, type ReactNode } from 'react';
import type { AttributeView } from '@/lib/services/types';
import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { formErrors } from '@/components/form/form-errors';
import { attrField } from '@/lib/requests/schema';
// The resident form's own question, by datatype: callers are asked what residents are asked.
import { AttributeField } from '@/app/[locale]/(resident)/services/[code]/request/_components/AttributeField';
import { fill } from '@/app/[locale]/(resident)/services/[code]/request/_components/journey-types';
import type { IntakeCopy, IntakeState } from './intake-types';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The fields in the order the page asks them, for the error summary. */
const LOCATION = ['address', 'zip', 'locationNote', 'lat', 'long', 'description'];
const CALLER = ['contactLanguage', 'callerConsent', 'contactName', 'contactEmail', 'contactPhone'];
/** Problems of the whole form (it expired; the service was withdrawn meanwhile). */
const PAGE_ERRORS = ['idempotencyKey', 'service'];

/**
 * A phoned-in request: the service's questions, where, what, then the caller (their language,
 * whether they agreed to be contacted, and only then how). A plain form posted to the server
 * action, which checks it with the resident form's schema: it works without JavaScript, and
 * comes back as typed with the GOV.UK error summary when something is missing.
 */
export function IntakeForm({
  action,
  initial,
  attributes,
  copy,
  labelledBy,
  children,
}: {
  action: (s: IntakeState, d: FormData) => Promise<IntakeState>;
  initial: IntakeState['values'];
  attributes: AttributeView[];
  copy: IntakeCopy;
  labelledBy: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: initial,
    errors: {},
    seq: 0,
  });
  const { items, messageFor } = formErrors(
    state.errors,
    [...PAGE_ERRORS, ...attributes.map((a) => attrField(a.code)), ...LOCATION, ...CALLER],
    (key, field) => copy.errors[field]?.[key] ?? key,
    (field) => (PAGE_ERRORS.includes(field) ? '#main-content' : `#${field}`),
  );
  const v = state.values;
  const { text } = copy;
  const optional = (label: string) => fill(copy.optionalLabel, { label });
  const common = { errorPrefix: copy.errorPrefix };
  const field = (name: string) => ({ name, error: messageFor(name), defaultValue: str(v[name]) });
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      {children}
      {/* Keyed by submission: React resets a form after its action; the values come back. */}
      <form action={formAction} noValidate aria-labelledby={labelledBy} key={state.seq}>
        <input type="hidden" name="idempotencyKey" defaultValue={str(v.idempotencyKey)} />
        {attributes.length ? <h2>{text.questionsHeading}</h2> : null}
        {attributes.map((a) => (
          <AttributeField
            key={a.code}
            attribute={a}
            label={a.required ? a.label : optional(a.label)}
            error={messageFor(attrField(a.code))}
            value={v[attrField(a.code)]}
            today={copy.today}
            {...common}
          />
        ))}

        <h2>{text.locationHeading}</h2>
        <TextField
          {...field('address')}
          label={text.addressLabel}
          hint={text.addressHint}
          {...common}
        />
        <TextField
          {...field('zip')}
          label={text.zipLabel}
          hint={text.zipHint}
          className="form-control--zip"
          inputProps={{ inputMode: 'numeric', spellCheck: false, autoComplete: 'off' }}
          {...common}
        />
        <TextField
          {...field('locationNote')}
          label={optional(text.landmarkLabel)}
          hint={text.landmarkHint}
          {...common}
        />
        <TextField
          {...field('lat')}
          label={optional(text.latLabel)}
          hint={text.latHint}
          className="form-control--number"
          inputProps={{ inputMode: 'decimal', spellCheck: false, autoComplete: 'off' }}
          {...common}
        />
        <TextField
          {...field('long')}
          label={optional(text.longLabel)}
          hint={text.longHint}
          className="form-control--number"
          inputProps={{ inputMode: 'decimal', spellCheck: false, autoComplete: 'off' }}
          {...common}
        />
        <TextField
          {...field('description')}
          label={optional(text.descriptionLabel)}
          hint={text.descriptionHint}
          multiline
          {...common}
        />

        <h2>{text.callerHeading}</h2>
        <SelectField
          {...field('contactLanguage')}
          label={text.languageLabel}
          hint={text.languageHint}
          options={copy.languages}
          {...common}
        />
        <ChoiceGroup
          name="callerConsent"
          type="radio"
          legend={text.consentLegend}
          hint={text.consentHint}
          error={messageFor('callerConsent')}
          options={[
            { value: 'yes', label: text.consentYes },
            { value: 'no', label: text.consentNo },
          ]}
          defaultValue={str(v.callerConsent) || undefined}
          {...common}
        />
        <p className="muted">{text.contactHint}</p>
        {/* The caller's details, not the call taker's: the browser must not fill in its own. */}
        <TextField
          {...field('contactName')}
          label={optional(text.nameLabel)}
          inputProps={{ autoComplete: 'off' }}
          {...common}
        />
        <TextField
          {...field('contactEmail')}
          label={optional(text.emailLabel)}
          inputProps={{ type: 'email', autoComplete: 'off', spellCheck: false }}
          {...common}
        />
        <TextField
          {...field('contactPhone')}
          label={optional(text.phoneLabel)}
          hint={text.phoneHint}
          inputProps={{ type: 'tel', autoComplete: 'off' }}
          {...common}
        />
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {text.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
