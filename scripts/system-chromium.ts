import fs from 'node:fs';

/**
 * Debian's Chromium where it is installed (this project's CI machines cannot download
 * Playwright's browsers), and the flags it needs there: no sandbox (root in a container), no GPU,
 * none of its own network traffic (updates, sync, first-run pages) to disturb a measurement.
 * Used by the browser tests (playwright.config.ts), the auditors' report (scripts/audit-a11y)
 * and Lighthouse (scripts/lighthouse.mts); elsewhere each falls back to its own browser.
 */
export const systemChromium: string | undefined = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => fs.existsSync(p));

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
