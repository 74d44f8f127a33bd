import { parseArgs } from 'node:util';
import { VIEWPORTS, type Viewport } from './types';

export const USAGE = `Accessibility audit of a Baltimore Service Requests deployment (WCAG 2.2 A/AA).

Usage: npm run audit:a11y -- --base-url https://portal.example.gov [options]

  --base-url URL        the deployment to audit (required)
  --out DIR             where the reports go (default: a11y-report)
  --locales LIST        comma-separated locale codes (default: every locale of lib/i18n/config.ts)
  --pages LIST          page ids to audit (default: all; --list-pages shows them)
  --viewports LIST      widths among 320,375,1280 (default: all three)
  --concurrency N       pages audited at once (default: 2)
  --service CODE        service used for the request journey (default: HCD-Illegal Dumping)
  --agency CODE         agency for the agency report page (default: DOT)
  --address TEXT        street address for the test request (default: 100 N Holliday St)
  --zip TEXT            ZIP code for the test request (default: 21202)
  --no-submit           never submit a request (confirmation, tracking, survey are then skipped)
  --survey-url URL      a satisfaction survey link (from a closure message) to audit
  --paths LIST          audit only these paths (comma-separated, e.g. /broken.html), no journeys
  --max-screenshots N   element screenshots kept (default: 200)
  --no-keyboard         skip the keyboard checks
  --exit-zero           exit 0 even when there are findings
  --list-pages          print the page ids and exit

Staff pages (environment): AUDIT_STAFF_EMAIL, AUDIT_STAFF_PASSWORD, and AUDIT_STAFF_TOTP_SECRET
(base32) when the account has a second factor. AUDIT_RESIDENT_EMAIL: contact e-mail given on the
test request (the closure message with the survey link goes there).
Exit code: 0 no findings, 1 WCAG findings, 2 pages that could not be audited (unless --exit-zero).`;

export type Options = {
  baseUrl: string;
  out: string;
  locales: string[] | null;
  pages: string[] | null;
  viewports: Viewport[];
  concurrency: number;
  service: string;
  agency: string;
  address: string;
  zip: string;
  submit: boolean;
  surveyUrl: string | null;
  paths: string[] | null;
  maxScreenshots: number;
  keyboard: boolean;
  exitZero: boolean;
  listPages: boolean;
  staff: { email: string; password: string; totpSecret: string | null } | null;
  residentEmail: string | null;
};

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

/** Parses argv and the environment; a string is a usage error to print. */
export function readOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Options | { help: true } | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        out: { type: 'string' },
        locales: { type: 'string' },
        pages: { type: 'string' },
        viewports: { type: 'string' },
        concurrency: { type: 'string' },
        service: { type: 'string' },
        agency: { type: 'string' },
        address: { type: 'string' },
        zip: { type: 'string' },
        'no-submit': { type: 'boolean' },
        'survey-url': { type: 'string' },
        paths: { type: 'string' },
        'max-screenshots': { type: 'string' },
        'no-keyboard': { type: 'boolean' },
        'exit-zero': { type: 'boolean' },
        'list-pages': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return (e as Error).message;
  }
  if (values.help) return { help: true };
  const listPages = !!values['list-pages'];
  const baseUrl = values['base-url'];
  if (!baseUrl && !listPages) return 'Missing --base-url.';
  if (baseUrl && !/^https?:\/\/[^/]+/.test(baseUrl)) return `Not an http(s) URL: ${baseUrl}`;
  const widths = list(values.viewports) ?? Object.keys(VIEWPORTS);
  const unknown = widths.filter((w) => !VIEWPORTS[w]);
  if (unknown.length) return `Unknown viewport(s): ${unknown.join(', ')} (use 320, 375, 1280).`;
  const email = env.AUDIT_STAFF_EMAIL;
  const password = env.AUDIT_STAFF_PASSWORD;
  return {
    baseUrl: (baseUrl ?? '').replace(/\/+$/, ''),
    out: values.out ?? 'a11y-report',
    locales: list(values.locales),
    pages: list(values.pages),
    viewports: widths.map((w) => VIEWPORTS[w]),
    concurrency: Math.max(1, Number(values.concurrency ?? 2) || 2),
    service: values.service ?? 'HCD-Illegal Dumping',
    agency: values.agency ?? 'DOT',
    address: values.address ?? '100 N Holliday St',
    zip: values.zip ?? '21202',
    submit: !values['no-submit'],
    surveyUrl: values['survey-url'] ?? null,
    paths: list(values.paths),
    maxScreenshots: Math.max(0, Number(values['max-screenshots'] ?? 200) || 0),
    keyboard: !values['no-keyboard'],
    exitZero: !!values['exit-zero'],
    listPages,
    staff:
      email && password
        ? { email, password, totpSecret: env.AUDIT_STAFF_TOTP_SECRET?.replace(/\s+/g, '') || null }
        : null,
    residentEmail: env.AUDIT_RESIDENT_EMAIL || null,
  };
}
