import { getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { SelectField } from '@/components/form/SelectField';

/**
 * First step: which service the caller is reporting. A GET form, so it works without
 * JavaScript and the next step (that service's questions) has an address of its own.
 */
export async function ServiceChoice({
  locale,
  services,
  chosen,
  error,
}: {
  locale: string;
  services: { code: string; name: string }[];
  chosen: string;
  error: 'serviceRequired' | 'serviceGone' | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Intake' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const message = error ? t(`validation.${error}`) : null;
  return (
    <>
      <ErrorSummary
        title={tf('errorSummaryTitle')}
        errors={message ? [{ field: 'service', href: '#service', message }] : []}
      />
      <h1 id="intake-heading">{t('title')}</h1>
      <p>{t('chooseIntro')}</p>
      <form method="get" action={`/${locale}/staff/requests/new`} aria-labelledby="intake-heading">
        <SelectField
          name="service"
          label={t('serviceLabel')}
          hint={t('serviceHint')}
          error={message}
          errorPrefix={tf('errorPrefix')}
          defaultValue={chosen}
          options={[
            { value: '', label: t('servicePlaceholder') },
            ...services.map((s) => ({ value: s.code, label: s.name })),
          ]}
        />
        <div className="button-group">
          <button type="submit" className="btn btn-primary">
            {t('continue')}
          </button>
        </div>
      </form>
    </>
  );
}
