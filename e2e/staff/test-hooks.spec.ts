import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import validationEn from '../../locales/en/Validation.json';
import staffEn from '../../locales/en/Staff.json';
import { STAFF_PASSWORD } from '../staff-support';

/**
 * The test hooks exist for this suite only. A server of the same build started without
 * E2E_TEST_HOOKS (as a production server is) must answer 404 on them and create nothing.
 * (The other half, a build made without BRS_TEST_HOOKS_BUILD, is test/test-hooks.db.test.ts.)
 */
let server: ChildProcess;
let base: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

// A second server on a busy 2-core machine can take a while to migrate and seed.
test.beforeAll(async () => {
  test.setTimeout(300_000);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['E2E_TEST_HOOKS', 'DATABASE_URL', 'STAFF_BOOTSTRAP_EMAIL']) delete env[k];
  env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-nohooks-'));
  server = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port)], {
    // The same test build (.next-e2e, hooks compiled in); only the run-time flag is missing.
    env: { ...env, DEMO_DATA: '0', BRS_TEST_HOOKS_BUILD: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 560; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server without test hooks did not start');
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('without E2E_TEST_HOOKS the test endpoints answer 404 and create nothing', async ({
  browser,
}) => {
  const email = `hooks.off.${Date.now()}@baltimore.example`;
  const made = await fetch(`${base}/api/test-hooks/staff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, name: 'Hooks Off', password: STAFF_PASSWORD, role: 'admin' }),
  });
  expect(made.status).toBe(404);
  const counted = await fetch(`${base}/api/test-hooks/requests?idempotencyKey=anything`);
  expect(counted.status).toBe(404);

  // Nothing was created: that account cannot sign in.
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto('/en/staff/sign-in');
  await page.getByLabel(staffEn.emailLabel).fill(email);
  await page.getByLabel(staffEn.passwordLabel).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: staffEn.signInButton }).click();
  await expect(page.locator('.error-summary')).toContainText(validationEn.signIn.invalid);
  await context.close();
});
