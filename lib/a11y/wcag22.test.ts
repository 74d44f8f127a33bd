import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AXE_WCAG_TAGS, WCAG22, criteriaForTags, criterion, scFromTag } from './wcag22';

describe('WCAG 2.2 table', () => {
  it('has the 55 A/AA criteria of WCAG 2.2 (31 A, 24 AA) and obsolete 4.1.1', () => {
    const live = WCAG22.filter((x) => !x.obsolete);
    expect(live).toHaveLength(55);
    expect(live.filter((x) => x.level === 'A')).toHaveLength(31);
    expect(new Set(WCAG22.map((x) => x.sc)).size).toBe(WCAG22.length);
  });

  it('reads axe tags as criteria', () => {
    expect(scFromTag('wcag111')).toBe('1.1.1');
    expect(scFromTag('wcag1412')).toBe('1.4.12');
    expect(scFromTag('wcag2aa')).toBeNull();
    expect(scFromTag('wcag21a')).toBeNull();
    expect(criteriaForTags(['wcag2a', 'wcag412']).map((x) => x.sc)).toEqual(['4.1.2']);
  });

  it('maps every criterion tag of the A/AA axe rules it runs, and marks those criteria as checked by axe', () => {
    const rules = axe
      .getRules([...AXE_WCAG_TAGS])
      .filter((r) => !r.tags.includes('experimental') && !r.tags.includes('deprecated'));
    for (const rule of rules) {
      const scs = rule.tags.map(scFromTag).filter((sc): sc is string => sc !== null);
      const aOrAa = scs.filter((sc) => criterion(sc));
      // 2.1.3 (AAA) is the only criterion axe tags that the table leaves out.
      expect(
        scs.filter((sc) => !criterion(sc) && sc !== '2.1.3'),
        rule.ruleId,
      ).toEqual([]);
      for (const sc of aOrAa) expect(criterion(sc)!.automation, sc).toMatch(/axe/);
    }
    // The label rule: WCAG 4.1.2 in axe-core 4.14 (no longer 1.3.1).
    expect(criteriaForTags(axe.getRules().find((r) => r.ruleId === 'label')!.tags)).toEqual([
      criterion('4.1.2'),
    ]);
  });
});
