import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { env } from '@/lib/env';
import { contentSecurityPolicy, newNonce, NOTHING_POLICY } from '@/lib/security/csp';
import { isTooLargePost, tooLargeResponse } from '@/lib/media/too-large';
import {
  badAddressResponse,
  badApiAddressResponse,
  hasMalformedPath,
  isBadAddress,
} from '@/lib/http/bad-address';
import { foreignPostResponse, isForeignPost, portalHost } from '@/lib/http/same-origin';
import { unavailableResponse } from '@/lib/http/unavailable-page';
import type { OutageState } from '@/db/outage';

/**
 * Locale routing, the per-request CSP nonce, and the refusals that must come before anything
 * reads a body. Nothing here authorizes anything: access checks live in the data layer (lib/),
 * because proxies can be bypassed.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The API and Next's files come here only with a `%` in the path (matcher below), to have
  // its encoding checked: Next.js answers 500 to a path it cannot decode.
  if (/^\/(api(\/|$)|_next\/)/.test(pathname)) {
    return hasMalformedPath(pathname)
      ? withNothingPolicy(badApiAddressResponse())
      : NextResponse.next();
  }
  const first = pathname.split('/')[1];
  const locale = isLocale(first) ? first : defaultLocale;

  // Server actions (and the no-JavaScript forms, which post to them without a Next-Action
  // header) are accepted only from the portal's own origin: see lib/http/same-origin.ts.
  const origin = request.headers.get('origin');
  if (isForeignPost(request.method, origin, request.headers.get('host'), env().PUBLIC_BASE_URL)) {
    const back = isLocale(first) && !isBadAddress(request.url) ? pathname : `/${locale}`;
    return foreignPostResponse(locale, back);
  }

  // Files (icons, the manifest, a missing robots.txt) and the bare measuring page are not in a
  // language: they only get the policy, so that their 404s carry it too.
  if (isFileOrMeasure(pathname)) {
    return hasMalformedPath(pathname)
      ? withNothingPolicy(badApiAddressResponse())
      : withPolicy(request);
  }

  if (!isLocale(first)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'), request.cookies.get(LOCALE_COOKIE)?.value)}${pathname === '/' ? '' : pathname}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    response.headers.set('Content-Security-Policy', NOTHING_POLICY);
    return response;
  }

  if (isBadAddress(request.url)) return badAddressResponse(first);

  // Photos over the form's limit: a page that says so, not a cut-off body and a bare 500.
  if (isTooLargePost(request.method, request.headers.get('content-length'))) {
    return tooLargeResponse(first, pathname);
  }

  if (await databaseDown(request, pathname)) {
    return unavailableResponse(first, pathname, request.method);
  }

  const response = withPolicy(request);
  // The language last read is the one `/` offers next time.
  if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
    response.cookies.set(LOCALE_COOKIE, first, { path: '/', sameSite: 'lax', maxAge: 31536000 });
  }
  return response;
}

/**
 * While the app has seen the database unreachable (db/outage.ts, shared on globalThis), pages
 * get the 503 "temporarily unavailable" page, after a throttled probe confirms it is still
 * down (so the first page after it returns is served normally). Form posts without JavaScript
 * get it too (their action never runs, so nothing was half-saved), except the request
 * journey's: its action keeps every answer and says "try again" (services/[code]/request).
 * Posts from JavaScript (Next-Action) go through: error.tsx shows the same message from the
 * error's digest, and the page stays as it was.
 */
async function databaseDown(request: NextRequest, pathname: string): Promise<boolean> {
  const outage = (globalThis as unknown as { __brsOutage?: OutageState }).__brsOutage;
  if (!outage?.down || !outage.recheck) return false;
  const method = request.method;
  if (request.headers.get('next-action')) return false;
  if (method === 'POST' && /^\/[^/]+\/services\/[^/]+\/request\/?$/.test(pathname)) return false;
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return false;
  return !(await outage.recheck());
}

function withNothingPolicy(response: Response) {
  response.headers.set('Content-Security-Policy', NOTHING_POLICY);
  return response;
}

const isFileOrMeasure = (pathname: string) =>
  /\.[^/]*$/.test(pathname) || pathname === '/measure' || pathname.startsWith('/measure/');

/** Passes the request on with a fresh nonce, and the policy on the request (for Next) and the response. */
function withPolicy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const host = portalHost(request.headers.get('host'), env().PUBLIC_BASE_URL);
  if (host) headers.set('x-forwarded-host', host);
  else headers.delete('x-forwarded-host');
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but API routes and Next's own files: those get a fixed policy from
  // next.config.js (API_POLICY), which must not be sent twice where this one is. And any API
  // address with a `%` in its path, for the encoding check only. The API is not matched
  // otherwise: a matched request's body is buffered for the proxy (up to
  // proxyClientMaxBodySize), and an Open311 post must be refused past 64 KB without that.
  matcher: ['/((?!api/|api$|_next/).*)', '/((?!_next/).*%.*)'],
};
