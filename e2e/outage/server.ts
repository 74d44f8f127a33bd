import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The test build (.next-e2e) served by a `next start` of this test's own, on `databaseUrl`. */
export async function startPortal(port: number, databaseUrl: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-outage-app-'));
  const base = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port)], {
    env: {
      ...process.env,
      BRS_TEST_HOOKS_BUILD: '1',
      E2E_TEST_HOOKS: '1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: '0',
      PUBLIC_BASE_URL: base,
      OPEN311_BOOTSTRAP_API_KEY: 'outage-open311-key-0123456789',
      SMTP_URL: '',
      OIDC_ISSUER: '',
      STAFF_BOOTSTRAP_EMAIL: '',
      STAFF_BOOTSTRAP_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => logs.push(String(d)));
  child.stderr?.on('data', (d) => logs.push(String(d)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${logs.join('')}`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start not healthy:\n${logs.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    pid: child.pid,
    logs,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
