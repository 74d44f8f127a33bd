// `npm start`: serves a production build on PORT (default 3000), building it first when there
// is none (a fresh clone), so a newcomer needs only `npm install && npm start`.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';

const next = 'node_modules/.bin/next';
if (!fs.existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: running `next build` (a few minutes, once).');
  const build = spawnSync(next, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT || '3000';
// Next behind the page cache (scripts/server.mjs), in a process of its own.
const server = spawn(process.execPath, ['scripts/server.mjs', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
