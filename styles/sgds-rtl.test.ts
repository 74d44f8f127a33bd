import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { sgdsRtl } from '../scripts/sgds-rtl.mjs';

const run = (css: string) => (sgdsRtl as (s: string) => { css: string; flipped: number })(css);

describe('the right-to-left SGDS stylesheet', () => {
  it('turns physical sides into logical ones, the cascade unchanged', () => {
    const { css, flipped } = run(
      '.ms-1{margin-left:.25rem!important}.x{padding:0;padding-right:1rem;float:left;text-align:right}',
    );
    expect(css).toBe(
      '.ms-1{margin-inline-start:.25rem!important}.x{padding:0;padding-inline-end:1rem;float:inline-start;text-align:end}',
    );
    expect(flipped).toBe(0);
  });

  it('leaves rules that read the same both ways alone', () => {
    const css = '.c{margin-left:auto;margin-right:auto}';
    expect(run(css)).toEqual({ css, flipped: 0 });
  });

  it('writes what has no logical form twice, scoped to each direction, in its place', () => {
    const { css, flipped } = run(
      '.a{color:red}.s{color:blue;transform:translateX(-100%)}.b{color:green}html{box-shadow:3px 0 red}',
    );
    expect(flipped).toBe(2);
    expect(css).toBe(
      '.a{color:red}.s{color:blue}' +
        ':where(html:not([dir="rtl"])) .s{transform:translateX(-100%)}' +
        ':where(html[dir="rtl"]) .s{transform:translateX(100%)}' +
        '.b{color:green}' +
        'html:where(:not([dir="rtl"])){box-shadow:3px 0 red}html:where([dir="rtl"]){box-shadow:-3px 0 red}',
    );
  });

  it('moves a whole rule when a shorthand left behind would come after a moved longhand', () => {
    const { css } = run('.f{background-position:right 1rem center;background-size:16px}');
    expect(css).toContain(
      ':where(html[dir="rtl"]) .f{background-position:left 1rem center;background-size:16px}',
    );
    expect(css).not.toMatch(/^\.f\{/);
  });
});
