'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { boundInt, nextSeq, postedForm } from '@/lib/http/action-args';
import {
  createCannedResponse,
  deleteCannedResponse,
  updateCannedResponse,
} from '@/lib/staff/canned-commands';
import { CANNED_FIELDS } from '@/lib/staff/canned-fields';
import { CANNED_BODY_MAX } from '@/lib/staff/canned-schema';
import type { FormState } from '@/components/form/form-errors';
import { requireActionPermission } from '../admin/_lib/guard';

export type CannedFormState = FormState<Record<(typeof CANNED_FIELDS)[number], string>>;

const listPath = (locale: string) => `/${locale}/staff/responses`;

/** What the form shows again: as typed, bounded a little above the limits the schema checks. */
function echo(data: FormData): CannedFormState['values'] {
  const out = {} as CannedFormState['values'];
  for (const f of CANNED_FIELDS) {
    const v = data.get(f);
    out[f] = typeof v === 'string' ? v.slice(0, CANNED_BODY_MAX + 100) : '';
  }
  return out;
}

/**
 * Add a saved response; on success, back to the list with a message (works without
 * JavaScript). Agents never see the form: a post from one is forged and gets 403.
 */
export async function createCannedAction(
  locale: string,
  prev: CannedFormState,
  data: FormData,
): Promise<CannedFormState> {
  if (!isLocale(locale)) notFound();
  postedForm(data);
  const actor = await requireActionPermission(locale, 'responses.manage');
  const values = echo(data);
  const result = await createCannedResponse(actor, values);
  if (!result.ok) return { values, errors: result.errors, seq: nextSeq(prev) };
  redirect(`${listPath(locale)}?done=created&id=${result.id}`);
}

/** Save new wording (the agency stays what it was). */
export async function updateCannedAction(
  locale: string,
  id: number,
  prev: CannedFormState,
  data: FormData,
): Promise<CannedFormState> {
  if (!isLocale(locale)) notFound();
  postedForm(data);
  boundInt(id);
  const actor = await requireActionPermission(locale, 'responses.manage');
  const values = echo(data);
  const result = await updateCannedResponse(actor, id, values);
  if (!result.ok) return { values, errors: result.errors, seq: nextSeq(prev) };
  redirect(`${listPath(locale)}?done=saved&id=${id}`);
}

/** The confirmed delete (from its confirmation page), then back to the list. */
export async function deleteCannedAction(locale: string, id: number): Promise<void> {
  if (!isLocale(locale)) notFound();
  boundInt(id);
  const actor = await requireActionPermission(locale, 'responses.manage');
  const result = await deleteCannedResponse(actor, id);
  // Already gone (deleted meanwhile, or never the actor's): the list says nothing more.
  redirect(`${listPath(locale)}${result.ok ? '?done=deleted' : ''}`);
}
