import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The production server (scripts/server.mjs) on the build (.next), as `npm start` runs it, logging to a file. */
export async function startServer(opts: {
  port: number;
  env: Record<string, string | undefined>;
  logFile: string;
  readyTimeoutMs: number;
}): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const log = fs.openSync(opts.logFile, 'w');
  const env = { ...process.env, ...opts.env, NODE_ENV: 'production', PORT: String(opts.port) };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const child = spawn(
    process.execPath,
    ['scripts/server.mjs', '-p', String(opts.port), '-H', '127.0.0.1'],
    { env, stdio: ['ignore', log, log] },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => (child.kill('SIGKILL'), r(null)), 10_000);
      child.once('exit', () => (clearTimeout(t), r(null)));
    });
  };
  const deadline = Date.now() + opts.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`http://127.0.0.1:${opts.port}/api/health`);
      if (res.status === 200) return { child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  await stop();
  const tail = fs.readFileSync(opts.logFile, 'utf8').split('\n').slice(-30).join('\n');
  throw new Error(`The server did not become healthy (log ${opts.logFile}):\n${tail}`);
}
