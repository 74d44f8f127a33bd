import type { AttributeView } from '@/lib/services/types';
import { formValues } from '@/lib/requests/form-data';
import { nextSeq } from '@/lib/http/action-args';
import type { JourneyState } from './_components/journey-types';
import { DECLINED_FIELD } from './nearby';

/** The error key the journey shows in its error summary while the database is unreachable. */
export const UNAVAILABLE_ERROR = 'outage.tryAgain';

/**
 * The step the resident was on, with everything they sent and "temporarily unavailable, try
 * again": "submit" comes from the check page, everything else from the form. Photos already
 * uploaded stay attached by id (their sizes are not known without the database).
 */
export function unavailableState(
  prev: JourneyState,
  formData: FormData,
  attributes: AttributeView[],
): JourneyState {
  const intent = String(formData.get('intent') ?? 'check');
  const values = formValues(formData, attributes);
  // Requests the resident said are not theirs stay declined.
  const declined = formData.get(DECLINED_FIELD);
  values[DECLINED_FIELD] = typeof declined === 'string' ? declined.slice(0, 2_000) : '';
  // The previous state comes back from the browser: trusted for sizes only, and only if sane.
  const known = Array.isArray(prev?.photos) ? prev.photos : [];
  const photos = (values.mediaIds as string[]).map((id) => {
    const bytes = known.find((p) => p?.id === id)?.bytes;
    return { id, bytes: typeof bytes === 'number' ? bytes : 0 };
  });
  return {
    step: intent === 'submit' ? 'check' : 'form',
    values,
    errors: { idempotencyKey: UNAVAILABLE_ERROR },
    photos,
    seq: nextSeq(prev),
  };
}
