import { z } from 'zod';
import { isLocale, type Locale } from '@/lib/i18n/config';

/**
 * What the browser keeps between leaving for the identity provider and coming back: the
 * state and nonce to check, the PKCE verifier, and the language to return to. HttpOnly,
 * SameSite=Lax (the provider's redirect back is a top-level GET, which Lax lets through),
 * Secure in production, for 10 minutes.
 *
 * It needs no signature: it only protects its own holder's sign-in. Changing it can only
 * break that sign-in, since the provider checks the PKCE verifier and the ID token's signature
 * and nonce are checked against the provider's keys; a cookie cannot be planted in another
 * person's browser (`__Host-` in production: no subdomain can set it).
 */
export const FLOW_MAX_AGE_SECONDS = 10 * 60;

export type OidcFlow = {
  state: string;
  nonce: string;
  verifier: string;
  locale: Locale;
  at: number;
};

export function flowCookieName(secure: boolean): string {
  return secure ? '__Host-brs_oidc' : 'brs_oidc';
}

export function flowCookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: FLOW_MAX_AGE_SECONDS,
  };
}

const random = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);
const shape = z.object({
  s: random,
  n: random,
  v: random,
  l: z.string().refine(isLocale),
  t: z.number().int(),
});

export function encodeFlow(f: OidcFlow): string {
  const json = JSON.stringify({ s: f.state, n: f.nonce, v: f.verifier, l: f.locale, t: f.at });
  return Buffer.from(json).toString('base64url');
}

/** The flow, or null when the cookie is missing, malformed or older than 10 minutes. */
export function decodeFlow(value: string | undefined, now = Date.now()): OidcFlow | null {
  if (!value || value.length > 1000) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = shape.safeParse(json);
  if (!parsed.success) return null;
  const { s, n, v, l, t } = parsed.data;
  const age = now - t;
  if (age < 0 || age > FLOW_MAX_AGE_SECONDS * 1000) return null;
  return { state: s, nonce: n, verifier: v, locale: l as Locale, at: t };
}
