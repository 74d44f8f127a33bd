import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listCatalogueServices } from '@/lib/catalogue/queries';
import { localeDir, localeNames, locales } from '@/lib/i18n/config';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { AdminHeader } from '../_components/AdminHeader';
import { requirePermission } from '../_lib/guard';
import { catalogueTextPath } from './paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  await requirePermission(locale, 'catalogue.manage');
  const t = await getTranslations({ locale, namespace: 'CatalogueAdmin' });
  return { title: await pageTitle(locale, t('listTitle')), robots: { index: false } };
}

/** Every service with a link per language to its text: where an admin corrects a translation. */
export default async function CataloguePage({ params }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'catalogue.manage');
  const t = await getTranslations({ locale, namespace: 'CatalogueAdmin' });
  const rows = await listCatalogueServices(actor, locale);
  return (
    <>
      <AdminHeader locale={locale} actor={actor} current="catalogue" />
      <h1>{t('listTitle')}</h1>
      <p>{t('listLead')}</p>
      <div className="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
        <table className="table">
          <caption>{t('tableCaption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colService')}</th>
              <th scope="col">{t('colCode')}</th>
              <th scope="col">{t('colEdit')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <td>{r.name}</td>
                <td>
                  <bdi translate="no">{r.code}</bdi>
                </td>
                <td>
                  <ul className="inline-list">
                    {locales.map((l) => (
                      <li key={l}>
                        <a
                          href={catalogueTextPath(locale, r.code, l)}
                          lang={l}
                          dir={localeDir(l)}
                          aria-label={t('editIn', { service: r.name, language: localeNames[l] })}
                        >
                          {localeNames[l]}
                        </a>
                        {r.languages.includes(l) ? null : <> {t('missing')}</>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
