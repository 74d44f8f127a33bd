/**
 * Content Security Policy with a per-request nonce: Next.js stamps it on its own scripts when
 * the policy is on the request, so no script runs without it ('strict-dynamic' lets those
 * scripts load their chunks). Styles allow inline because React style attributes need it;
 * a nonce there would make browsers ignore 'unsafe-inline'.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `base-uri 'none'`,
    `object-src 'none'`,
  ].join('; ');
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a response that is no page (a redirect from the proxy): nothing may load or
 * run in it. next.config.js gives API routes and Next's files the same one.
 */
export const NOTHING_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
