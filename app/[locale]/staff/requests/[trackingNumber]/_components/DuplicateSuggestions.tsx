import { Button } from '@/components/form/Button';
import { Bidi } from '@/components/data/Bidi';
import type { RequestStatus } from '@/db/schema/types';
import { StatusTag } from '@/components/data/StatusTag';
import type { DuplicatesView } from './reclassify-types';
import type { FormKit } from './workspace-types';

/**
 * Likely duplicates (lib/staff/duplicates.ts), each with a one-action merge: a plain form posting
 * the page's own merge intent with the request to close, its version and the one it joins, so
 * it works without JavaScript and is refused like a typed merge (errors in the page's summary).
 * When the suggestion is the one merged, `back` brings staff back to this page.
 */
export function DuplicateSuggestions({ kit, view }: { kit: FormKit; view: DuplicatesView }) {
  const { copy, items } = view;
  const here = kit.request.trackingNumber;
  return (
    <section className="staff-action" aria-labelledby="duplicates-heading">
      <h3 id="duplicates-heading">{copy.heading}</h3>
      <p>{copy.lead}</p>
      <ol className="nearby-list">
        {items.map((s) => (
          <li key={s.trackingNumber}>
            <h4 id={`duplicate-${s.trackingNumber}`} className="nearby-list__number">
              <a href={s.href}>
                <Bidi ltr>{s.trackingNumber}</Bidi>
              </a>
            </h4>
            <dl className="summary-list">
              <div>
                <dt>{copy.labels.status}</dt>
                <dd>
                  <StatusTag status={s.status as RequestStatus} label={s.statusLabel} />
                </dd>
              </div>
              <div>
                <dt>{copy.labels.place}</dt>
                <dd>
                  <Bidi>{s.address}</Bidi>
                </dd>
              </div>
              <div>
                <dt>{copy.labels.sent}</dt>
                <dd>
                  <time dateTime={s.sentAt}>{s.sent}</time>
                </dd>
              </div>
              <div>
                <dt>{copy.labels.distance}</dt>
                <dd>{s.distance}</dd>
              </div>
            </dl>
            {s.merge ? (
              <form action={kit.formAction}>
                <input type="hidden" name="intent" value="merge" />
                <input type="hidden" name="trackingNumber" value={s.merge.trackingNumber} />
                <input type="hidden" name="version" value={s.merge.version} />
                <input type="hidden" name="parent" value={s.merge.parent} />
                {s.merge.trackingNumber !== here ? (
                  <input type="hidden" name="back" value={here} />
                ) : null}
                <Button type="submit" variant="outline-primary" disabled={kit.pending}>
                  {s.merge.label}
                </Button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
