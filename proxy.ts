import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';
import { isTooLargePost, tooLargeResponse } from '@/lib/media/too-large';
import {
  badAddressResponse,
  badApiAddressResponse,
  hasMalformedPath,
  isBadAddress,
} from '@/lib/http/bad-address';

/** Pages: not the API, Next internals, media or files with an extension. */
const PAGE = /^\/(?!api|_next|media|measure|.*\..*)/;

/**
 * Locale routing and the per-request CSP nonce. Nothing here authorizes anything: access
 * checks live in the data layer (lib/), because proxies can be bypassed.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Other addresses come here only with a `%` (matcher below), to have their encoding checked:
  // Next.js answers 500 to one it cannot decode.
  if (!PAGE.test(pathname)) {
    return hasMalformedPath(pathname) ? badApiAddressResponse() : NextResponse.next();
  }
  const first = pathname.split('/')[1];
  if (!isLocale(first)) {
    const locale = negotiateLocale(
      request.headers.get('accept-language'),
      request.cookies.get(LOCALE_COOKIE)?.value,
    );
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    return response;
  }

  if (isBadAddress(request.url)) return badAddressResponse(first);

  // Photos over the form's limit: a page that says so, not a cut-off body and a bare 500.
  if (isTooLargePost(request.method, request.headers.get('content-length'))) {
    return tooLargeResponse(first, pathname);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  // The language last read is the one `/` offers next time.
  if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
    response.cookies.set(LOCALE_COOKIE, first, { path: '/', sameSite: 'lax', maxAge: 31536000 });
  }
  return response;
}

export const config = {
  // Pages; and any other address with a `%` in its path, for the encoding check only. The API
  // is not matched otherwise: a matched request's body is buffered for the proxy (up to
  // proxyClientMaxBodySize), and an Open311 post must be refused past 64 KB without that.
  matcher: ['/((?!api|_next|media|measure|.*\\..*).*)', '/((?!_next/).*%.*)'],
};
