'use client';

import { useActionState, useEffect } from 'react';
import type { JourneyCopy, JourneyService, JourneyState, JourneyTitles } from './journey-types';
import { QuestionsForm } from './QuestionsForm';
import { CheckAnswers } from './CheckAnswers';

type Props = {
  action: (prev: JourneyState, data: FormData) => Promise<JourneyState>;
  initial: JourneyState;
  service: JourneyService;
  copy: JourneyCopy;
  titles: JourneyTitles;
};

/**
 * The request journey: the questions, then "check your answers", then (on the server) the
 * confirmation. One server action drives it, so it works the same without JavaScript.
 */
export function RequestJourney({ action, initial, service, copy, titles }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  // Each step is a new page to the reader: move focus to its start (after the first).
  useEffect(() => {
    if (state.seq === 0) return;
    window.scrollTo({ top: 0 });
    if (state.step === 'check') document.getElementById('main-content')?.focus();
    else if (state.focus) document.getElementById(state.focus)?.focus();
  }, [state.seq, state.step, state.focus]);

  return state.step === 'check' ? (
    <CheckAnswers
      title={titles.check}
      state={state}
      service={service}
      copy={copy}
      formAction={formAction}
      pending={pending}
    />
  ) : (
    <QuestionsForm
      key={state.seq}
      state={state}
      service={service}
      copy={copy}
      formAction={formAction}
      pending={pending}
      titles={titles}
    />
  );
}
