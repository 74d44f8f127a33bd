import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return { title: await pageTitle(locale, t('title')) };
}

export default async function AccessibilityPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul>
        <li>{t('can1')}</li>
        <li>{t('can2')}</li>
        <li>{t('can3')}</li>
        <li>{t('can4')}</li>
      </ul>
      <h2>{t('standardHeading')}</h2>
      <p>{t('standard')}</p>
      {/* How this language's text was made and how to get it corrected: a promise per language. */}
      <p id="translation">{t('translation')}</p>
      <h2>{t('problemsHeading')}</h2>
      <p>{t('problems')}</p>
      <h2>{t('testingHeading')}</h2>
      <p>{t('testing')}</p>
    </>
  );
}
