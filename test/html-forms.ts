/**
 * Forms as the server rendered them: what a browser without JavaScript posts back. One reading
 * for the HTTP fuzz suite (e2e/fuzz), the crash test (scripts/chaos.mts) and the load bench
 * (scripts/bench-load): plain TypeScript, no Playwright, so scripts can import it too.
 */
export type Field = { name: string; value: string; kind: 'hidden' | 'field' | 'button' };
export type Form = { fields: Field[] };

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : undefined;
};

/** Every <form> of a page with its inputs, selects, text areas and named buttons. */
export function formsIn(html: string): Form[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map(([, inner]) => {
    const fields: Field[] = [];
    for (const [tag] of inner.matchAll(/<(input|select|textarea|button)\b[^>]*>/g)) {
      const name = attr(tag, 'name');
      if (!name) continue;
      const type = attr(tag, 'type');
      const value = attr(tag, 'value') ?? '';
      if (tag.startsWith('<button')) fields.push({ name, value, kind: 'button' });
      else if (type === 'hidden') fields.push({ name, value, kind: 'hidden' });
      else if (type !== 'file') fields.push({ name, value, kind: 'field' });
    }
    return { fields };
  });
}
