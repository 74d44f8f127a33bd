// One stylesheet for both directions (see patch-sgds-css.mjs for why one file): rtlcss flips the
// whole sheet; the declarations it changed move into two twins of their rule, written in its
// place, one scoped to <html dir="rtl"> (flipped) and one to every other page (as shipped).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rtlcss = require('rtlcss');
// rtlcss's own postcss: the parser its output was written for (no second copy to keep in step).
const postcss = createRequire(require.resolve('rtlcss'))('postcss');

const RTL = { onRoot: ':where([dir="rtl"])', below: ':where(html[dir="rtl"])' };
const NOT_RTL = { onRoot: ':where(:not([dir="rtl"]))', below: ':where(html:not([dir="rtl"]))' };

/** `.btn` → `:where(html[dir="rtl"]) .btn`; a selector on the root itself takes the condition. */
function scope(selector, condition) {
  const root = /^(html|:root)(?![\w-])/.exec(selector);
  if (root) return root[1] + condition.onRoot + selector.slice(root[1].length);
  return `${condition.below} ${selector}`;
}

/** The property family a shorthand and its longhands share: `padding-left` → `padding`. */
function family(prop) {
  const bare = prop.replace(/^-\w+-/, '');
  return ['left', 'right', 'top', 'bottom'].includes(bare) ? 'inset' : bare.split('-')[0];
}

/** Physical properties with a logical twin that says the same in both directions. */
const LOGICAL = {
  left: 'inset-inline-start',
  right: 'inset-inline-end',
  'border-top-left-radius': 'border-start-start-radius',
  'border-top-right-radius': 'border-start-end-radius',
  'border-bottom-left-radius': 'border-end-start-radius',
  'border-bottom-right-radius': 'border-end-end-radius',
};
for (const box of ['margin', 'padding', 'border']) {
  for (const suffix of ['', '-width', '-style', '-color']) {
    if (box !== 'border' && suffix) continue;
    LOGICAL[`${box}-left${suffix}`] = `${box}-inline-start${suffix}`;
    LOGICAL[`${box}-right${suffix}`] = `${box}-inline-end${suffix}`;
  }
}
const LOGICAL_VALUE = { left: 'inline-start', right: 'inline-end' };
const KEYWORD_PROPS = new Set(['float', 'clear', 'text-align']);

/**
 * The logical form of a declaration rtlcss flipped, when one exists: `margin-left:1rem` →
 * `margin-inline-start:1rem`, `float:left` → `float:inline-start`, `text-align:right` → `end`.
 * It needs no twin (and costs left-to-right pages almost nothing); logical and physical
 * properties cascade together in declaration order, so the sheet's cascade is unchanged.
 */
function logical(ltrDecl, rtlDecl) {
  if (ltrDecl.important !== rtlDecl.important) return null;
  const mapped = LOGICAL[ltrDecl.prop];
  if (mapped && ltrDecl.value === rtlDecl.value && LOGICAL[rtlDecl.prop]) return { prop: mapped };
  if (KEYWORD_PROPS.has(ltrDecl.prop) && ltrDecl.prop === rtlDecl.prop) {
    const v = ltrDecl.value;
    if (!(v in LOGICAL_VALUE)) return null;
    return {
      value: ltrDecl.prop === 'text-align' ? (v === 'left' ? 'start' : 'end') : LOGICAL_VALUE[v],
    };
  }
  return null;
}

/** Declarations as a map, last one winning: rtlcss may reorder `margin-left; margin-right`. */
function declMap(decls) {
  return new Map(decls.map((d) => [d.prop, `${d.value}${d.important ? '!' : ''}`]));
}
function sameMaps(a, b) {
  const x = declMap(a);
  const y = declMap(b);
  return x.size === y.size && [...x].every(([k, v]) => y.get(k) === v);
}

const same = (a, b) => a.prop === b.prop && a.value === b.value && a.important === b.important;

function twin(rule, decls, condition) {
  const copy = rule.clone({ selectors: rule.selectors.map((s) => scope(s, condition)) });
  copy.removeAll();
  copy.append(decls.map((d) => d.clone()));
  return copy;
}

export function sgdsRtl(input) {
  const ltr = postcss.parse(input);
  const rtl = postcss.parse(rtlcss.process(input));
  const ltrRules = [];
  const rtlRules = [];
  ltr.walkRules((r) => void ltrRules.push(r));
  rtl.walkRules((r) => void rtlRules.push(r));
  if (ltrRules.length !== rtlRules.length) throw new Error('rtlcss added or removed rules');
  let flipped = 0;
  ltrRules.forEach((rule, i) => {
    const a = rule.nodes.filter((n) => n.type === 'decl');
    const b = rtlRules[i].nodes.filter((n) => n.type === 'decl');
    if (a.length !== b.length) throw new Error(`rtlcss changed the shape of ${rule.selector}`);
    if (sameMaps(a, b)) return; // symmetric (`.container`, `.row`): the same in both directions
    const changed = a.map((d, j) => !same(d, b[j]));
    // Keyframes cannot be scoped. The only one rtlcss turns is the spinner's rotate(360deg):
    // a spinner turning clockwise reads the same in both directions, so it stays as shipped.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) {
      if (rule.parent.params !== 'spinner-border')
        throw new Error(`keyframes ${rule.parent.params} flip`);
      return;
    }
    changed.forEach((c, j) => {
      const to = c && logical(a[j], b[j]);
      if (!to) return;
      a[j].assign(to);
      changed[j] = false;
    });
    if (!changed.some(Boolean)) return;
    flipped += 1;
    // Only the changed declarations move, unless a declaration left behind comes after a moved
    // one of the same family (`padding-left:…; padding:…`): then order matters, the whole rule moves.
    const first = changed.indexOf(true);
    const movedFamilies = new Set(a.filter((_, j) => changed[j]).map((d) => family(d.prop)));
    const wholeRule = a.some(
      (d, j) => !changed[j] && j > first && movedFamilies.has(family(d.prop)),
    );
    const moves = (j) => wholeRule || changed[j];
    const ltrTwin = twin(
      rule,
      a.filter((_, j) => moves(j)),
      NOT_RTL,
    );
    const rtlTwin = twin(
      rule,
      b.filter((_, j) => moves(j)),
      RTL,
    );
    rule.after(rtlTwin);
    rule.after(ltrTwin);
    a.forEach((d, j) => moves(j) && d.remove());
    if (rule.nodes.length === 0) rule.remove();
  });
  return { css: ltr.toString(), flipped };
}
