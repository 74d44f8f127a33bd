import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { reachCheckAnswers, submitEmpty } from './journey';
import type { Options } from './options';

/** What earlier steps of the run made (or why they could not), shared by the page states. */
export type Shared = {
  opts: Options;
  request: { tracking: string; confirmation: string } | null;
  requestSkip: string;
  staffStorage: string | null;
  staffSkip: string;
  closed: boolean;
  closeSkip: string;
  surveySkip: string;
};

type Need = 'request' | 'staff' | 'closed' | 'survey';

export type Target = {
  id: string;
  page: string;
  state: string;
  area: 'resident' | 'staff';
  /** 1: resident pages; 2: staff pages; 3: after the request is closed. */
  phase: 1 | 2 | 3;
  needs?: Need[];
  path: (l: string, s: Shared) => string;
  /** HTTP status the page answers when all is well (default 200). */
  status?: number;
  /** Brings the page into its state; a string is why the state cannot be reached. */
  act?: (page: Page, s: Shared) => Promise<string | void>;
};

const enc = encodeURIComponent;
const inLocale = (p: string, l: string) => p.replace(/^\/[a-z]{2}(?=\/)/, `/${l}`);

/** A word residents of that language would search for: the service's name in its catalogue. */
function searchWord(l: string, service: string): string {
  try {
    const file = path.resolve('locales', l, 'catalogue.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).services[service].name;
  } catch {
    return service;
  }
}

const errorSummary = async (page: Page, button: string) => {
  const b = page.locator(button);
  if (!(await b.count())) return 'the form to submit is not on the page';
  await b.last().click();
  await page.locator('.error-summary').first().waitFor({ timeout: 15_000 });
};

const resident = (t: Omit<Target, 'area' | 'phase'> & { phase?: 1 | 3 }): Target => ({
  area: 'resident',
  phase: 1,
  ...t,
});
const staff = (t: Omit<Target, 'area' | 'phase'>): Target => ({
  area: 'staff',
  phase: 2,
  ...t,
  needs: ['staff', ...(t.needs ?? [])],
});

export const TARGETS: Target[] = [
  resident({ id: 'home', page: 'Home', state: 'default', path: (l) => `/${l}` }),
  resident({
    id: 'services',
    page: 'All services',
    state: 'default',
    path: (l) => `/${l}/services`,
  }),
  resident({
    id: 'search',
    page: 'Search',
    state: 'results',
    path: (l, s) => `/${l}/services?q=${enc(searchWord(l, s.opts.service))}`,
  }),
  resident({
    id: 'search-none',
    page: 'Search',
    state: 'no results',
    path: (l) => `/${l}/services?q=zzqxv`,
  }),
  resident({
    id: 'service',
    page: 'Service',
    state: 'default',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}`,
  }),
  resident({
    id: 'form',
    page: 'Request form',
    state: 'empty',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}/request`,
  }),
  resident({
    id: 'form-errors',
    page: 'Request form',
    state: 'errors (submitted empty)',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}/request`,
    act: (page) => submitEmpty(page),
  }),
  resident({
    id: 'check-answers',
    page: 'Check your answers',
    state: 'default',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}/request`,
    act: (page, s) => reachCheckAnswers(page, { ...s.opts, email: null }),
  }),
  resident({
    id: 'confirmation',
    page: 'Confirmation',
    state: 'default',
    needs: ['request'],
    path: (l, s) => inLocale(s.request!.confirmation, l),
  }),
  resident({
    id: 'confirmation-errors',
    page: 'Confirmation',
    state: 'rating sent empty (errors)',
    needs: ['request'],
    path: (l, s) => inLocale(s.request!.confirmation, l),
    act: (page) => errorSummary(page, '#ease button[type="submit"]'),
  }),
  resident({
    id: 'lookup',
    page: 'Tracking lookup',
    state: 'default',
    path: (l) => `/${l}/requests`,
  }),
  resident({
    id: 'lookup-error',
    page: 'Tracking lookup',
    state: 'not a tracking number (error)',
    path: (l) => `/${l}/requests?number=nope`,
  }),
  resident({
    id: 'lookup-not-found',
    page: 'Tracking lookup',
    state: 'no such request',
    path: (l) => `/${l}/requests?number=BAL-00-000000`,
  }),
  resident({
    id: 'tracking',
    page: 'Tracking',
    state: 'open request',
    needs: ['request'],
    path: (l, s) => `/${l}/requests/${s.request!.tracking}`,
  }),
  resident({
    id: 'performance',
    page: 'Transparency',
    state: 'default',
    path: (l) => `/${l}/performance`,
  }),
  resident({
    id: 'agency',
    page: 'Agency report',
    state: 'default',
    path: (l, s) => `/${l}/performance/agencies/${enc(s.opts.agency)}`,
  }),
  resident({
    id: 'methodology',
    page: 'Methodology',
    state: 'default',
    path: (l) => `/${l}/performance/methodology`,
  }),
  resident({
    id: 'accessibility',
    page: 'Accessibility statement',
    state: 'default',
    path: (l) => `/${l}/accessibility`,
  }),
  resident({
    id: 'not-found',
    page: 'Page not found',
    state: 'default',
    status: 404,
    path: (l) => `/${l}/no-such-page`,
  }),
  {
    id: 'staff-sign-in',
    page: 'Staff sign-in',
    state: 'default',
    area: 'staff',
    phase: 1,
    path: (l) => `/${l}/staff/sign-in`,
  },
  {
    id: 'staff-sign-in-errors',
    page: 'Staff sign-in',
    state: 'submitted empty (errors)',
    area: 'staff',
    phase: 1,
    path: (l) => `/${l}/staff/sign-in`,
    act: (page) => errorSummary(page, 'main form button[type="submit"]:not([tabindex="-1"])'),
  },
  staff({ id: 'staff-queue', page: 'Staff queue', state: 'default', path: (l) => `/${l}/staff` }),
  staff({
    id: 'staff-request',
    page: 'Staff request',
    state: 'open request',
    needs: ['request'],
    path: (l, s) => `/${l}/staff/requests/${s.request!.tracking}`,
  }),
  staff({
    id: 'staff-request-errors',
    page: 'Staff request',
    state: 'closed without a reason (errors)',
    needs: ['request'],
    path: (l, s) => `/${l}/staff/requests/${s.request!.tracking}`,
    act: (page) => errorSummary(page, 'form:has(input[name="reason"]) button[type="submit"]'),
  }),
  staff({
    id: 'staff-new',
    page: 'Staff phone intake',
    state: 'default',
    path: (l) => `/${l}/staff/requests/new`,
  }),
  staff({
    id: 'staff-outbox',
    page: 'Staff outbox',
    state: 'default',
    path: (l) => `/${l}/staff/outbox`,
  }),
  staff({
    id: 'staff-responses',
    page: 'Canned responses',
    state: 'default',
    path: (l) => `/${l}/staff/responses`,
  }),
  staff({
    id: 'staff-responses-new',
    page: 'Canned responses',
    state: 'new',
    path: (l) => `/${l}/staff/responses/new`,
  }),
  staff({
    id: 'staff-targets',
    page: 'Targets',
    state: 'default',
    path: (l) => `/${l}/staff/targets`,
  }),
  staff({
    id: 'staff-users',
    page: 'Admin: staff users',
    state: 'default',
    path: (l) => `/${l}/staff/admin/users`,
  }),
  staff({
    id: 'staff-catalogue',
    page: 'Admin: catalogue',
    state: 'default',
    path: (l) => `/${l}/staff/admin/catalogue`,
  }),
  staff({
    id: 'staff-catalogue-text',
    page: 'Admin: catalogue',
    state: 'service text',
    path: (l, s) => `/${l}/staff/admin/catalogue/${enc(s.opts.service)}/${l}`,
  }),
  staff({
    id: 'staff-api-keys',
    page: 'Admin: API keys',
    state: 'default',
    path: (l) => `/${l}/staff/admin/api-keys`,
  }),
  staff({
    id: 'staff-security',
    page: 'Staff security',
    state: 'default',
    path: (l) => `/${l}/staff/security`,
  }),
  staff({
    id: 'staff-shortcuts',
    page: 'Staff shortcuts',
    state: 'default',
    path: (l) => `/${l}/staff/shortcuts`,
  }),
  resident({
    id: 'tracking-closed',
    page: 'Tracking',
    state: 'closed request',
    phase: 3,
    needs: ['request', 'closed'],
    path: (l, s) => `/${l}/requests/${s.request!.tracking}`,
  }),
  resident({
    id: 'survey',
    page: 'Satisfaction survey',
    state: 'default',
    phase: 3,
    needs: ['survey'],
    path: (l, s) =>
      inLocale(new URL(s.opts.surveyUrl!).pathname, l) + new URL(s.opts.surveyUrl!).search,
  }),
  resident({
    id: 'survey-errors',
    page: 'Satisfaction survey',
    state: 'sent empty (errors)',
    phase: 3,
    needs: ['survey'],
    path: (l, s) =>
      inLocale(new URL(s.opts.surveyUrl!).pathname, l) + new URL(s.opts.surveyUrl!).search,
    act: (page) => errorSummary(page, 'main form button[type="submit"]'),
  }),
];

/** Why a target cannot be audited in this run, or null. */
export function missing(t: Target, s: Shared): string | null {
  for (const need of t.needs ?? []) {
    if (need === 'request' && !s.request) return s.requestSkip;
    if (need === 'staff' && !s.staffStorage) return s.staffSkip;
    if (need === 'closed' && !s.closed) return s.closeSkip;
    if (need === 'survey' && !s.opts.surveyUrl) return s.surveySkip;
  }
  return null;
}
