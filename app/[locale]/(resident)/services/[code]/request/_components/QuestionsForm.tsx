'use client';

import { useMemo, useRef, useState, startTransition, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@/components/form/Button';
import { attrField, contactLanguages, requestSchema } from '@/lib/requests/schema';
import { localeNames } from '@/lib/i18n/config';
import { PHOTO_ACCEPT, photoProblem } from '@/lib/media/limits';
import { TextField } from '@/components/form/TextField';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { SelectField } from '@/components/form/SelectField';
import { ErrorSummary, type ErrorItem } from '@/components/form/ErrorSummary';
import { fill, type JourneyTitles, type StepProps } from './journey-types';
import { AttributeField } from './AttributeField';
import { UseMyLocation } from './UseMyLocation';

type Props = StepProps & { titles: JourneyTitles };

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The questions page. Without JavaScript it is a plain multipart form posted to the server
 * action; with it, react-hook-form checks the same zod schema first and only a valid form
 * (or a non-validating intent such as "remove photo") is sent.
 */
export function QuestionsForm({ state, service, copy, formAction, pending, titles }: Props) {
  const { ui } = copy;
  const schema = useMemo(() => requestSchema(service.attributes), [service.attributes]);
  const { register, handleSubmit, formState, setValue } = useForm<Record<string, unknown>>({
    // The schema is built at run time from the service's questions: its static type is loose.
    resolver: zodResolver(schema) as unknown as Resolver<Record<string, unknown>>,
    defaultValues: state.values,
    mode: 'onSubmit',
    // The error summary takes focus (GOV.UK), not the first field.
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [photoError, setPhotoError] = useState<string | null>(null);

  // Errors from the browser's check win once the resident has tried to continue here.
  const clientErrors = Object.fromEntries(
    Object.entries(formState.errors).map(([k, e]) => [k, str(e?.message)]),
  );
  const errorKeys: Record<string, string> =
    attempt > 0 ? { ...clientErrors, ...(photoError ? { photo: photoError } : {}) } : state.errors;
  const order = [
    ...service.attributes.map((a) => attrField(a.code)),
    'address',
    'zip',
    'lat',
    'description',
    'photo',
    'contactName',
    'contactEmail',
    'contactPhone',
    'contactLanguage',
    'consent',
    'idempotencyKey',
  ];
  const messageFor = (field: string) => {
    const key = errorKeys[field];
    return key ? (copy.errors[field]?.[key] ?? key) : null;
  };
  const summary: ErrorItem[] = order
    .filter((f) => errorKeys[f])
    .map((f) => ({
      field: f,
      href: `#${f === 'idempotencyKey' ? 'main-content' : f}`,
      message: messageFor(f)!,
    }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    event.preventDefault();
    const data = new FormData(event.currentTarget, submitter);
    if (submitter?.value !== 'check') {
      startTransition(() => formAction(data));
      return;
    }
    const file = data.get('photo');
    const photoKey = file instanceof File && file.size > 0 ? photoProblem(file) : null;
    setPhotoError(photoKey);
    setAttempt((n) => n + 1);
    void handleSubmit(() => {
      if (!photoKey) startTransition(() => formAction(data));
    })();
  };

  const common = { errorPrefix: ui.errorPrefix };
  const v = state.values;
  return (
    <>
      {/* React hoists <title> into <head>, also in the HTML of a form sent without JavaScript. */}
      <title>{summary.length ? titles.error : titles.form}</title>
      <ErrorSummary
        title={ui.errorSummaryTitle}
        errors={summary}
        focusKey={`${state.seq}-${attempt}-${formState.submitCount}`}
      />
      <span className="muted">{ui.caption}</span>
      <h1>{fill(ui.pageTitle, { service: service.name })}</h1>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        encType="multipart/form-data"
      >
        <input type="hidden" {...register('idempotencyKey')} defaultValue={str(v.idempotencyKey)} />
        <input type="hidden" {...register('mediaId')} defaultValue={state.photo?.id ?? ''} />

        {service.attributes.length ? <h2>{ui.questionsHeading}</h2> : null}
        {service.attributes.map((a) => (
          <AttributeField
            key={a.code}
            attribute={a}
            error={messageFor(attrField(a.code))}
            value={v[attrField(a.code)]}
            registration={register(attrField(a.code))}
            {...common}
          />
        ))}

        <h2>{ui.locationHeading}</h2>
        <TextField
          name="address"
          label={ui.addressLabel}
          hint={ui.addressHint}
          error={messageFor('address')}
          defaultValue={str(v.address)}
          registration={register('address')}
          inputProps={{ autoComplete: 'street-address' }}
          {...common}
        />
        <TextField
          name="zip"
          label={ui.zipLabel}
          hint={ui.zipHint}
          error={messageFor('zip')}
          defaultValue={str(v.zip)}
          registration={register('zip')}
          className="form-control--zip"
          inputProps={{ autoComplete: 'postal-code', inputMode: 'numeric', spellCheck: false }}
          {...common}
        />
        <UseMyLocation
          copy={ui}
          error={messageFor('lat')}
          lat={str(v.lat)}
          long={str(v.long)}
          latRegistration={register('lat')}
          longRegistration={register('long')}
          setValue={(name, value) => setValue(name, value)}
        />

        <TextField
          name="description"
          label={ui.descriptionLabel}
          hint={ui.descriptionHint}
          error={messageFor('description')}
          defaultValue={str(v.description)}
          registration={register('description')}
          multiline
          {...common}
        />

        {state.photo ? (
          <div className="form-group">
            <p className="form-label">{ui.photoLabel}</p>
            <p>{state.photo.label}</p>
            <button
              type="submit"
              name="intent"
              value="remove-photo"
              className="btn btn-outline-primary"
            >
              {ui.removePhoto}
            </button>
          </div>
        ) : (
          <TextField
            name="photo"
            label={ui.photoLabel}
            hint={ui.photoHint}
            error={messageFor('photo')}
            inputProps={{
              type: 'file',
              accept: PHOTO_ACCEPT,
            }}
            {...common}
          />
        )}

        <h2>{ui.contactHeading}</h2>
        <p className="muted">{ui.contactHint}</p>
        <TextField
          name="contactName"
          label={ui.nameLabel}
          error={messageFor('contactName')}
          defaultValue={str(v.contactName)}
          registration={register('contactName')}
          inputProps={{ autoComplete: 'name' }}
          {...common}
        />
        <TextField
          name="contactEmail"
          label={ui.emailLabel}
          error={messageFor('contactEmail')}
          defaultValue={str(v.contactEmail)}
          registration={register('contactEmail')}
          inputProps={{ type: 'email', autoComplete: 'email', spellCheck: false }}
          {...common}
        />
        <TextField
          name="contactPhone"
          label={ui.phoneLabel}
          hint={ui.phoneHint}
          error={messageFor('contactPhone')}
          defaultValue={str(v.contactPhone)}
          registration={register('contactPhone')}
          inputProps={{ type: 'tel', autoComplete: 'tel' }}
          {...common}
        />
        <SelectField
          name="contactLanguage"
          label={ui.languageLabel}
          error={messageFor('contactLanguage')}
          defaultValue={str(v.contactLanguage)}
          registration={register('contactLanguage')}
          options={contactLanguages.map((l) => ({
            value: l,
            label: l === 'other' ? ui.languageOther : localeNames[l],
          }))}
          {...common}
        />
        <ChoiceGroup
          name="consent"
          type="checkbox"
          legend={ui.checkUpdates}
          error={messageFor('consent')}
          options={[{ value: 'yes', label: ui.consentLabel }]}
          defaultValue={v.consent === 'yes' ? 'yes' : undefined}
          registration={register('consent')}
          {...common}
        />

        <div className="button-group">
          <Button type="submit" name="intent" value="check" variant="primary" disabled={pending}>
            {ui.continue}
          </Button>
        </div>
      </form>
    </>
  );
}
