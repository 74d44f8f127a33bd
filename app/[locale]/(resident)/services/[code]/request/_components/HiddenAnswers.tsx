import type { JourneyState } from './journey-types';

/**
 * Every answer as hidden fields, for the steps that show them rather than ask them: the answers
 * travel with each post (no server session) and are validated again on submit.
 */
export function HiddenAnswers({ state }: { state: JourneyState }) {
  return (
    <>
      {Object.entries(state.values)
        .filter(([name]) => name !== 'mediaIds')
        .flatMap(([name, value]) =>
          (Array.isArray(value) ? value : [value]).map((x, i) => (
            <input key={`${name}-${i}`} type="hidden" name={name} value={x} />
          )),
        )}
      {state.photos.map((p) => (
        <input key={p.id} type="hidden" name="mediaIds" value={p.id} />
      ))}
    </>
  );
}
