import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/form/SelectField';
import { targetsPath } from '@/lib/targets/paths';

/** Choose a fiscal year: a GET form, so it works without JavaScript and the year is in the URL. */
export async function YearSelector({
  locale,
  years,
  selected,
  current,
}: {
  locale: string;
  years: number[];
  selected: number;
  current: number;
}) {
  const t = await getTranslations({ locale, namespace: 'Targets' });
  const status = (fy: number) => (fy === current ? 'current' : fy > current ? 'next' : 'past');
  return (
    <form method="get" action={targetsPath(locale)}>
      <SelectField
        name="fy"
        label={t('yearLabel')}
        errorPrefix={t('errorPrefix')}
        defaultValue={String(selected)}
        options={years.map((fy) => ({
          value: String(fy),
          label: t('yearOption', { fy, status: status(fy) }),
        }))}
      />
      <div className="button-group">
        <button type="submit" className="btn btn-outline-primary">
          {t('showYear')}
        </button>
      </div>
    </form>
  );
}
