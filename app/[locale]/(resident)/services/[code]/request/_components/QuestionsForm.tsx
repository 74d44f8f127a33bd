'use client';

import { useRef, useState, startTransition, type FormEvent } from 'react';
import { Button } from '@/components/form/Button';
import { attrField } from '@/lib/requests/fields';
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
/** The check (zod and the schema), loaded when the resident starts answering. */
const loadCheck = () => import('./request-check');
const preloadCheck = () => void loadCheck().catch(() => {});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The order of the questions on the page, for the error summary. */
const BASE_ORDER = ['address', 'zip', 'lat', 'locationNote', 'description', 'photo'];
const CONTACT_ORDER = ['contactName', 'contactEmail', 'contactPhone', 'contactLanguage', 'consent'];

/**
 * The questions page. Without JavaScript it is a plain multipart form posted to the server
 * action; with it, the browser runs the action's own check first (request-check.ts: the same
 * zod schema, loaded on demand) and only a valid form (or a non-validating intent such as
 * "remove photo") is sent.
 *
 * No react-hook-form here any more: with it the page shipped 24 KB gzip over the bare-page
 * floor, over the 20 KB budget (issue 16), and all it did was read the fields and run this
 * schema on submit, which FormData and the lazily loaded check do in the browser already.
 */
export function QuestionsForm({ state, service, copy, formAction, pending, titles }: Props) {
  const { ui } = copy;
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
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
  const errorKeys = attempt > 0 ? clientErrors : state.errors;
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
    const send = () => startTransition(() => formAction(data));
    loadCheck()
      .then(({ checkAnswers }) => checkAnswers(data, service.attributes))
      .then((found) => {
        const errors = { ...found };
        if (photoKey) errors.photo = photoKey;
        setClientErrors(errors);
        setAttempt((n) => n + 1);
        if (!Object.keys(errors).length) send();
      }, send); // The check did not load (a network blip): the server checks the same.
  };

  const common = { errorPrefix: ui.errorPrefix };
  return (
    <>
      {/* React hoists <title> into <head>, also in the HTML of a form sent without JavaScript. */}
      <title>{summary.length ? titles.error : titles.form}</title>
      <ErrorSummary
        title={ui.errorSummaryTitle}
        errors={summary}
        focusKey={`${state.seq}-${attempt}`}
      />
      <span className="muted">{ui.caption}</span>
      <h1>{ui.pageTitle}</h1>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        // The schema starts loading as the resident starts answering, ready by Continue.
        onFocus={preloadCheck}
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
        <input type="hidden" name="idempotencyKey" defaultValue={str(v.idempotencyKey)} />
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
            today={copy.today}
            {...common}
          />
        ))}

        <LocationFields
          copy={copy}
          values={v}
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
          multiline
          {...common}
        />

        <PhotosField copy={copy} photos={state.photos} error={messageFor('photo')} />

        <ContactFields copy={copy} values={v} messageFor={messageFor} />

        <div className="button-group">
          <Button type="submit" name="intent" value="check" variant="primary" disabled={pending}>
            {ui.continue}
          </Button>
        </div>
      </form>
    </>
  );
}
