'use client';

import { useActionState, useEffect, useRef } from 'react';
import Link from 'next/link';
import { Button } from '@/components/form/Button';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { formErrors } from '@/components/form/form-errors';
import { TextField } from '@/components/form/TextField';
import type { SurveyState } from '../actions';

export type SurveyCopy = {
  pageTitle: string;
  errorPageTitle: string;
  title: string;
  lead: string;
  privacy: string;
  scoreLegend: string;
  scores: { value: string; label: string }[];
  commentLabel: string;
  commentHint: string;
  submit: string;
  summaryTitle: string;
  errorPrefix: string;
  errors: Record<string, string>;
  trackLink: string;
  /** Title and text after answering, per outcome. */
  outcomes: Record<
    'recorded' | 'answered' | 'invalid',
    { pageTitle: string; title: string; body: string }
  >;
};

/**
 * One question, one optional comment, GOV.UK error pattern. The same server action serves the
 * plain HTML form (JavaScript off: the page comes back with the state) and this component.
 */
export function SurveyForm({
  action,
  initial,
  token,
  trackHref,
  copy,
}: {
  action: (s: SurveyState, d: FormData) => Promise<SurveyState>;
  initial: 'open' | 'answered';
  token: string;
  trackHref: string;
  copy: SurveyCopy;
}) {
  const [state, formAction, pending] = useActionState(action, {
    status: initial,
    errors: {},
    score: '',
    comment: '',
    seq: 0,
  });
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form is gone after an answer: take focus to what replaced it, so it is announced.
    if (state.seq > 0 && state.status !== 'open') outcomeRef.current?.focus();
  }, [state.seq, state.status]);

  if (state.status !== 'open') {
    const outcome = copy.outcomes[state.status];
    return (
      <>
        <title>{outcome.pageTitle}</title>
        <div ref={outcomeRef} tabIndex={-1}>
          <h1>{outcome.title}</h1>
          <p>{outcome.body}</p>
        </div>
        {state.status === 'invalid' ? null : (
          <p>
            <Link href={trackHref}>{copy.trackLink}</Link>
          </p>
        )}
      </>
    );
  }

  const { items, messageFor: message } = formErrors(
    state.errors,
    ['score', 'comment'],
    copy.errors,
  );
  return (
    <>
      <title>{items.length ? copy.errorPageTitle : copy.pageTitle}</title>
      <ErrorSummary title={copy.summaryTitle} errors={items} focusKey={state.seq} />
      <h1>{copy.title}</h1>
      <p>{copy.lead}</p>
      <p>{copy.privacy}</p>
      <form action={formAction} noValidate>
        <input type="hidden" name="token" value={token} />
        {/* Keyed by submission: React resets a form after its action, and the fields must come
            back with what was sent. */}
        <ChoiceGroup
          key={`score-${state.seq}`}
          name="score"
          type="radio"
          legend={copy.scoreLegend}
          error={message('score')}
          errorPrefix={copy.errorPrefix}
          options={copy.scores}
          defaultValue={state.score}
        />
        <TextField
          key={`comment-${state.seq}`}
          name="comment"
          label={copy.commentLabel}
          hint={copy.commentHint}
          error={message('comment')}
          errorPrefix={copy.errorPrefix}
          defaultValue={state.comment}
          multiline
        />
        <div className="button-group">
          <Button type="submit" variant="primary" disabled={pending}>
            {copy.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
