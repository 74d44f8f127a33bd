/**
 * A plain GET form: search works before (and without) JavaScript, and every result page has a
 * shareable URL.
 */
export function SearchForm({
  locale,
  label,
  hint,
  button,
  defaultValue,
  labelAsHeading = false,
  error,
}: {
  locale: string;
  label: string;
  hint: string;
  button: string;
  defaultValue?: string;
  labelAsHeading?: boolean;
  error?: string;
}) {
  const labelEl = (
    <label htmlFor="service-search" className="form-label">
      {label}
    </label>
  );
  return (
    <form
      action={`/${locale}/services`}
      method="get"
      role="search"
      className={error ? 'form-group form-group--error' : 'form-group'}
    >
      {labelAsHeading ? (
        <h2 className="fieldset-legend fieldset-legend--page">{labelEl}</h2>
      ) : (
        labelEl
      )}
      <span id="service-search-hint" className="form-hint">
        {hint}
      </span>
      {error ? (
        <span id="service-search-error" className="form-error">
          {error}
        </span>
      ) : null}
      <div className="search-form">
        <input
          id="service-search"
          name="q"
          type="search"
          className="form-control"
          defaultValue={defaultValue}
          aria-describedby={
            error ? 'service-search-hint service-search-error' : 'service-search-hint'
          }
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck
        />
        <button type="submit" className="btn btn-primary">
          {button}
        </button>
      </div>
    </form>
  );
}
