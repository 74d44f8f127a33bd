'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { signInSchema } from '@/lib/auth/schema';
import { signIn } from '@/lib/auth/sign-in';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/http/client-address';
import { setSessionCookie } from '@/lib/auth/current';
import { fieldErrors } from '@/lib/requests/schema';

export type SignInState = { email: string; errors: Record<string, string>; seq: number };

/** Sign-in as a plain form (works without JavaScript). The password never comes back. */
export async function signInAction(
  locale: string,
  prev: SignInState,
  data: FormData,
): Promise<SignInState> {
  if (!isLocale(locale)) throw new Error('unsupported locale');
  const parsed = signInSchema.safeParse({
    email: data.get('email'),
    password: data.get('password'),
  });
  const email =
    typeof data.get('email') === 'string' ? String(data.get('email')).slice(0, 254) : '';
  const seq = prev.seq + 1;
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
  redirect(`/${locale}/staff`);
}
