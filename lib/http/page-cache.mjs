// @ts-check
/**
 * The pages that are the same for everyone (home, the service list and search results, service
 * pages, the accessibility statement, the transparency pages and their methodology), rendered
 * once and served from memory by the server in front of Next (scripts/server.mjs).
 *
 * Why: Next renders every page per request here (the CSP nonce makes every route dynamic) and a
 * render costs 5–30 ms of one core; the same bytes from memory cost a few microseconds.
 *
 * - Only anonymous GET/HEAD requests of a page (no cookie but the language one, no header of
 *   Next's client router or of a server action) are served from here; everything else, and
 *   every page of a resident's own request or of the staff console, goes to Next as before.
 * - A copy is filled by asking this same server for the page (with a secret header that sends
 *   it past the cache) and kept while the catalogue's content version is the one it was made
 *   under (lib/site/content-version.ts, read from the database at most once a second, so a
 *   change made on any instance is seen within about a second) and at most `ttlMs`.
 * - Its Content-Security-Policy is hash-based: the per-request nonce of the render is taken out
 *   and `script-src` lists the SHA-256 of each inline script instead. script-src stays strict:
 *   no 'unsafe-inline', no 'unsafe-eval', no other host; the page's own script files load from
 *   'self' ('strict-dynamic' would ignore 'self', and a nonce cannot be shared by everyone).
 *   Files this origin serves that are not the build's scripts (photos, API answers) carry
 *   `X-Content-Type-Options: nosniff` and a non-script type, which browsers refuse to run.
 * - While the database is unreachable nothing is served from here (the proxy answers with the
 *   "temporarily unavailable" page), because nothing can be checked against it.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';

const LOCALE = '(?:en|es|zh|ko|fr|ru|ar)';
const CATALOGUE_TTL_MS = 10 * 60_000;
/** As fresh as the transparency page's own snapshot reuse window (lib/metrics/queries.ts). */
const FIGURES_TTL_MS = 5_000;
/**
 * Bytes kept at most (page and its gzip), per pool: the pages (7 languages × about 60 addresses,
 * 30–300 KB each) and, apart, the search results, so that a flood of made-up queries cannot
 * push the pages out. Past it, the copy used longest ago goes first.
 */
const MAX_BYTES = { pages: 96 * 1024 * 1024, search: 32 * 1024 * 1024 };

/**
 * Which addresses are cached, and for how long at most. Query strings are part of the key only
 * where the page reads them; any other query sends the request to Next.
 * @type {{ path: RegExp, query: string[], ttlMs: number, pool?: 'search' }[]}
 */
const RULES = [
  { path: new RegExp(`^/${LOCALE}$`), query: [], ttlMs: CATALOGUE_TTL_MS },
  {
    path: new RegExp(`^/${LOCALE}/services$`),
    query: ['q'],
    ttlMs: CATALOGUE_TTL_MS,
    pool: 'search',
  },
  { path: new RegExp(`^/${LOCALE}/services/[^/]+$`), query: [], ttlMs: CATALOGUE_TTL_MS },
  { path: new RegExp(`^/${LOCALE}/accessibility$`), query: [], ttlMs: CATALOGUE_TTL_MS },
  { path: new RegExp(`^/${LOCALE}/performance/methodology$`), query: [], ttlMs: CATALOGUE_TTL_MS },
  { path: new RegExp(`^/${LOCALE}/performance$`), query: ['period'], ttlMs: FIGURES_TTL_MS },
  {
    path: new RegExp(`^/${LOCALE}/performance/agencies/[^/]+$`),
    query: ['period'],
    ttlMs: FIGURES_TTL_MS,
  },
];

/** Headers of Next's client router and server actions: such a request wants something else. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
];
const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Not replayed from the filled copy: they belong to one connection or one response. */
const DROPPED = new Set([
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
]);

/**
 * The cache rule for a request, and its key; null when it must go to Next.
 * @param {string} method
 * @param {string} url path and query, as on the request line
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function cacheable(method, url, headers) {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return null;
  if (!onlyLocaleCookie(headers.cookie)) return null;
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  const rule = RULES.find((r) => r.path.test(pathname));
  if (!rule) return null;
  const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  const names = [...params.keys()];
  if (names.some((n) => !rule.query.includes(n)) || new Set(names).size !== names.length) {
    return null;
  }
  const query = rule.query
    .filter((n) => params.has(n))
    .map((n) => `${n}=${encodeURIComponent(params.get(n) ?? '')}`)
    .join('&');
  return {
    key: query ? `${pathname}?${query}` : pathname,
    locale: pathname.split('/')[1],
    ttlMs: rule.ttlMs,
    pool: /** @type {'pages' | 'search'} */ (query && rule.pool ? rule.pool : 'pages'),
  };
}

/** @param {string | string[] | undefined} cookie */
function onlyLocaleCookie(cookie) {
  if (cookie === undefined) return true;
  const all = Array.isArray(cookie) ? cookie.join(';') : cookie;
  return all
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .every((c) => c.startsWith(`${LOCALE_COOKIE}=`));
}

/** @param {string | string[] | undefined} cookie */
function localeCookie(cookie) {
  const all = Array.isArray(cookie) ? cookie.join(';') : (cookie ?? '');
  const found = all
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return found?.slice(LOCALE_COOKIE.length + 1);
}

/**
 * The rendered page with its nonce taken out, and a policy that lists the hash of each inline
 * script instead of the nonce. Null when the page is not as expected (no nonce in its policy):
 * it is then not cached.
 * @param {string} html
 * @param {string} policy
 */
export function toHashPolicy(html, policy) {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  if (!nonce) return null;
  const withoutNonce = html.split(` nonce="${nonce}"`).join('');
  const hashes = [];
  for (const m of withoutNonce.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(m[1]) || !m[2]) continue;
    hashes.push(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  const scriptSrc = ["'self'", ...new Set(hashes)].join(' ');
  const newPolicy = policy.replace(/script-src [^;]*/, `script-src ${scriptSrc}`);
  return { html: withoutNonce, policy: newPolicy };
}

/**
 * @typedef {{ version: number, filledAt: number, ttlMs: number, headers: Record<string, string>,
 *   body: Buffer, gzip: Buffer }} Entry
 * @param {{ port: number, version?: () => number | undefined, down?: () => boolean,
 *   now?: () => number, maxBytes?: { pages: number, search: number } }} options
 */
export function createPageCache(options) {
  const secret = crypto.randomBytes(16).toString('hex');
  const now = options.now ?? Date.now;
  const version =
    options.version ??
    (() =>
      /** @type {{ __brsContentVersion?: () => number | undefined }} */ (
        globalThis
      ).__brsContentVersion?.());
  const down =
    options.down ??
    (() =>
      Boolean(/** @type {{ __brsOutage?: { down: boolean } }} */ (globalThis).__brsOutage?.down));
  /** @type {Record<'pages' | 'search', Map<string, Entry>>} */
  const pools = { pages: new Map(), search: new Map() };
  const bytes = { pages: 0, search: 0 };
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  /** @param {Entry} e */
  const size = (e) => e.body.length + e.gzip.length;
  /** @type {Map<string, Promise<Entry | null>>} */
  const filling = new Map();
  const stats = { hits: 0, fills: 0, passes: 0 };

  /**
   * @param {string} key @param {number} ttlMs @param {number} v @param {'pages' | 'search'} pool
   * @returns {Promise<Entry | null>}
   */
  function fill(key, ttlMs, v, pool) {
    const entries = pools[pool];
    const started = filling.get(key);
    if (started) return started;
    const p = render(key).then((page) => {
      if (!page) return null;
      const body = Buffer.from(page.html, 'utf8');
      const entry = {
        version: v,
        filledAt: now(),
        ttlMs,
        headers: page.headers,
        body,
        gzip: zlib.gzipSync(body),
      };
      // Oldest first out: a Map iterates in insertion order, and a hit re-inserts its entry.
      const old = entries.get(key);
      if (old) bytes[pool] -= size(old);
      entries.delete(key);
      entries.set(key, entry);
      bytes[pool] += size(entry);
      for (const [k, e] of entries) {
        if (bytes[pool] <= maxBytes[pool] || k === key) break;
        entries.delete(k);
        bytes[pool] -= size(e);
      }
      stats.fills++;
      return entry;
    });
    const settled = p.finally(() => filling.delete(key));
    filling.set(key, settled);
    return settled.catch(() => null);
  }

  /** Asks this server for the page, past the cache. @param {string} key */
  function render(key) {
    return /** @type {Promise<{ html: string, headers: Record<string, string> } | null>} */ (
      new Promise((resolve, reject) => {
        const req = http.get(
          {
            host: '127.0.0.1',
            port: options.port,
            path: key,
            headers: { 'x-brs-page-fill': secret },
          },
          (res) => {
            /** @type {Buffer[]} */
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const policy = res.headers['content-security-policy'];
              const type = String(res.headers['content-type'] ?? '');
              if (
                res.statusCode !== 200 ||
                typeof policy !== 'string' ||
                !type.startsWith('text/html')
              ) {
                return resolve(null);
              }
              const page = toHashPolicy(Buffer.concat(chunks).toString('utf8'), policy);
              if (!page) return resolve(null);
              /** @type {Record<string, string>} */
              const headers = {};
              for (const [k, val] of Object.entries(res.headers)) {
                if (!DROPPED.has(k) && val !== undefined) headers[k] = String(val);
              }
              headers['content-security-policy'] = page.policy;
              resolve({ html: page.html, headers });
            });
          },
        );
        req.on('error', reject);
      })
    );
  }

  /**
   * Answers the request from the cache and returns true, or returns false for Next to answer.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serve(req, res) {
    if (req.headers['x-brs-page-fill'] === secret) return false;
    const rule = cacheable(req.method ?? 'GET', req.url ?? '/', req.headers);
    if (!rule) return false;
    const v = version();
    if (v === undefined || down()) return false;
    const entries = pools[rule.pool];
    let entry = entries.get(rule.key);
    if (entry && (entry.version !== v || now() - entry.filledAt >= entry.ttlMs)) entry = undefined;
    if (entry) {
      entries.delete(rule.key);
      entries.set(rule.key, entry);
      stats.hits++;
    } else {
      entry = (await fill(rule.key, rule.ttlMs, v, rule.pool)) ?? undefined;
      if (!entry) {
        stats.passes++;
        return false;
      }
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.body;
    /** @type {Record<string, string | string[]>} */
    const headers = { ...entry.headers, 'content-length': String(body.length) };
    if (gzip) headers['content-encoding'] = 'gzip';
    // The language last read is the one `/` offers next time (as proxy.ts does for Next's pages).
    if (localeCookie(req.headers.cookie) !== rule.locale) {
      headers['set-cookie'] =
        `${LOCALE_COOKIE}=${rule.locale}; Path=/; Max-Age=31536000; SameSite=lax`;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  return {
    serve,
    stats,
    bytes,
    clear() {
      pools.pages.clear();
      pools.search.clear();
      bytes.pages = bytes.search = 0;
    },
  };
}
