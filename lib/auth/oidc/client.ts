import 'server-only';
import * as oidc from 'openid-client';
import { env } from '@/lib/env';

/** Seconds the portal waits for the identity provider before telling the user it is away. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/** The single callback address registered with the provider (one for every locale). */
export const CALLBACK_PATH = '/api/staff/oidc/callback';

/** True when single sign-on is configured (lib/env.ts checks it is complete). */
export function oidcEnabled(): boolean {
  return Boolean(env().OIDC_ISSUER);
}

/**
 * Built from PUBLIC_BASE_URL only: a redirect address taken from the request's Host or
 * X-Forwarded-Host would let a forged header send authorization codes elsewhere.
 */
export function redirectUri(): string {
  const base = env().PUBLIC_BASE_URL;
  if (!base) throw new Error('single sign-on needs PUBLIC_BASE_URL');
  return new URL(CALLBACK_PATH, base).href;
}

let configuration: Promise<oidc.Configuration> | undefined;

/**
 * The provider's metadata and keys, discovered once per process. A failed discovery is not
 * kept, so the next sign-in tries again once the provider is back.
 */
export function oidcConfiguration(): Promise<oidc.Configuration> {
  configuration ??= discover().catch((e: unknown) => {
    configuration = undefined;
    throw e;
  });
  return configuration;
}

async function discover(): Promise<oidc.Configuration> {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID) throw new Error('single sign-on is not configured');
  const issuer = new URL(OIDC_ISSUER);
  // A confidential client authenticates as OpenID Connect's default (client_secret_basic); a
  // public one sends only its id, and PKCE proves the code is redeemed by who asked for it.
  const auth = OIDC_CLIENT_SECRET ? oidc.ClientSecretBasic(OIDC_CLIENT_SECRET) : oidc.None();
  return oidc.discovery(issuer, OIDC_CLIENT_ID, undefined, auth, {
    timeout: PROVIDER_TIMEOUT_SECONDS,
    // lib/env.ts allows http:// only for a provider on this machine (tests, development).
    execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
  });
}

/** For tests that start a provider of their own, one per test file. */
export function forgetOidcConfiguration(): void {
  configuration = undefined;
}
