import 'server-only';
import * as oidc from 'openid-client';
import type { Locale } from '@/lib/i18n/config';
import { findEnabledStaffByEmail } from '@/lib/auth/users';
import { oidcConfiguration, redirectUri } from './client';
import type { OidcFlow } from './flow-cookie';

/** Why a single sign-on came back without a session: each has its message on the sign-in page. */
export const SSO_FAILURES = [
  'cancelled', // the person declined at the provider
  'expired', // no flow cookie: over 10 minutes, or another browser
  'failed', // anything that does not check out: state, code, ID token, a provider error
  'unavailable', // the provider did not answer (network, time-out, its own 5xx)
  'unverified', // no email, or one the provider has not verified
  'noAccess', // no enabled staff account with that email
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

/** The provider's own error codes (OAuth 2.0, section 4.1.2.1) that say more than "failed". */
const PROVIDER_ERRORS: Record<string, SsoFailure> = {
  access_denied: 'cancelled',
  server_error: 'unavailable',
  temporarily_unavailable: 'unavailable',
};

export type SsoStart =
  { ok: true; url: string; flow: OidcFlow } | { ok: false; reason: SsoFailure };
export type SsoFinish = { ok: true; userId: number } | { ok: false; reason: SsoFailure };

/** Fresh state, nonce and PKCE verifier for one trip to the provider, and where to send it. */
export async function beginOidcSignIn(locale: Locale): Promise<SsoStart> {
  const flow: OidcFlow = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    locale,
    at: Date.now(),
  };
  try {
    const config = await oidcConfiguration();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(),
      scope: 'openid email',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      ui_locales: locale,
    });
    return { ok: true, url: url.href, flow };
  } catch (e) {
    return { ok: false, reason: failure(e) };
  }
}

/**
 * The provider's answer (the callback's query) against the flow this browser started. The
 * library checks the state, redeems the code with the PKCE verifier, and verifies the ID
 * token's signature, issuer, audience, expiry and nonce.
 */
export async function finishOidcSignIn(
  query: URLSearchParams,
  flow: OidcFlow | null,
): Promise<SsoFinish> {
  const error = query.get('error');
  if (error) return { ok: false, reason: PROVIDER_ERRORS[error] ?? 'failed' };
  if (!flow) return { ok: false, reason: 'expired' };
  let email: unknown;
  let verified: unknown;
  try {
    const config = await oidcConfiguration();
    // The address the provider redirected to is the registered one, whatever Host this request
    // arrived with (a proxy may have changed it); only its query is the provider's answer.
    const current = new URL(redirectUri());
    current.search = query.toString();
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return { ok: false, reason: 'failed' };
    ({ email, email_verified: verified } = claims);
    // Providers that follow OpenID Connect strictly put scope claims in UserInfo only.
    if (email === undefined) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      ({ email, email_verified: verified } = info);
    }
  } catch (e) {
    return { ok: false, reason: failure(e) };
  }
  if (typeof email !== 'string' || verified !== true) return { ok: false, reason: 'unverified' };
  const user = await findEnabledStaffByEmail(email);
  if (!user) return { ok: false, reason: 'noAccess' };
  return { ok: true, userId: user.id };
}

/** A provider that did not answer is "unavailable"; anything it answered wrongly "failed". */
function failure(e: unknown): SsoFailure {
  const reason = unreachable(e) ? 'unavailable' : 'failed';
  console.warn(`single sign-on ${reason}:`, e instanceof Error ? e.message : e);
  return reason;
}

function unreachable(e: unknown): boolean {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as Error).cause, depth++) {
    if (c instanceof TypeError) return true; // fetch failed: refused, reset, DNS
    if (c instanceof Response && c.status >= 500) return true;
    const code = (c as { code?: unknown }).code;
    if (code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT') return true;
    const status = (c as { status?: unknown }).status;
    if (c instanceof oidc.ResponseBodyError && typeof status === 'number' && status >= 500)
      return true;
  }
  return false;
}
