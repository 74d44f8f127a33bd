import enForm from '@/locales/en/RequestForm.json';
import esForm from '@/locales/es/RequestForm.json';
import type { Locale } from '@/lib/i18n/config';
import { FORM_BODY_MAX_BYTES } from './limits';

const copy: Record<Locale, typeof enForm> = { en: enForm, es: esForm };

/** Is this a form post larger than the portal reads (photos over the limits)? */
export function isTooLargePost(method: string, contentLength: string | null): boolean {
  return method === 'POST' && Number(contentLength ?? 0) > FORM_BODY_MAX_BYTES;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer to a post over FORM_BODY_MAX_BYTES, from the proxy before anything reads the
 * body: a plain, localized page with status 413 (no scripts, no styles, so it needs no nonce)
 * instead of the framework's cut-off body and a bare 500. The answers cannot be read back, so
 * it says nothing was sent and how to get back to them (the browser's back button keeps what
 * was typed) — with JavaScript the browser checks photo sizes first and never gets here.
 */
export function tooLargeResponse(locale: Locale, path: string): Response {
  const t = copy[locale];
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.tooLargeTitle)}</title>
</head>
<body>
<main>
<h1>${escape(t.tooLargeTitle)}</h1>
<p>${escape(t.tooLargeBody)}</p>
<p><a href="${escape(path)}">${escape(t.tooLargeRestart)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 413,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'self'",
    },
  });
}
