import { randomUUID } from 'node:crypto';
import { formsIn } from '../../test/html-forms';

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
  const form = formsIn(html).find((f) => f.fields.some((x) => x.name === 'idempotencyKey'));
  if (!form) throw new Error(`No request form on ${page}`);
  const hidden: [string, string][] = form.fields
    .filter((f) => f.kind === 'hidden' && f.name !== 'idempotencyKey')
    .map((f) => [f.name, f.value]);
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
