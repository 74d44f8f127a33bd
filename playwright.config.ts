import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { TEST_CLIENT } from './test/oidc-test-client';
import { CHROMIUM_FLAGS, systemChromium } from './scripts/system-chromium';

/**
 * End-to-end tests against a production build made for them (`npm run build:e2e` first, which
 * writes .next-e2e with the test hooks compiled in; `npm test` does it).
 * The server starts on an empty embedded database of its own.
 *
 * Browser: Debian's Chromium where it is installed (this project's CI machines cannot download
 * Playwright's browsers); Playwright's own Chromium everywhere else.
 */
const launchOptions = systemChromium
  ? { executablePath: systemChromium, args: CHROMIUM_FLAGS }
  : {};

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;
/** A real SMTP server the portal sends to, and the address tests read it at (e2e/mail.ts). */
const SINK_SMTP_PORT = PORT + 900;
export const SINK_HTTP_PORT = PORT + 1900;
/**
 * The city's identity provider for single sign-on (e2e/oidc-provider.mts). Not PORT + 2900:
 * with the default port that is 6000, one of the ports fetch refuses to reach (the Fetch
 * standard's "bad ports"), and the portal's sign-on then failed with "fetch failed".
 */
const OIDC_PORT = PORT + 2950;
// The fuzz suite's seed (e2e/fuzz): one per run, shared by every worker (they inherit it).
process.env.FUZZ_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-e2e-'));

const phone = {
  ...devices['Pixel 5'],
  viewport: { width: 375, height: 812 },
  defaultBrowserType: 'chromium' as const,
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000, // axe at several widths on 2 cores takes time; a hang still fails
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    launchOptions,
    // axe reads colours as they are at that instant: mid-way through a button's or a field's
    // colour transition (a click, a focus) it measured contrast that never settles (flaky
    // color-contrast on #lat and a button). Reduced motion makes styles/globals.css end every
    // transition at once, so axe sees the settled page.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'resident', testDir: 'e2e/resident', use: phone },
    { name: 'a11y', testDir: 'e2e/a11y', use: phone },
    { name: 'open311', testDir: 'e2e/open311' },
    { name: 'staff', testDir: 'e2e/staff' },
    // HTTP only (no browser): bad input on every page and server action answers below 500.
    { name: 'fuzz', testDir: 'e2e/fuzz' },
    // Two instances on one PostgreSQL behind a round-robin proxy (e2e/instances/cluster.ts
    // starts them, on ports E2E_PORT + 10…12); skipped without TEST_DATABASE_URL.
    {
      name: 'instances',
      testDir: 'e2e/instances',
      use: { baseURL: `http://127.0.0.1:${PORT + 12}` },
    },
    // Its own PostgreSQL cluster (stopped and started) and its own `next start`, on E2E_PORT +
    // 41 and + 42: the database outage (e2e/outage).
    { name: 'outage', testDir: 'e2e/outage' },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : [
        {
          command: 'node e2e/smtp-sink.mjs',
          url: `http://127.0.0.1:${SINK_HTTP_PORT}/health`,
          reuseExistingServer: false,
          env: { SINK_SMTP_PORT: String(SINK_SMTP_PORT), SINK_HTTP_PORT: String(SINK_HTTP_PORT) },
        },
        {
          command: 'node_modules/.bin/tsx e2e/oidc-provider.mts',
          url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
          reuseExistingServer: false,
          env: {
            OIDC_TEST_PORT: String(OIDC_PORT),
            OIDC_TEST_REDIRECT_URI: `${baseURL}/api/staff/oidc/callback`,
          },
        },
        {
          command: `node scripts/server.mjs -p ${PORT}`,
          url: `${baseURL}/api/health`,
          reuseExistingServer: false,
          timeout: 120_000,
          env: {
            BRS_TEST_HOOKS_BUILD: '1', // serve the test build (.next-e2e, `npm run build:e2e`)
            DATA_DIR: dataDir,
            E2E_TEST_HOOKS: '1',
            DATABASE_URL: '',
            DEMO_DATA: '0',
            OPEN311_BOOTSTRAP_API_KEY: 'e2e-open311-key-0123456789',
            STAFF_BOOTSTRAP_EMAIL: 'admin@baltimore.example',
            STAFF_BOOTSTRAP_PASSWORD: 'e2e admin passphrase 2026',
            SMTP_URL: `smtp://127.0.0.1:${SINK_SMTP_PORT}?from=311%40baltimore.example`,
            PUBLIC_BASE_URL: baseURL,
            OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
            OIDC_CLIENT_ID: TEST_CLIENT.id,
            OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
          },
        },
      ],
});
