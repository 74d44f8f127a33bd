'use client';

import { useActionState, useEffect } from 'react';
import type { JourneyCopy, JourneyService, JourneyState, JourneyTitles } from './journey-types';
import { QuestionsForm } from './QuestionsForm';
import { CheckAnswers } from './CheckAnswers';
import { NearbyRequests } from './NearbyRequests';
import { useRestoredDraft } from './draft';

type Props = {
  action: (prev: JourneyState, data: FormData) => Promise<JourneyState>;
  initial: JourneyState;
  service: JourneyService;
  copy: JourneyCopy;
  titles: JourneyTitles;
};

/**
 * The request journey: the questions, then open requests of the same service nearby if there
 * are any ("Already reported?"), then "check your answers", then (on the server) the
 * confirmation. One server action drives it, so it works the same without JavaScript.
 */
export function RequestJourney({ action, initial, service, copy, titles }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  // Answers given on this form in the other language (a language switch reloads the page).
  const draft = useRestoredDraft(service.code, String(initial.values.idempotencyKey), copy.locale);
  // Each step is a new page to the reader: move focus to its start (after the first).
  useEffect(() => {
    if (state.seq === 0) return;
    window.scrollTo({ top: 0 });
    if (state.step !== 'form') document.getElementById('main-content')?.focus();
    else if (state.focus) document.getElementById(state.focus)?.focus();
  }, [state.seq, state.step, state.focus]);

  if (state.step === 'nearby') {
    return (
      <NearbyRequests
        title={titles.nearby}
        state={state}
        service={service}
        copy={copy}
        formAction={formAction}
        pending={pending}
      />
    );
  }
  if (state.step === 'check') {
    return (
      <CheckAnswers
        title={state.errors.idempotencyKey ? titles.checkError : titles.check}
        state={state}
        service={service}
        copy={copy}
        formAction={formAction}
        pending={pending}
      />
    );
  }
  const restored =
    state.seq === 0 && draft
      ? { ...state, values: { ...state.values, ...draft.values }, photos: draft.photos }
      : state;
  return (
    <QuestionsForm
      // A new form for each answer from the server, and once more when a draft is restored.
      key={`${state.seq}${restored === state ? '' : '-restored'}`}
      state={restored}
      service={service}
      copy={copy}
      formAction={formAction}
      pending={pending}
      titles={titles}
    />
  );
}
