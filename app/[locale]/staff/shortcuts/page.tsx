import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { SHORTCUTS } from '@/lib/staff/shortcuts';
import { shortcutsOn } from '@/components/staff/Shortcuts';
import { shortcutsAction } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requireStaff(locale); // metadata renders apart from the page: it checks too
  const t = await getTranslations({ locale, namespace: 'Shortcuts' });
  return { title: await pageTitle(locale, t('title')), robots: { index: false } };
}

/** What each key does, where, and the switch that turns them all off (WCAG 2.1.4). */
export default async function ShortcutsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  await requireStaff(locale);
  const t = await getTranslations({ locale, namespace: 'Shortcuts' });
  const on = await shortcutsOn();
  const { saved } = await searchParams;
  return (
    <>
      <div className="staff-bar">
        <p>
          <a href={`/${locale}/staff`}>{t('backToQueue')}</a>
        </p>
      </div>
      {saved === 'on' || saved === 'off' ? (
        <div className="notification-banner" role="status">
          <p>{saved === 'on' ? t('savedOn') : t('savedOff')}</p>
        </div>
      ) : null}
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <p>{on ? t('stateOn') : t('stateOff')}</p>
      {/* Three short columns: no scrolling wrapper, it fits at 320 px (checked in e2e). */}
      <table className="table">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('key')}</th>
            <th scope="col">{t('where')}</th>
            <th scope="col">{t('does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.key}>
              <td>
                <kbd>{s.key}</kbd>
              </td>
              <td>{t(`where.${s.where}`)}</td>
              <td>{t(`action.${s.does}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form action={shortcutsAction.bind(null, locale)}>
        <fieldset>
          <legend className="fieldset-legend">{t('switchLegend')}</legend>
          <div className="form-check">
            <input
              className="form-check-input"
              type="radio"
              name="shortcuts"
              id="shortcuts-on"
              value="on"
              defaultChecked={on}
            />
            <label className="form-check-label" htmlFor="shortcuts-on">
              {t('on')}
            </label>
          </div>
          <div className="form-check">
            <input
              className="form-check-input"
              type="radio"
              name="shortcuts"
              id="shortcuts-off"
              value="off"
              defaultChecked={!on}
            />
            <label className="form-check-label" htmlFor="shortcuts-off">
              {t('off')}
            </label>
          </div>
        </fieldset>
        <button type="submit" className="btn btn-primary">
          {t('save')}
        </button>
      </form>
    </>
  );
}
