import { getTranslations } from 'next-intl/server';

/** GET form to the tracking lookup: works without JavaScript. */
export async function TrackForm({
  locale,
  defaultValue,
  error,
}: {
  locale: string;
  defaultValue?: string;
  error?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <form
      action={`/${locale}/requests`}
      method="get"
      className={error ? 'form-group form-group--error' : 'form-group'}
    >
      <label htmlFor="tracking-number" className="form-label">
        {t('trackLabel')}
      </label>
      <span id="tracking-number-hint" className="form-hint">
        {t('trackHint')}
      </span>
      {error ? (
        <span id="tracking-number-error" className="form-error">
          {error}
        </span>
      ) : null}
      <div className="search-form">
        <input
          id="tracking-number"
          name="number"
          className="form-control form-control--number"
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={
            error ? 'tracking-number-hint tracking-number-error' : 'tracking-number-hint'
          }
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="btn btn-outline-primary">
          {t('trackButton')}
        </button>
      </div>
    </form>
  );
}
