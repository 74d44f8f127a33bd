import type { Locale } from '@/lib/i18n/config';
import { proxyCopy } from '@/lib/i18n/proxy-copy';
import { plainPage } from './plain-page';

const copy = (locale: Locale) => proxyCopy[locale].Common;

/** Methods that change nothing: never checked. Every other one (server actions POST) is. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a post to a page (a server action, with JavaScript or as a plain form) comes from the
 * portal's own pages: its `Origin` must be the portal's. Browsers send Origin with every form
 * post, with or without JavaScript, so a post without one is not from a page of ours (and a
 * forged one from another site carries that site's origin).
 *
 * The portal's origin is PUBLIC_BASE_URL's when set. Without it, the origin's host must equal
 * the Host header the server received (the scheme is unknown behind a proxy that ends TLS).
 * X-Forwarded-Host is never read: any client can write it, and Next's own check trusted it, so a
 * post claiming `X-Forwarded-Host: evil.example` from evil.example passed.
 */
export function isForeignPost(
  method: string,
  origin: string | null,
  host: string | null,
  publicBaseUrl: string | undefined,
): boolean {
  if (SAFE.has(method.toUpperCase())) return false;
  if (!origin || origin === 'null') return true;
  let claimed: URL;
  try {
    claimed = new URL(origin);
  } catch {
    return true;
  }
  if (publicBaseUrl) return claimed.origin !== new URL(publicBaseUrl).origin;
  return !host || claimed.host !== host.toLowerCase();
}

/** The answer to a foreign post, before the app reads its body: a plain, localized 403. */
export function foreignPostResponse(locale: Locale, path: string): Response {
  const t = copy(locale);
  return plainPage(locale, 403, {
    title: t.foreignPostTitle,
    paragraphs: [t.foreignPostBody],
    link: { href: path, text: t.foreignPostLink },
  });
}

/**
 * The host the portal answers as: PUBLIC_BASE_URL's, otherwise the Host received. The proxy
 * passes it on as X-Forwarded-Host, replacing whatever a client wrote there, so that Next's own
 * server-action check (which compares Origin with X-Forwarded-Host) agrees with ours above.
 */
export function portalHost(host: string | null, publicBaseUrl: string | undefined): string | null {
  return publicBaseUrl ? new URL(publicBaseUrl).host : host;
}
