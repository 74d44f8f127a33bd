import { getTranslations } from 'next-intl/server';

/** How to disable the account, or why it cannot be (one's own). Nothing once it is disabled. */
export async function DisableSection({
  locale,
  userId,
  self,
}: {
  locale: string;
  userId: number;
  self: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <h2>{t('disableHeading')}</h2>
      {self ? (
        <p>{t('disableSelfNote')}</p>
      ) : (
        <>
          <p>{t('disableLead')}</p>
          {/* To a confirmation page first, so the confirm step works without JavaScript. A GET
              form rather than a link styled as a button, which would take visited-link colours. */}
          <form
            method="get"
            action={`/${locale}/staff/admin/users/${userId}/disable`}
            className="button-group"
          >
            <button type="submit" className="btn btn-danger">
              {t('disableButton')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
