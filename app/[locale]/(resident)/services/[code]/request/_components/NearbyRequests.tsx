'use client';

import { Button } from '@/components/form/Button';
import { TrackingRef } from '@/components/data/TrackingRef';
import { Bidi } from '@/components/data/Bidi';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import type { StepProps } from './journey-types';
import { HiddenAnswers } from './HiddenAnswers';

type Props = StepProps & { title: string };

/**
 * "Has this already been reported?": open requests of the same service near the resident's
 * place. Following one adds the resident (with their consent) to its updates instead of sending
 * a duplicate the crew would have to find and merge; "none of these" goes on to check answers.
 */
export function NearbyRequests({ state, copy, formAction, pending, title }: Props) {
  const { ui } = copy;
  const nearby = state.nearby ?? [];
  const updates = state.values.consent === 'yes';
  return (
    <>
      <title>{title}</title>
      <ErrorSummary
        title={ui.errorSummaryTitle}
        errors={
          state.errors.nearby
            ? [{ field: 'nearby', href: '#nearby-list', message: ui.nearbyGone }]
            : []
        }
        focusKey={state.seq}
      />
      <span className="muted">{ui.pageTitle}</span>
      <h1>{ui.nearbyTitle}</h1>
      <p>{ui.nearbyIntro}</p>
      <p>{updates ? ui.nearbyFollowUpdates : ui.nearbyFollowQuiet}</p>
      <form action={formAction}>
        <HiddenAnswers state={state} />
        <input type="hidden" name="shown" value={nearby.map((r) => r.trackingNumber).join(' ')} />
        <ul className="nearby-list" id="nearby-list">
          {nearby.map((r) => (
            <li key={r.trackingNumber}>
              <h2 id={`nearby-${r.trackingNumber}`} className="nearby-list__number">
                <TrackingRef>{r.trackingNumber}</TrackingRef>
              </h2>
              <dl className="summary-list">
                <div>
                  <dt>{ui.nearbyPlace}</dt>
                  <dd>
                    <Bidi>{r.place}</Bidi>
                  </dd>
                </div>
                <div>
                  <dt>{ui.nearbyStatus}</dt>
                  <dd>{r.status}</dd>
                </div>
                <div>
                  <dt>{ui.nearbyReported}</dt>
                  <dd>{r.reported}</dd>
                </div>
              </dl>
              <Button
                type="submit"
                name="intent"
                value={`follow:${r.trackingNumber}`}
                variant="outline-primary"
                disabled={pending}
              >
                {ui.nearbyFollow}
                <span className="visually-hidden"> {r.trackingNumber}</span>
              </Button>
            </li>
          ))}
        </ul>
        <h2>{ui.nearbyNoneHeading}</h2>
        <div className="button-group">
          <Button type="submit" name="intent" value="new" variant="primary" disabled={pending}>
            {ui.nearbyNone}
          </Button>
        </div>
      </form>
    </>
  );
}
