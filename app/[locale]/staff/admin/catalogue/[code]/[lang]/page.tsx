import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { serviceTextForEditing } from '@/lib/catalogue/queries';
import { fieldName } from '@/lib/catalogue/text-schema';
import { isLocale, localeDir, localeNames } from '@/lib/i18n/config';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { codeFromParam } from '@/lib/services/paths';
import { AdminHeader } from '../../../_components/AdminHeader';
import { errorCopy } from '../../../_lib/copy';
import { requirePermission } from '../../../_lib/guard';
import { saveServiceTextAction } from './actions';
import { ServiceTextForm, type TextField } from './_components/ServiceTextForm';

type Props = {
  params: Promise<{ locale: string; code: string; lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission(await localeFrom(params), 'catalogue.manage');
  return { robots: { index: false } }; // the form renders the <title> ("Error: …" with errors)
}

/** One service's text in one language, each field with the English text beside it. */
export default async function ServiceTextPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'catalogue.manage');
  const { code: rawCode, lang } = await params;
  if (!isLocale(lang)) notFound();
  const code = codeFromParam(rawCode);
  const form = await serviceTextForEditing(actor, code, lang);
  if (!form) notFound();
  const t = await getTranslations({ locale, namespace: 'CatalogueAdmin' });
  const { saved } = await searchParams;
  const language = localeNames[lang];
  const title = t('editTitle', { code, language });
  const english = (field: string) =>
    lang === 'en' ? undefined : t('inEnglish', { text: form.english[field] ?? '' });
  const fields: TextField[] = [
    { name: 'name', label: t('fieldName'), hint: english('name') },
    {
      name: 'description',
      label: t('fieldDescription'),
      hint: english('description'),
      multiline: true,
    },
    { name: 'expect', label: t('fieldExpect'), hint: english('expect'), multiline: true },
    {
      name: 'keywords',
      label: t('fieldKeywords'),
      hint: [t('keywordsHint'), english('keywords')].filter(Boolean).join(' '),
      multiline: true,
    },
    ...form.questions.flatMap((q, i) => [
      {
        name: fieldName.question(q.code),
        label: t('fieldQuestion', { n: i + 1 }),
        hint: english(fieldName.question(q.code)),
        group: t('questionHeading', { n: i + 1 }),
      },
      ...(q.hasHint
        ? [
            {
              name: fieldName.hint(q.code),
              label: t('fieldHint', { n: i + 1 }),
              hint: english(fieldName.hint(q.code)),
            },
          ]
        : []),
      ...q.optionKeys.map((key, j) => ({
        name: fieldName.option(q.code, key),
        label: t('fieldOption', { n: i + 1, option: j + 1 }),
        hint: english(fieldName.option(q.code, key)),
      })),
    ]),
  ];
  return (
    <>
      <AdminHeader locale={locale} actor={actor} current="catalogue" />
      <ServiceTextForm
        action={saveServiceTextAction.bind(null, locale, code, lang)}
        fields={fields}
        values={form.values}
        lang={lang}
        dir={localeDir(lang)}
        saved={typeof saved === 'string' ? t('saved', { count: Number(saved) || 0 }) : null}
        copy={{
          ...(await errorCopy(locale, [
            'catalogue.required',
            'catalogue.tooLong',
            'catalogue.notFound',
          ])),
          pageTitle: await pageTitle(locale, title),
          errorPageTitle: await pageTitle(locale, title, true),
          heading: title,
          lead: t('editLead', { language }),
          back: t('backToList'),
          backHref: `/${locale}/staff/admin/catalogue`,
          submit: t('save'),
        }}
      />
    </>
  );
}
