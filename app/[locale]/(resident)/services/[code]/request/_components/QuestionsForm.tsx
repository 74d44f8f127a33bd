'use client';

import { useMemo, useRef, useState, startTransition, type FormEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@/components/form/Button';
import { attrField, requestSchema } from '@/lib/requests/schema';
import { photosProblem } from '@/lib/media/limits';
import { TextField } from '@/components/form/TextField';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors } from '@/components/form/form-errors';
import type { JourneyTitles, StepProps } from './journey-types';
import { AttributeField } from './AttributeField';
import { LocationFields } from './LocationFields';
import { PhotosField } from './PhotosField';
import { ContactFields } from './ContactFields';
import { saveDraft, valuesOf } from './draft';
import { optional } from './labels';

type Props = StepProps & { titles: JourneyTitles };

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The order of the questions on the page, for the error summary. */
const BASE_ORDER = ['address', 'zip', 'lat', 'locationNote', 'description', 'photo'];
const CONTACT_ORDER = ['contactName', 'contactEmail', 'contactPhone', 'contactLanguage', 'consent'];

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
    defaultValues: { ...state.values, mediaIds: state.photos.map((p) => p.id) },
    mode: 'onSubmit',
    // The error summary takes focus (GOV.UK), not the first field.
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const v = state.values;
  // Keep the answers in the tab, for a language switch (draft.ts), as they change.
  const save = () => {
    if (formRef.current)
      saveDraft(service.code, {
        values: valuesOf(formRef.current),
        photos: state.photos,
        locale: copy.locale,
      });
  };
  // Errors from the browser's check win once the resident has tried to continue here.
  const clientErrors = Object.fromEntries(
    Object.entries(formState.errors).map(([k, e]) => [
      k === 'mediaIds' ? 'photo' : k,
      str(e?.message),
    ]),
  );
  const errorKeys: Record<string, string> =
    attempt > 0 ? { ...clientErrors, ...(photoError ? { photo: photoError } : {}) } : state.errors;
  const order = [
    ...service.attributes.map((a) => attrField(a.code)),
    ...BASE_ORDER,
    ...CONTACT_ORDER,
    'idempotencyKey',
  ];
  // Messages are per field: an attribute's message names its question.
  const { messageFor, items: summary } = formErrors(
    errorKeys,
    order,
    (key, field) => copy.errors[field]?.[key] ?? key,
    (field) => `#${field === 'idempotencyKey' ? 'main-content' : field}`,
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    event.preventDefault();
    const data = new FormData(event.currentTarget, submitter);
    if (submitter?.value !== 'check') {
      startTransition(() => formAction(data));
      return;
    }
    // Photos are checked here before minutes of upload on a phone; the server checks again.
    const input = event.currentTarget.elements.namedItem('photo') as HTMLInputElement | null;
    const files = [...(input?.files ?? [])];
    const photoKey = files.length ? photosProblem(files, state.photos.length) : null;
    // A refused file is not sent: clear it, as the server would have dropped it.
    if (photoKey && input) input.value = '';
    setPhotoError(photoKey);
    setAttempt((n) => n + 1);
    void handleSubmit(() => {
      if (!photoKey) startTransition(() => formAction(data));
    })();
  };

  const common = { errorPrefix: ui.errorPrefix };
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
      <h1>{ui.pageTitle}</h1>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        onChange={save}
        noValidate
        encType="multipart/form-data"
      >
        {/*
          Enter in a text field presses the form's first submit button (HTML implicit
          submission). Without this one, that would be "Remove photo 1". It is Continue,
          out of sight and out of the tab order; the visible Continue is at the end.
        */}
        <button
          type="submit"
          name="intent"
          value="check"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          disabled={pending}
        >
          {ui.continue}
        </button>
        <input type="hidden" {...register('idempotencyKey')} defaultValue={str(v.idempotencyKey)} />
        {/* Nearby requests already declined (actions.ts): not part of the request itself. */}
        <input type="hidden" name="declined" defaultValue={str(v.declined)} />

        {service.attributes.length ? <h2>{ui.questionsHeading}</h2> : null}
        {service.attributes.map((a) => (
          <AttributeField
            key={a.code}
            attribute={a}
            label={a.required ? a.label : optional(copy, a.label)}
            error={messageFor(attrField(a.code))}
            value={v[attrField(a.code)]}
            registration={register(attrField(a.code))}
            today={copy.today}
            {...common}
          />
        ))}

        <LocationFields
          copy={copy}
          values={v}
          register={register}
          setValue={setValue}
          messageFor={messageFor}
          onCoordsChange={save}
          restoring={state.seq === 0}
        />

        <TextField
          name="description"
          label={optional(copy, ui.descriptionLabel)}
          hint={ui.descriptionHint}
          error={messageFor('description')}
          defaultValue={str(v.description)}
          registration={register('description')}
          multiline
          {...common}
        />

        <PhotosField copy={copy} photos={state.photos} error={messageFor('photo')} />

        <ContactFields copy={copy} values={v} register={register} messageFor={messageFor} />

        <div className="button-group">
          <Button type="submit" name="intent" value="check" variant="primary" disabled={pending}>
            {ui.continue}
          </Button>
        </div>
      </form>
    </>
  );
}
