import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { flowCookieName, flowCookieOptions } from './flow-cookie';
import type { SsoFailure } from './sign-in';

/** A relative Location: the browser resolves it against the address it used, not our Host. */
export function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  });
}

/** Back to the sign-in page, which explains the failure in the person's language. */
export function backToSignIn(locale: Locale, reason: SsoFailure): Response {
  return seeOther(`/${locale}/staff/sign-in?sso=${reason}`);
}

export function notConfigured(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

const secure = () => env().NODE_ENV === 'production';

export async function keepFlowCookie(value: string): Promise<void> {
  (await cookies()).set(flowCookieName(secure()), value, flowCookieOptions(secure()));
}

/**
 * The flow is used once: the cookie is read and cleared together. Cleared by writing it empty
 * with the same attributes, since a `__Host-` cookie can only be overwritten by a Secure one.
 */
export async function takeFlowCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const name = flowCookieName(secure());
  const value = jar.get(name)?.value;
  if (value !== undefined) jar.set(name, '', { ...flowCookieOptions(secure()), maxAge: 0 });
  return value;
}
