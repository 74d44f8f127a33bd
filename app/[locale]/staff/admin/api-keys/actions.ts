'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { boundInt, nextSeq, postedForm } from '@/lib/http/action-args';
import { requireActionPermission } from '../_lib/guard';
import { apiKeyNameSchema } from '@/lib/auth/admin-schema';
import { adminCreateApiKey, adminRevokeApiKey } from '@/lib/open311/api-keys';
import { fieldErrors } from '@/lib/requests/schema';
import type { FormState } from '@/components/form/form-errors';

export type NewKeyState = FormState<{ name: string }> & {
  /** The new key, in this response only: it is not stored and cannot be shown again. */
  created: { heading: string; key: string } | null;
};

export async function createKeyAction(
  locale: string,
  prev: NewKeyState,
  data: FormData,
): Promise<NewKeyState> {
  if (!isLocale(locale)) notFound(); // a forged bound argument (lib/http/action-args.ts)
  postedForm(data);
  const actor = await requireActionPermission(locale, 'apiKeys.manage');
  const raw = data.get('name');
  const values = { name: typeof raw === 'string' ? raw.slice(0, 300) : '' };
  const seq = nextSeq(prev);
  const parsed = apiKeyNameSchema.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error), seq, created: null };
  const { key } = await adminCreateApiKey(actor, parsed.data.name);
  // The table below the form lists the new key (by prefix) on this same response.
  revalidatePath(`/${locale}/staff/admin/api-keys`);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return {
    values: { name: '' },
    errors: {},
    seq,
    created: { heading: t('newKeyHeading', { name: parsed.data.name }), key },
  };
}

/** Revoke, then back to the page saying so (a plain POST form: works without JavaScript). */
export async function revokeKeyAction(locale: string, id: number): Promise<void> {
  if (!isLocale(locale)) notFound(); // a forged bound argument (lib/http/action-args.ts)
  const actor = await requireActionPermission(locale, 'apiKeys.manage');
  await adminRevokeApiKey(actor, boundInt(id));
  redirect(`/${locale}/staff/admin/api-keys?revoked=${id}`);
}
