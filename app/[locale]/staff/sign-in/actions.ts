'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { nextSeq, postedForm } from '@/lib/http/action-args';
import { isLocale } from '@/lib/i18n/config';
import { signInSchema } from '@/lib/auth/schema';
import { signIn } from '@/lib/auth/sign-in';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/http/client-address';
import { sessionToken, setSessionCookie } from '@/lib/auth/current';
import { giveSecondFactor } from '@/lib/auth/second-factor';
import { typedCode, type CodeState } from '../security/code-state';
import { fieldErrors } from '@/lib/requests/schema';

export type SignInState = { email: string; errors: Record<string, string>; seq: number };

/** Sign-in as a plain form (works without JavaScript). The password never comes back. */
export async function signInAction(
  locale: string,
  prev: SignInState,
  data: FormData,
): Promise<SignInState> {
  if (!isLocale(locale)) notFound();
  postedForm(data);
  const parsed = signInSchema.safeParse({
    email: data.get('email'),
    password: data.get('password'),
  });
  const email =
    typeof data.get('email') === 'string' ? String(data.get('email')).slice(0, 254) : '';
  const seq = nextSeq(prev);
  if (!parsed.success) return { email, errors: fieldErrors(parsed.error), seq };
  const h = await headers();
  const address = clientAddress(h.get('x-forwarded-for'), env().TRUSTED_PROXY_HOPS);
  const result = await signIn(parsed.data.email, parsed.data.password, address);
  if (!result.ok) {
    return {
      email,
      errors: { email: result.reason === 'throttled' ? 'signIn.throttled' : 'signIn.invalid' },
      seq,
    };
  }
  await setSessionCookie(result.token);
  // The queue sends anyone who must first set up a second factor to do so.
  redirect(`/${locale}/staff${result.stage === 'second-factor' ? '/sign-in/code' : ''}`);
}

/**
 * The second step of a sign-in: a code from the app or a recovery code. After a recovery code,
 * to the security page, which says how many are left and offers new ones.
 */
export async function secondFactorAction(
  locale: string,
  prev: CodeState,
  data: FormData,
): Promise<CodeState> {
  if (!isLocale(locale)) notFound();
  postedForm(data);
  const result = await giveSecondFactor(await sessionToken(), typedCode(data));
  if (!result.ok)
    return { errors: { code: result.error }, seq: nextSeq(prev), recoveryCodes: null };
  await setSessionCookie(result.token);
  redirect(`/${locale}/staff${result.recoveryCodesLeft === null ? '' : '/security?used=recovery'}`);
}
