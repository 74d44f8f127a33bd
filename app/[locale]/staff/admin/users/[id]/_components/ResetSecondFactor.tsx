import { getTranslations } from 'next-intl/server';
import { resetSecondFactorAction } from '../../actions';

/** For a member who lost their phone and recovery codes: reset, or why not (one's own). */
export async function ResetSecondFactor({
  locale,
  userId,
  name,
  self,
}: {
  locale: string;
  userId: number;
  name: string;
  self: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <h2>{t('resetHeading')}</h2>
      {self ? (
        <p>{t('resetSelfNote')}</p>
      ) : (
        <>
          <p>{t('resetLead', { name })}</p>
          <form
            action={resetSecondFactorAction.bind(null, locale, userId)}
            className="button-group"
          >
            <button type="submit" className="btn btn-outline-danger">
              {t('resetButton')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
