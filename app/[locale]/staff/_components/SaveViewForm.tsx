import { getTranslations } from 'next-intl/server';
import { TextField } from '@/components/form/TextField';

/** Saves the filters on screen under a name (a plain POST form, for this staff member only). */
export async function SaveViewForm({
  locale,
  action,
  back,
  error,
}: {
  locale: string;
  action: (d: FormData) => Promise<void>;
  back: string;
  error: string | null;
}) {
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  return (
    <form action={action} className="save-view">
      <input type="hidden" name="back" value={back} />
      <TextField
        name="viewName"
        label={tq('saveViewLabel')}
        error={error}
        errorPrefix={tf('errorPrefix')}
        inputProps={{ maxLength: 60, autoComplete: 'off' }}
      />
      <button type="submit" className="btn btn-outline-primary">
        {tq('saveView')}
      </button>
    </form>
  );
}
