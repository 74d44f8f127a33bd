import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ADMIN } from '../staff-support';

/**
 * Two instances of the portal on one PostgreSQL database behind a round-robin proxy, as a load
 * balancer runs them: two `next start` processes of the end-to-end build (.next-e2e), each with
 * a DATA_DIR of its own (nothing on one machine's disk may be needed by the other), on a fresh
 * database created for the run on TEST_DATABASE_URL's server, both sending e-mail to the SMTP
 * sink that playwright.config.ts starts. The proxy alternates upstreams on every request (not
 * every connection), so a page and the server action it posts, or a sign-in and the next page,
 * land on different instances.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const UPSTREAM_PORTS = [PORT + 10, PORT + 11];
export const PROXY_PORT = PORT + 12;
export const PROXY_URL = `http://127.0.0.1:${PROXY_PORT}`;
const SINK_SMTP_PORT = PORT + 900;

export type Cluster = {
  /** Requests the proxy sent to each instance. */
  served: number[];
  stop: () => Promise<void>;
};

export async function startCluster(adminUrl: string): Promise<Cluster> {
  const database = await createDatabase(adminUrl);
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-instances-'));
  const servers = UPSTREAM_PORTS.map((port, i) => startInstance(port, database.url, logs, i));
  const served = [0, 0];
  const proxy = roundRobin(served);
  const stop = async () => {
    await new Promise((r) => proxy.close(r));
    proxy.closeAllConnections();
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  };
  try {
    await new Promise<void>((resolve) => proxy.listen(PROXY_PORT, '127.0.0.1', resolve));
    await Promise.all(servers.map((s) => s.ready));
  } catch (e) {
    await stop();
    throw e;
  }
  return { served, stop };
}

/** A database of its own on the test server, dropped afterwards. Needs CREATEDB. */
async function createDatabase(adminUrl: string) {
  const url = new URL(adminUrl);
  const name = `${url.pathname.slice(1) || 'brs'}_instances_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists "${name}" with (force)`).catch(() => {}),
  };
}

function startInstance(port: number, databaseUrl: string, logs: string, i: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `brs-instance-${i}-`));
  const log = path.join(logs, `instance-${i}.log`);
  const out = fs.openSync(log, 'a');
  const child: ChildProcess = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port)], {
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      BRS_TEST_HOOKS_BUILD: '1', // serve the test build (.next-e2e)
      E2E_TEST_HOOKS: '1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: '0',
      STAFF_BOOTSTRAP_EMAIL: ADMIN.email,
      STAFF_BOOTSTRAP_PASSWORD: ADMIN.password,
      SMTP_URL: `smtp://127.0.0.1:${SINK_SMTP_PORT}?from=311%40baltimore.example`,
      // The address residents and browsers see: the balancer's, on every instance.
      PUBLIC_BASE_URL: PROXY_URL,
      OIDC_ISSUER: '',
      PORT: String(port),
    },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const ready = (async () => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (exited) break;
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`instance ${i} on port ${port} did not start:\n${tail(log)}`);
  })();
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5_000))]);
      if (!exited) child.kill('SIGKILL');
    }
    fs.closeSync(out);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { ready, stop };
}

const tail = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');

/** The load balancer: each request to the next instance, headers (Host included) as sent. */
function roundRobin(served: number[]) {
  let turn = 0;
  return http.createServer((req, res) => {
    const i = turn++ % UPSTREAM_PORTS.length;
    served[i]++;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: UPSTREAM_PORTS[i],
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
}
