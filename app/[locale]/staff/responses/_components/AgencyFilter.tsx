import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/form/SelectField';

/** Admins choose whose responses to list: a GET form, so it works without JavaScript. */
export async function AgencyFilter({
  locale,
  agencies,
  selected,
}: {
  locale: string;
  agencies: { code: string; name: string }[];
  selected: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  return (
    <form method="get" action={`/${locale}/staff/responses`}>
      <SelectField
        name="agency"
        label={t('agencyFilterLabel')}
        errorPrefix={tf('errorPrefix')}
        defaultValue={selected ?? ''}
        options={[
          { value: '', label: t('agencyAll') },
          ...agencies.map((a) => ({ value: a.code, label: a.name })),
        ]}
      />
      <div className="button-group">
        <button type="submit" className="btn btn-outline-primary">
          {t('showAgency')}
        </button>
      </div>
    </form>
  );
}
