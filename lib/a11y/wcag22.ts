/**
 * WCAG 2.2 success criteria at levels A and AA (the ones a VPAT / accessibility conformance
 * report for "WCAG 2.2 AA" lists), with how the auditors' tool (scripts/audit-a11y) can speak
 * to each. 4.1.1 Parsing is kept, marked obsolete: WCAG 2.2 removed it, and axe still tags its
 * old rules `wcag2a-obsolete` / `wcag411`.
 *
 * `automation`: what the tool does for the criterion.
 * - 'axe': axe-core rules are tagged with it (some failures detectable, not all).
 * - 'tool': the tool's own checks (keyboard, focus, reflow) cover part of it.
 * - 'manual': nothing automatic; a person must review it.
 */
export type Level = 'A' | 'AA';
export type Automation = 'axe' | 'tool' | 'axe+tool' | 'manual';
export type Criterion = {
  sc: string;
  name: string;
  level: Level;
  automation: Automation;
  obsolete?: true;
};

const c = (sc: string, name: string, level: Level, automation: Automation = 'manual') => ({
  sc,
  name,
  level,
  automation,
});

export const WCAG22: readonly Criterion[] = [
  c('1.1.1', 'Non-text Content', 'A', 'axe'),
  c('1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A'),
  c('1.2.2', 'Captions (Prerecorded)', 'A', 'axe'),
  c('1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A'),
  c('1.2.4', 'Captions (Live)', 'AA'),
  c('1.2.5', 'Audio Description (Prerecorded)', 'AA'),
  c('1.3.1', 'Info and Relationships', 'A', 'axe'),
  c('1.3.2', 'Meaningful Sequence', 'A'),
  c('1.3.3', 'Sensory Characteristics', 'A'),
  c('1.3.4', 'Orientation', 'AA'), // axe's css-orientation-lock is experimental: not run
  c('1.3.5', 'Identify Input Purpose', 'AA', 'axe'),
  c('1.4.1', 'Use of Color', 'A', 'axe'),
  c('1.4.2', 'Audio Control', 'A', 'axe'),
  c('1.4.3', 'Contrast (Minimum)', 'AA', 'axe'),
  c('1.4.4', 'Resize Text', 'AA', 'axe'),
  c('1.4.5', 'Images of Text', 'AA'),
  c('1.4.10', 'Reflow', 'AA', 'tool'),
  c('1.4.11', 'Non-text Contrast', 'AA'),
  c('1.4.12', 'Text Spacing', 'AA', 'axe'),
  c('1.4.13', 'Content on Hover or Focus', 'AA'),
  c('2.1.1', 'Keyboard', 'A', 'axe+tool'),
  c('2.1.2', 'No Keyboard Trap', 'A', 'tool'),
  c('2.1.4', 'Character Key Shortcuts', 'A'),
  c('2.2.1', 'Timing Adjustable', 'A', 'axe'),
  c('2.2.2', 'Pause, Stop, Hide', 'A', 'axe'),
  c('2.3.1', 'Three Flashes or Below Threshold', 'A'),
  c('2.4.1', 'Bypass Blocks', 'A', 'axe'),
  c('2.4.2', 'Page Titled', 'A', 'axe'),
  c('2.4.3', 'Focus Order', 'A', 'tool'),
  c('2.4.4', 'Link Purpose (In Context)', 'A', 'axe'),
  c('2.4.5', 'Multiple Ways', 'AA'),
  c('2.4.6', 'Headings and Labels', 'AA'),
  c('2.4.7', 'Focus Visible', 'AA', 'tool'),
  c('2.4.11', 'Focus Not Obscured (Minimum)', 'AA', 'tool'),
  c('2.5.1', 'Pointer Gestures', 'A'),
  c('2.5.2', 'Pointer Cancellation', 'A'),
  c('2.5.3', 'Label in Name', 'A', 'axe'),
  c('2.5.4', 'Motion Actuation', 'A'),
  c('2.5.7', 'Dragging Movements', 'AA'),
  c('2.5.8', 'Target Size (Minimum)', 'AA', 'axe'),
  c('3.1.1', 'Language of Page', 'A', 'axe'),
  c('3.1.2', 'Language of Parts', 'AA', 'axe'),
  c('3.2.1', 'On Focus', 'A'),
  c('3.2.2', 'On Input', 'A'),
  c('3.2.3', 'Consistent Navigation', 'AA'),
  c('3.2.4', 'Consistent Identification', 'AA'),
  c('3.2.6', 'Consistent Help', 'A'),
  c('3.3.1', 'Error Identification', 'A'),
  c('3.3.2', 'Labels or Instructions', 'A', 'axe'),
  c('3.3.3', 'Error Suggestion', 'AA'),
  c('3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA'),
  c('3.3.7', 'Redundant Entry', 'A'),
  c('3.3.8', 'Accessible Authentication (Minimum)', 'AA'),
  c('4.1.1', 'Parsing (obsolete and removed in WCAG 2.2)', 'A'),
  c('4.1.2', 'Name, Role, Value', 'A', 'axe'),
  c('4.1.3', 'Status Messages', 'AA'),
].map((x) => (x.sc === '4.1.1' ? { ...x, obsolete: true as const } : x));

const bySc = new Map(WCAG22.map((x) => [x.sc, x]));
export const criterion = (sc: string): Criterion | undefined => bySc.get(sc);

/**
 * axe's criterion tags (`wcag111`, `wcag1412`) → "1.1.1", "1.4.12": principle and guideline are
 * one digit each in WCAG 2.x, the rest is the criterion. Level tags (`wcag2aa`, `wcag21a`) and
 * anything else → null.
 */
export function scFromTag(tag: string): string | null {
  const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null;
}

/**
 * The A/AA criteria an axe rule's tags name. AAA criteria (axe tags a few, under `wcag2aaa`)
 * are left out: the report is for conformance at AA.
 */
export function criteriaForTags(tags: readonly string[]): Criterion[] {
  return tags
    .map(scFromTag)
    .filter((sc): sc is string => sc !== null)
    .map((sc) => bySc.get(sc))
    .filter((x): x is Criterion => x !== undefined);
}

/** The axe tags that select WCAG 2.0/2.1/2.2 A and AA rules (2.2 adds only AA rules). */
export const AXE_WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;
