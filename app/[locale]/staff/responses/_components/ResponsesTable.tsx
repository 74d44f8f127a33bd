import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { CannedResponse } from '@/lib/staff/canned';
import { pickText } from '@/lib/i18n/localized';
import { cannedLanguages } from '@/lib/staff/canned-fields';
import { languageNames } from '../_lib/language-names';

/**
 * An agency's saved responses (every agency's for admins: `showAgency`), each with its English
 * text, the languages it has a text in (readers of the others get the English one), and the
 * links to edit and delete it.
 */
export async function ResponsesTable({
  locale,
  rows,
  showAgency,
}: {
  locale: string;
  rows: CannedResponse[];
  showAgency: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Responses' });
  const format = await getFormatter({ locale });
  const nameOf = languageNames(locale);
  const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
  const base = `/${locale}/staff/responses`;
  return (
    <div className="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
      <table className="table">
        <caption>{t('tableCaption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colTitle')}</th>
            {showAgency ? <th scope="col">{t('colAgency')}</th> : null}
            <th scope="col">{t('colEnglish')}</th>
            <th scope="col">{t('colLanguages')}</th>
            <th scope="col">{t('colChanged')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              {showAgency ? <td>{pickText(r.agencyName, locale)}</td> : null}
              {/* The texts keep their own language whatever the page's (WCAG 3.1.2). */}
              <td lang="en" className="preserve-lines">
                {r.body.en}
              </td>
              <td>{format.list(cannedLanguages(r.body).map(nameOf))}</td>
              <td>
                {t('changedBy', {
                  date: format.dateTime(r.updatedAt, { dateStyle: 'medium' }),
                  name: r.updatedByName ?? t('system'),
                })}
              </td>
              <td>
                <ul className="button-group">
                  <li>
                    <a href={`${base}/${r.id}`}>{t.rich('editLink', { title: r.title, hidden })}</a>
                  </li>
                  <li>
                    <a href={`${base}/${r.id}/delete`}>
                      {t.rich('deleteLink', { title: r.title, hidden })}
                    </a>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
