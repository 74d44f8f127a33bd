import type { Metadata } from 'next';
import { ownDirIn } from '@/lib/i18n/bidi';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { listCategories, searchCatalogue } from '@/lib/services/queries';
import { ServiceList } from '@/components/data/ServiceList';
import { SearchForm } from '@/components/form/SearchForm';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { SearchPointer } from './_components/SearchPointer';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

async function readQuery(searchParams: Props['searchParams']) {
  const { q } = await searchParams;
  const raw = Array.isArray(q) ? q[0] : q;
  return { present: raw !== undefined, query: (raw ?? '').trim().slice(0, 100) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { present, query } = await readQuery(searchParams);
  const title = query ? t('resultsTitle', { query: ownDirIn(locale, query) }) : t('title');
  return { title: await pageTitle(locale, title, present && !query) };
}

export default async function ServicesPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tHome = await getTranslations({ locale, namespace: 'Home' });
  const tForm = await getTranslations({ locale, namespace: 'RequestForm' });
  const { present, query } = await readQuery(searchParams);
  const emptyError = present && !query ? t('emptyQuery') : undefined;
  const results = query ? await searchCatalogue(query, locale) : null;
  const found = results ? results.services.length + results.pointers.length : 0;
  const categories = results && found ? [] : await listCategories(locale);

  return (
    <>
      {emptyError ? (
        <ErrorSummary
          title={tForm('errorSummaryTitle')}
          errors={[{ field: 'q', href: '#service-search', message: emptyError }]}
        />
      ) : null}
      <h1>{query ? t('resultsTitle', { query: ownDirIn(locale, query) }) : t('title')}</h1>
      <SearchForm
        locale={locale}
        label={tHome('searchLabel')}
        hint={tHome('searchHint')}
        button={tHome('searchButton')}
        defaultValue={query}
        error={emptyError}
      />
      {results && results.pointers.length ? (
        <>
          {results.services.length ? null : <p role="status">{t('handledElsewhere')}</p>}
          {results.pointers.map((p) => (
            <SearchPointer
              key={p.id}
              pointer={p}
              locale={locale}
              label={p.urgent ? t('pointerUrgent') : t('pointerElsewhere')}
            />
          ))}
          {results.services.length ? (
            <>
              <h2>{t('servicesHeading')}</h2>
              <p role="status">{t('resultCount', { count: results.services.length })}</p>
              <ServiceList services={results.services} locale={locale} />
            </>
          ) : null}
        </>
      ) : results ? (
        <>
          <p role="status">{t('resultCount', { count: results.services.length })}</p>
          {results.services.length ? (
            <ServiceList services={results.services} locale={locale} />
          ) : (
            <>
              <h2>{t('noResultsHeading', { query: ownDirIn(locale, query) })}</h2>
              <p>{t('noResultsTips')}</p>
              <ul>
                <li>{t('tipSpelling')}</li>
                <li>{t('tipGeneral')}</li>
                <li>
                  <a href="#all-services">{t('tipBrowse')}</a>
                </li>
                <li>
                  <a href="tel:311">{t('tipCall')}</a>
                </li>
              </ul>
            </>
          )}
        </>
      ) : null}
      {categories.length ? (
        <>
          <h2 id="all-services" tabIndex={-1}>
            {t('allServicesHeading')}
          </h2>
          {categories.map((c) => (
            <section key={c.code} aria-labelledby={`category-${c.code}`}>
              <h3 id={`category-${c.code}`} tabIndex={-1}>
                {c.name}
              </h3>
              <p className="muted">{c.description}</p>
              <ServiceList services={c.services} locale={locale} showDescription={false} />
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
