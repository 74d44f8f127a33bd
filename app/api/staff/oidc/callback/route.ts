import { cookies } from 'next/headers';
import { defaultLocale, isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { createSession } from '@/lib/auth/sessions';
import { setSessionCookie } from '@/lib/auth/current';
import { oidcEnabled } from '@/lib/auth/oidc/client';
import { decodeFlow } from '@/lib/auth/oidc/flow-cookie';
import { finishOidcSignIn } from '@/lib/auth/oidc/sign-in';
import { backToSignIn, notConfigured, seeOther, takeFlowCookie } from '@/lib/auth/oidc/responses';

export const dynamic = 'force-dynamic';

/**
 * Where the identity provider sends the browser back (the one redirect URI registered with
 * it). Every outcome is a redirect: to the console, or to the sign-in page with the reason.
 */
export async function GET(request: Request): Promise<Response> {
  if (!oidcEnabled()) return notConfigured();
  const flow = decodeFlow(await takeFlowCookie());
  // Without the flow cookie, the language the person last read the portal in.
  const lastRead = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = flow?.locale ?? (isLocale(lastRead) ? lastRead : defaultLocale);
  const result = await finishOidcSignIn(new URL(request.url).searchParams, flow);
  if (!result.ok) return backToSignIn(locale, result.reason);
  // Signed in exactly as with a password. The session counts as fully signed in, with no
  // second factor asked here: the city's identity provider is responsible for its own
  // multi-factor policy for the accounts it vouches for.
  await setSessionCookie(await createSession(result.userId, new Date(), 'full', 'sso'));
  return seeOther(`/${locale}/staff`);
}
