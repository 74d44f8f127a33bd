import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { oidcEnabled } from '@/lib/auth/oidc/client';
import { encodeFlow } from '@/lib/auth/oidc/flow-cookie';
import { beginOidcSignIn } from '@/lib/auth/oidc/sign-in';
import { backToSignIn, keepFlowCookie, notConfigured, seeOther } from '@/lib/auth/oidc/responses';

export const dynamic = 'force-dynamic';

/**
 * "Sign in with your City account": a plain link (works without JavaScript) to this route,
 * which sends the browser to the identity provider. `?locale=` is the console's language, kept
 * for the way back.
 */
export async function GET(request: Request): Promise<Response> {
  if (!oidcEnabled()) return notConfigured();
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(asked) ? asked : defaultLocale;
  const start = await beginOidcSignIn(locale);
  if (!start.ok) return backToSignIn(locale, start.reason);
  await keepFlowCookie(encodeFlow(start.flow));
  return seeOther(start.url);
}
