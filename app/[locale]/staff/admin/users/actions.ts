'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { boundInt, nextSeq, postedForm } from '@/lib/http/action-args';
import { requireActionPermission } from '../_lib/guard';
import { newUserSchema, roleChangeSchema } from '@/lib/auth/admin-schema';
import {
  adminCreateUser,
  adminDisableUser,
  adminResetSecondFactor,
  adminSetRole,
  adminSetSecondFactorForAll,
  type UserError,
} from '@/lib/auth/users';
import { fieldErrors } from '@/lib/requests/schema';
import type { FormState } from '@/components/form/form-errors';

export type NewUserState = FormState<{
  name: string;
  email: string;
  role: string;
  agencyCode: string;
}>;
export type RoleState = FormState<{ role: string; agencyCode: string }> & {
  saved: 'changed' | 'unchanged' | null;
};

/** What the form shows again: as typed, bounded; the password is never sent back. */
function echo<K extends string>(data: FormData, fields: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const f of fields) {
    const v = data.get(f);
    out[f] = typeof v === 'string' ? v.slice(0, 300) : '';
  }
  return out;
}

/** The field a refusal from the data layer belongs to. */
function fieldOf(error: UserError): string {
  if (error.startsWith('password.')) return 'password';
  if (error === 'staffUser.emailTaken') return 'email';
  if (error === 'staffUser.agencyRequired' || error === 'staffUser.agencyUnknown')
    return 'agencyCode';
  return 'role';
}

/** The bound locale, checked: a forged one is not found (lib/http/action-args.ts). */
function checkLocale(locale: string) {
  if (!isLocale(locale)) notFound();
}

/** Create a staff account; on success, to the new account's page (works without JavaScript). */
export async function createUserAction(
  locale: string,
  prev: NewUserState,
  data: FormData,
): Promise<NewUserState> {
  checkLocale(locale);
  postedForm(data);
  const actor = await requireActionPermission(locale, 'users.manage');
  const values = echo(data, ['name', 'email', 'role', 'agencyCode'] as const);
  const seq = nextSeq(prev);
  const parsed = newUserSchema.safeParse({ ...values, password: data.get('password') });
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error), seq };
  const result = await adminCreateUser(actor, parsed.data);
  if (!result.ok) return { values, errors: { [fieldOf(result.error)]: result.error }, seq };
  redirect(`/${locale}/staff/admin/users/${result.id}?done=created`);
}

/** Change a role or agency. Stays on the page (refreshed), saying what happened. */
export async function changeRoleAction(
  locale: string,
  userId: number,
  prev: RoleState,
  data: FormData,
): Promise<RoleState> {
  checkLocale(locale);
  postedForm(data);
  const actor = await requireActionPermission(locale, 'users.manage');
  const values = echo(data, ['role', 'agencyCode'] as const);
  const seq = nextSeq(prev);
  const parsed = roleChangeSchema.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error), seq, saved: null };
  const result = await adminSetRole(
    actor,
    boundInt(userId),
    parsed.data.role,
    parsed.data.agencyCode,
  );
  if (!result.ok)
    return { values, errors: { [fieldOf(result.error)]: result.error }, seq, saved: null };
  revalidatePath(`/${locale}/staff/admin/users/${userId}`);
  return {
    // Administrators have no agency: the form shows what was saved.
    values: parsed.data.role === 'admin' ? { ...values, agencyCode: '' } : values,
    errors: {},
    seq,
    saved: result.changed ? 'changed' : 'unchanged',
  };
}

/** The confirmed "disable" (from the confirmation page), then back to the account's page. */
export async function disableUserAction(locale: string, userId: number): Promise<void> {
  checkLocale(locale);
  const actor = await requireActionPermission(locale, 'users.manage');
  const result = await adminDisableUser(actor, boundInt(userId));
  redirect(`/${locale}/staff/admin/users/${userId}${result.ok ? '?done=disabled' : ''}`);
}

/** Reset a member's second factor (audited; their sessions end), then back to their page. */
export async function resetSecondFactorAction(locale: string, userId: number): Promise<void> {
  checkLocale(locale);
  const actor = await requireActionPermission(locale, 'users.manage');
  const result = await adminResetSecondFactor(actor, boundInt(userId));
  redirect(`/${locale}/staff/admin/users/${userId}${result.ok ? '?done=secondFactorReset' : ''}`);
}

/** Whether agents too must use a second factor (a checkbox: absent means no). */
export async function secondFactorPolicyAction(locale: string, data: FormData): Promise<void> {
  checkLocale(locale);
  const form = postedForm(data);
  const actor = await requireActionPermission(locale, 'users.manage');
  const forAll = form.get('forAll') === 'yes';
  await adminSetSecondFactorForAll(actor, forAll);
  redirect(`/${locale}/staff/admin/users?done=${forAll ? 'policyOn' : 'policyOff'}#policy-heading`);
}
