import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache.mjs';

/**
 * The cache in front of a stand-in for Next (one server, as in scripts/server.mjs): what it
 * renders, how often, and what a visitor gets.
 */
let renders = 0;
let status = 200;
let version: number | undefined = 1;
let down = false;
let clock = 0;
let server: http.Server;
let base = '';
let cache!: ReturnType<typeof createPageCache>;

beforeAll(async () => {
  server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  cache = createPageCache({
    port,
    version: () => version,
    down: () => down,
    now: () => clock,
    // Room for a few of the stand-in's pages (about 60 bytes, and their gzip about 80).
    maxBytes: { pages: 2_000, search: 450 },
  });
  server.on('request', (req, res) => {
    cache.serve(req, res).then((served) => {
      if (served) return;
      // "Next": a page with a fresh nonce on every render, numbered.
      renders++;
      const nonce = `n${renders}`;
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
        'set-cookie': 'NEXT_LOCALE=en; Path=/',
        'x-frame-options': 'DENY',
      });
      res.end(`<h1>render ${renders}</h1><script nonce="${nonce}">go()</script>`);
    });
  });
});
afterAll(() => new Promise((r) => server.close(r)));

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe('the page cache in front of the renderer', () => {
  it('renders a page once, then serves the copy with the same headers and a hash policy', async () => {
    const first = await get('/en/accessibility');
    const second = await get('/en/accessibility');
    expect(await first.text()).toBe(await second.text());
    expect(renders).toBe(1);
    expect(second.headers.get('x-frame-options')).toBe('DENY');
    expect(second.headers.get('content-security-policy')).toMatch(/^script-src 'self' 'sha256-/);
    // The language cookie only for a visitor whose cookie says another language.
    expect(second.headers.get('set-cookie')).toMatch(/^NEXT_LOCALE=en;/);
    const again = await get('/en/accessibility', { cookie: 'NEXT_LOCALE=en' });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(renders).toBe(1);
  });

  it('renders again when the content version moves or the copy is too old', async () => {
    await get('/en');
    const before = renders;
    await get('/en');
    expect(renders).toBe(before);
    version = 2;
    expect(await (await get('/en')).text()).toBe(
      `<h1>render ${before + 1}</h1><script>go()</script>`,
    );
    clock += 11 * 60_000;
    await get('/en');
    expect(renders).toBe(before + 2);
  });

  it('leaves everything to the renderer while the version is unknown or the database is down', async () => {
    await get('/es');
    const before = renders;
    version = undefined;
    await get('/es');
    version = 2;
    down = true;
    await get('/es');
    down = false;
    expect(renders).toBe(before + 2);
  });

  it('keeps no copy of an error page, and many concurrent misses render once', async () => {
    status = 404;
    const before = renders;
    const res = await get('/en/services/NOPE');
    expect(res.status).toBe(404);
    // One render for the fill (refused: not a 200) and one for the visitor.
    expect(renders).toBe(before + 2);
    status = 200;
    const all = await Promise.all(Array.from({ length: 10 }, () => get('/fr/accessibility')));
    expect(new Set(await Promise.all(all.map((r) => r.text()))).size).toBe(1);
    expect(renders).toBe(before + 3);
  });

  it('serves gzip to a browser that accepts it, and no body to HEAD', async () => {
    const body = await (await get('/ko')).text();
    const raw = await new Promise<{ encoding?: string; data: Buffer }>((resolve) =>
      http.get(`${base}/ko`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], data: Buffer.concat(chunks) }),
        );
      }),
    );
    expect(raw.encoding).toBe('gzip');
    expect(zlib.gunzipSync(raw.data).toString()).toBe(body);
    const head = await fetch(`${base}/ko`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps within its bytes: search results apart, the copy used longest ago out first', async () => {
    await get('/ru/accessibility');
    for (let i = 0; i < 20; i++) await get(`/en/services?q=made-up-${i}`);
    expect(cache.bytes.search).toBeLessThanOrEqual(450);
    expect(cache.bytes.search).toBeGreaterThan(0);
    // The made-up queries did not push the pages out.
    const before = renders;
    await get('/ru/accessibility');
    expect(renders).toBe(before);
    for (let i = 0; i < 40; i++) await get(`/en/services/S${i}`);
    expect(cache.bytes.pages).toBeLessThanOrEqual(2_000);
    await get('/ru/accessibility');
    expect(renders).toBe(before + 41);
  });
});
