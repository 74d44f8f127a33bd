'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { boundText, nextSeq, postedForm } from '@/lib/http/action-args';
import { updateServiceText } from '@/lib/catalogue/commands';
import type { FormState } from '@/components/form/form-errors';
import { requireActionPermission } from '../../../_lib/guard';
import { catalogueTextPath } from '../../paths';

export type TextFormState = FormState<Record<string, string>>;

/** Saves one service's text in one language; back to the same page saying so. */
export async function saveServiceTextAction(
  locale: string,
  code: string,
  lang: string,
  prev: TextFormState,
  data: FormData,
): Promise<TextFormState> {
  if (!isLocale(locale) || !isLocale(lang)) notFound(); // forged bound arguments
  boundText(code, 200);
  postedForm(data);
  const actor = await requireActionPermission(locale, 'catalogue.manage');
  const values: Record<string, string> = {};
  for (const [k, v] of data.entries())
    if (typeof v === 'string' && !k.startsWith('$')) values[k] = v.slice(0, 5000);
  const result = await updateServiceText(actor, code, lang, values);
  if (!result.ok) return { values, errors: result.errors, seq: nextSeq(prev) };
  redirect(`${catalogueTextPath(locale, code, lang)}?saved=${result.changed.length}`);
}
