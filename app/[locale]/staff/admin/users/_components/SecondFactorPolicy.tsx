import { getTranslations } from 'next-intl/server';
import { Notice } from '../../_components/Notice';
import { secondFactorPolicyAction } from '../actions';

/**
 * Whether agents too must use two-step verification. A plain form (works without JavaScript);
 * the result comes back in the URL and is said in a banner above the form.
 */
export async function SecondFactorPolicy({
  locale,
  forAll,
  done,
}: {
  locale: string;
  forAll: boolean;
  done: 'policyOn' | 'policyOff' | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <h2 id="policy-heading">{t('policyHeading')}</h2>
      {done ? (
        <Notice>
          <p>{t(done)}</p>
        </Notice>
      ) : null}
      <p>{t('policyLead')}</p>
      <form action={secondFactorPolicyAction.bind(null, locale)} aria-labelledby="policy-heading">
        <div className="form-check">
          <input
            className="form-check-input"
            type="checkbox"
            id="forAll"
            name="forAll"
            value="yes"
            defaultChecked={forAll}
          />
          <label className="form-check-label" htmlFor="forAll">
            {t('policyLabel')}
          </label>
        </div>
        <div className="button-group">
          <button type="submit" className="btn btn-outline-primary">
            {t('policySave')}
          </button>
        </div>
      </form>
    </>
  );
}
