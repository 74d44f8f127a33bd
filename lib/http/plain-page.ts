import type { Locale } from '@/lib/i18n/config';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page the proxy answers itself, before the app reads anything: plain, localized HTML with
 * no scripts and no styles, so it needs no nonce and its policy allows nothing.
 */
export function plainPage(
  locale: Locale,
  status: number,
  page: { title: string; paragraphs: string[]; link: { href: string; text: string } },
): Response {
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)}</title>
</head>
<body>
<main>
<h1>${escape(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p><a href="${escape(page.link.href)}">${escape(page.link.text)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}
