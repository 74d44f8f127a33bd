// First-load JavaScript (gzip) of key pages against the framework floor, from a production build.
// Usage: npm run build && npm run measure:js
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const port = 3199;
const base = `http://127.0.0.1:${port}`;
const pages = {
  'framework floor (bare page)': '/measure/floor',
  home: '/en',
  'request form (potholes)': '/en/services/TRM-Potholes/request',
  'search results': '/en/services?q=trash',
  tracking_lookup: '/en/requests',
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-measure-'));
const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
  env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  stdio: 'ignore',
  detached: true, // its own process group, so the server it starts stops with it
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (i > 120) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  const rows = [];
  for (const [name, url] of Object.entries(pages)) {
    const html = await (await fetch(base + url)).text();
    const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let gz = 0;
    for (const src of srcs) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      gz += zlib.gzipSync(body, { level: 9 }).length;
    }
    rows.push({ name, scripts: srcs.length, kb: gz / 1024 });
  }
  const floor = rows[0].kb;
  console.log('First-load JS (gzip, every <script src> in the page HTML)');
  for (const r of rows) {
    const delta =
      r === rows[0]
        ? ''
        : ` (${r.kb - floor >= 0 ? '+' : ''}${(r.kb - floor).toFixed(1)} KB over the floor)`;
    console.log(
      `  ${r.name.padEnd(28)} ${r.kb.toFixed(1).padStart(6)} KB in ${r.scripts} files${delta}`,
    );
  }
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
