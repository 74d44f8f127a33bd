/** What the auditors' accessibility tool records (scripts/audit-a11y/cli.mts). */
export type Viewport = { name: string; width: number; height: number };

export const VIEWPORTS: Record<string, Viewport> = {
  '320': { name: '320', width: 320, height: 640 },
  '375': { name: '375', width: 375, height: 812 },
  '1280': { name: '1280', width: 1280, height: 900 },
};

/** Which check produced a finding. */
export type CheckKind = 'axe' | 'keyboard' | 'reflow';

export type Finding = {
  id: string;
  /** 'wcag': mapped to a WCAG 2.2 A/AA criterion; 'best-practice': axe best practice, no criterion. */
  kind: 'wcag' | 'best-practice';
  page: string;
  state: string;
  locale: string;
  url: string;
  viewport: string;
  check: CheckKind;
  rule: string;
  help: string;
  helpUrl: string | null;
  /** WCAG 2.2 success criterion, e.g. "4.1.2"; null for best practice. */
  sc: string | null;
  criterion: string | null;
  level: 'A' | 'AA' | null;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  selector: string;
  html: string;
  detail: string | null;
  /** Relative to the report folder; null when none could be taken (or the limit was reached). */
  screenshot: string | null;
};

/** One page state in one locale: audited, skipped (with the reason) or failed to load. */
export type Visit = {
  page: string;
  state: string;
  locale: string;
  url: string | null;
  status: 'audited' | 'skipped' | 'error';
  reason: string | null;
  viewports: string[];
  checks: CheckKind[];
  /** 1.4.10 exemptions applied (two-dimensional content that overflowed), described. */
  notes: string[];
  ms: number;
};
