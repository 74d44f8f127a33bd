import { randomUUID } from 'node:crypto';

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The web form as a browser without JavaScript posts it: the request page's form, its hidden
 * fields (React's `$ACTION_…` fields carry the server action and its bound arguments) and the
 * answers, sent with intent "submit" straight away (the "check your answers" step only shows
 * them back). Each post gets a fresh form key, as each resident's page load would, so none is an
 * idempotent replay. The action answers 303 to the confirmation page.
 */
export async function webFormPoster(base: string, serviceCode: string) {
  const page = `${base}/en/services/${encodeURIComponent(serviceCode)}/request`;
  const html = await (await fetch(page)).text();
  const form = html
    .split('<form')
    .slice(1)
    .find((f) => f.includes('name="idempotencyKey"'));
  if (!form) throw new Error(`No request form on ${page}`);
  const hidden: [string, string][] = [];
  for (const tag of form.split('</form>')[0].match(/<input[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name && name !== 'idempotencyKey')
      hidden.push([unescape(name), unescape(/value="([^"]*)"/.exec(tag)?.[1] ?? '')]);
  }
  const boundary = 'benchloadboundary7MA4YWxkTrZu0gW';
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return {
    url: page,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: base },
    body(n: number): string {
      const fields: [string, string][] = [
        ...hidden,
        ['idempotencyKey', randomUUID()],
        ['address', `${100 + (n % 900)} N Calvert St`],
        ['zip', '21202'],
        ['description', `bench:load web form ${n}`],
        ['contactLanguage', 'en'],
        ['intent', 'submit'],
      ];
      return fields.map(([k, v]) => part(k, v)).join('') + `--${boundary}--\r\n`;
    },
  };
}
