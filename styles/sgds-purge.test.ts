import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import * as purge from '../scripts/sgds-purge.mjs';

type Purge = {
  requiredClasses: (selector: string) => string[];
  purgeUnused: (css: string, used: (c: string) => boolean) => { css: string; dropped: number };
  usedClasses: (dir: string) => { used: (c: string) => boolean; modules: string[] };
};
const { requiredClasses, purgeUnused, usedClasses } = purge as Purge;

describe('leaving unused SGDS rules out', () => {
  it('counts only the classes a selector needs, not those inside :not() or :where()', () => {
    expect(requiredClasses('.btn-check:checked+.btn')).toEqual(['btn-check', 'btn']);
    expect(requiredClasses(':where(html[dir="rtl"]) .a:not(.b) > .c')).toEqual(['a', 'c']);
    expect(requiredClasses('[class*="col-"] td')).toEqual([]);
    expect(requiredClasses('.sm\\:p-1')).toEqual(['sm:p-1']);
  });

  it('drops a rule only when none of its selectors can match, and empty @media with it', () => {
    const used = (c: string) => ['btn', 'form-control'].includes(c);
    const { css, dropped } = purgeUnused(
      'a{color:red}.btn,.carousel{x:1}.modal .btn{x:2}@media (min-width:1px){.toast{x:3}}' +
        '.form-control:not(.x){x:4}@keyframes spin{to{transform:rotate(1turn)}}',
      used,
    );
    expect(css).toBe(
      'a{color:red}.btn{x:1}.form-control:not(.x){x:4}@keyframes spin{to{transform:rotate(1turn)}}',
    );
    expect(dropped).toBe(2);
  });

  it("keeps every class the portal's code spells and those SGDS React builds at run time", () => {
    const { used, modules } = usedClasses('.');
    expect(modules).toEqual(expect.arrayContaining(['Form']));
    // Spelled in our components; built by SGDS React (`btn-${variant}`); set by its validation.
    for (const c of ['form-group', 'visually-hidden', 'btn', 'btn-outline-primary', 'is-invalid'])
      expect(used(c), c).toBe(true);
    for (const c of ['carousel', 'modal-dialog', 'sidenav', 'datepicker'])
      expect(used(c), c).toBe(false);
  });
});
