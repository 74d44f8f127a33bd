/** Hint and error text under a label or legend; ids come from fieldA11y. */
export function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
  errorPrefix,
}: {
  hint?: string | null;
  hintId?: string;
  error?: string | null;
  errorId?: string;
  errorPrefix: string;
}) {
  return (
    <>
      {hint ? (
        <span id={hintId} className="form-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="form-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </span>
      ) : null}
    </>
  );
}
