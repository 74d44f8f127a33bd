import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The colours in styles/globals.css meet WCAG 2.2 AA wherever they are used, in every state
 * (axe checks the rendered page, but not hover, visited or the icons).
 */
const css = fs.readFileSync('styles/globals.css', 'utf8');
function color(name: string): string {
  const hex = css.match(new RegExp(`--brs-${name}:\\s*(#[0-9a-f]{6});`, 'i'))?.[1];
  if (!hex) throw new Error(`--brs-${name} is not a #rrggbb colour in globals.css`);
  return hex;
}
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = '#ffffff';

describe('theme colours', () => {
  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });

  it.each(['accent', 'accent-hover', 'accent-visited', 'text', 'muted', 'error', 'success'])(
    '--brs-%s as text is at least 4.5:1 on white and on the grey panel',
    (name) => {
      expect(contrast(color(name), WHITE)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color(name), color('panel'))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['accent', 'accent-hover', 'error', 'error-hover', 'success', 'brand'])(
    'white text on --brs-%s (buttons, panels, header) is at least 4.5:1',
    (name) => expect(contrast(WHITE, color(name))).toBeGreaterThanOrEqual(4.5),
  );

  it('visited and hovered links look different from unvisited ones, and all from text', () => {
    expect(new Set([color('accent'), color('accent-hover'), color('accent-visited')]).size).toBe(3);
    expect(color('accent')).not.toBe(color('text'));
  });

  it('borders of controls and the focus ring are at least 3:1 (non-text contrast)', () => {
    expect(contrast(color('border'), WHITE)).toBeGreaterThanOrEqual(3);
    // The yellow focus ring sits against a black outline, so it shows on any background.
    expect(contrast(color('focus'), color('text'))).toBeGreaterThanOrEqual(3);
  });

  it('the icons are drawn in the accent colour (run `npm run icons` after changing it)', () => {
    expect(fs.readFileSync('app/icon.svg', 'utf8')).toContain(`fill="${color('accent')}"`);
  });
});
