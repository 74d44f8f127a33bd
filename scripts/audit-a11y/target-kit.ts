/** The pieces page states are made of (resident-targets.ts, staff-targets.ts). */
import type { Page } from '@playwright/test';
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

export const enc = encodeURIComponent;
export const inLocale = (p: string, l: string) => p.replace(/^\/[a-z]{2}(?=\/)/, `/${l}`);

export const errorSummary = async (page: Page, button: string) => {
  const b = page.locator(button);
  if (!(await b.count())) return 'the form to submit is not on the page';
  await b.last().click();
  await page.locator('.error-summary').first().waitFor({ timeout: 15_000 });
};

export const resident = (t: Omit<Target, 'area' | 'phase'> & { phase?: 1 | 3 }): Target => ({
  area: 'resident',
  phase: 1,
  ...t,
});
export const staff = (t: Omit<Target, 'area' | 'phase'>): Target => ({
  area: 'staff',
  phase: 2,
  ...t,
  needs: ['staff', ...(t.needs ?? [])],
});

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
