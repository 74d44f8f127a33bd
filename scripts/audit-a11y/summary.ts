import { WCAG22, type Criterion } from '../../lib/a11y/wcag22';
import type { Finding, Visit } from './types';

/**
 * The per-criterion summary an auditor attaches to a VPAT / accessibility conformance report.
 * Automation can show that a criterion fails; it cannot show that one is met, so no row ever
 * says "Supports":
 * - findings on every audited page state → "Does not support"
 * - findings on some → "Partially supports"
 * - none, on a criterion the tool checks → "No automated failures; manual review required"
 * - a criterion no check covers → "Not evaluated by automation"
 */
export type Conformance = Criterion & {
  status:
    | 'Does not support'
    | 'Partially supports'
    | 'No automated failures; manual review required'
    | 'Not evaluated by automation';
  checkedBy: string;
  findings: number;
  /** Page states (page, state, locale) with at least one finding, and how many were audited. */
  failingStates: number;
  auditedStates: number;
  findingIds: string[];
  remarks: string;
};

const CHECKED_BY: Record<string, string> = {
  axe: 'axe-core rules',
  tool: 'keyboard and reflow checks of this tool',
  'axe+tool': 'axe-core rules and keyboard checks of this tool',
  manual: '—',
};

/** What the checks of this tool look at, per criterion it covers itself. */
const TOOL_REMARKS: Record<string, string> = {
  '1.4.10':
    'Horizontal scrolling at 320 × 256 CSS px (1280 × 1024 at 400%); two-dimensional content exempted and noted.',
  '2.1.1': 'Visible elements in the tab order that Tab never reached.',
  '2.1.2': 'Focus that stays put, cycles, or never reaches the end of the page.',
  '2.4.3':
    'Positive tabindex; focus moving backwards in document order. Visual order and meaning need a person.',
  '2.4.7': 'Each focused element must change its computed style or pixels.',
  '2.4.11': 'A focused element entirely covered by other content.',
};

export function conformance(findings: Finding[], visits: Visit[]): Conformance[] {
  const audited = visits.filter((v) => v.status === 'audited');
  const stateKey = (x: { page: string; state: string; locale: string }) =>
    `${x.page}|${x.state}|${x.locale}`;
  const auditedStates = new Set(audited.map(stateKey)).size;
  return WCAG22.map((c) => {
    const mine = findings.filter((f) => f.kind === 'wcag' && f.sc === c.sc);
    const failingStates = new Set(mine.map(stateKey)).size;
    const evaluated = c.automation !== 'manual';
    const status: Conformance['status'] = mine.length
      ? failingStates >= auditedStates
        ? 'Does not support'
        : 'Partially supports'
      : evaluated
        ? 'No automated failures; manual review required'
        : 'Not evaluated by automation';
    const rules = [...new Set(mine.map((f) => f.rule))];
    return {
      ...c,
      status,
      checkedBy: CHECKED_BY[c.automation],
      findings: mine.length,
      failingStates,
      auditedStates,
      findingIds: mine.map((f) => f.id),
      remarks: c.obsolete
        ? 'Removed from WCAG 2.2 (always satisfied for 2.2 conformance).'
        : mine.length
          ? `Fails on ${failingStates} of ${auditedStates} page states: ${rules.join(', ')}.`
          : (TOOL_REMARKS[c.sc] ??
            (evaluated
              ? 'Some failures are detectable automatically; none were found.'
              : 'Needs manual testing.')),
    };
  });
}
