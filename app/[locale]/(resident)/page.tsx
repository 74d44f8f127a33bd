import Link from 'next/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { listCategories, popularServices } from '@/lib/services/queries';
import { ServiceList } from '@/components/data/ServiceList';
import { SearchForm } from '@/components/form/SearchForm';
import { TrackForm } from '@/components/form/TrackForm';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: await pageTitle(locale, t('title')) };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const [popular, categories] = await Promise.all([
    popularServices(locale),
    listCategories(locale),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <SearchForm
        locale={locale}
        label={t('searchLabel')}
        hint={t('searchHint')}
        button={t('searchButton')}
        labelAsHeading
      />

      <h2>{t('popularHeading')}</h2>
      <ServiceList services={popular} locale={locale} showDescription={false} />

      <h2>{t('categoriesHeading')}</h2>
      <ul className="link-list">
        {categories.map((c) => (
          <li key={c.code}>
            <Link href={`/${locale}/services#category-${c.code}`}>{c.name}</Link>
            <span className="muted"> — {c.description}</span>
          </li>
        ))}
      </ul>

      <h2>{t('trackHeading')}</h2>
      <TrackForm locale={locale} />

      <h2>{t('callHeading')}</h2>
      <p>{t('callBody')}</p>
    </>
  );
}
