// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Headers every response carries; the CSP (with its per-request nonce) is set in proxy.ts. */
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * The policy of responses the proxy does not see (API routes, Next's own files, and their 404s):
 * they are data, never a page, so nothing may run or load in them if a browser opens one.
 * Every other response gets proxy.ts's policy, with its per-request nonce. The same as
 * NOTHING_POLICY in lib/security/csp.ts (this file is read before TypeScript is compiled).
 */
const API_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The manifest's icons in public/icons: their names carry no content hash (a new drawing keeps
 * `icon-192.png`), so not immutable: a week, then the browser asks again, using the copy it has
 * meanwhile. Next's own files (/_next/static, hashed) are cached for a year by Next itself.
 */
const ICON_CACHE = 'public, max-age=604800, stale-while-revalidate=86400';

const testBuild = process.env.BRS_TEST_HOOKS_BUILD === '1';

/**
 * The build's id, the same wherever the same code is built: BUILD_ID when the deployment names
 * one, else the git commit of a clean checkout. Several instances behind a load balancer must
 * serve one build (a browser loads a page from one instance and its scripts and actions from
 * another); shipping one `.next` everywhere guarantees it, and a deterministic id at least makes
 * two builds of one commit agree and a mismatch visible. A checkout with uncommitted changes,
 * or no git, gets Next's default (random) id: its commit does not describe it.
 * Next avoids "ad" in its ids (ad blockers block such script paths); a commit is made to as well.
 */
function buildId() {
  const given = process.env.BUILD_ID?.trim();
  const id = given || gitCommit();
  return id ? id.replace(/ad/gi, (m) => `${m[0]}-${m[1]}`) : null;
}

function gitCommit() {
  const { execFileSync } = require('node:child_process');
  const git = (/** @type {string[]} */ ...args) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return git('status', '--porcelain', '--untracked-files=no') ? null : git('rev-parse', 'HEAD');
  } catch {
    return null; // not a git checkout (an exported tarball): Next's default
  }
}

/**
 * The request form posts up to three photos of 10 MB each (multipart, to its server action),
 * and the proxy (proxy.ts) sees every page request first. Both framework limits must be above
 * what the form may send, or the post fails before the app can answer: the proxy keeps only
 * the first 10 MB of a body by default (the action then reads a cut-off body: a bare 500), and
 * server actions refuse bodies over 1 MB. The app's own limit, FORM_BODY_MAX_BYTES in
 * lib/media/limits.ts (40 MiB), is enforced in proxy.ts with a localized 413 page, so these
 * sit just above it (lib/media/limits.test.ts keeps them in step).
 */
const FORM_BODY_FRAMEWORK_LIMIT = '41mb';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  generateBuildId: async () => buildId(),
  // Inlined at build time: only a build made for the end-to-end tests (`npm run build:e2e`) can
  // ever answer on /api/test-hooks; a production build cannot be switched on afterwards. That
  // build goes to a folder of its own, so `npm start` never serves it by mistake.
  env: { BRS_TEST_HOOKS_BUILD: testBuild ? '1' : '0' },
  distDir: testBuild ? '.next-e2e' : '.next',
  reactStrictMode: true,
  // PGlite's WASM must stay in node_modules: bundled, it would be copied to public static files.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp', 'pg', 'heic-decode', 'libheif-js'],
  experimental: {
    // forbidden() for a forged admin action (app/[locale]/staff/admin/_lib/guard.ts): a 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: FORM_BODY_FRAMEWORK_LIMIT },
    proxyClientMaxBodySize: FORM_BODY_FRAMEWORK_LIMIT,
  },
  async headers() {
    const policy = [{ key: 'Content-Security-Policy', value: API_POLICY }];
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: policy },
      { source: '/_next/:path*', headers: policy },
      { source: '/icons/:path*', headers: [{ key: 'Cache-Control', value: ICON_CACHE }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
