// The production server: Next.js's request handler behind the page cache (lib/http/page-cache.mjs),
// which serves the pages that are the same for everyone from memory. `npm start` runs it (after
// building if there is no build), and so do the end-to-end tests, the crash test and the benches.
//   node scripts/server.mjs [-p PORT] [-H HOSTNAME]     (defaults: PORT or 3000, all interfaces)
// The build it serves is Next's distDir (next.config.js: .next, or .next-e2e for the test build).
import http from 'node:http';
import next from 'next';
import { createPageCache } from '../lib/http/page-cache.mjs';

const args = process.argv.slice(2);
const opt = (/** @type {string[]} */ ...names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(opt('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = opt('-H', '--hostname');
process.env.NODE_ENV = 'production';

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
const cache = createPageCache({ port });

const server = http.createServer((req, res) => {
  cache.serve(req, res).then(
    (served) => served || handle(req, res),
    (error) => {
      console.error('page cache:', error);
      if (!res.headersSent) handle(req, res);
    },
  );
});
// As `next start`: a proxy in front may keep connections open longer than Node's 5 s default.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
});
// As `next start`: stop at once (writes are transactions; PGlite's are on disk when committed).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
