// SGDS's stylesheet is the whole design system (~250 KB, 35 KB gzip: navbars, date pickers,
// modals, carousels, a grid and hundreds of utilities); the portal uses a small part of it. Every
// page loads it before it can paint (render-blocking) and the browser matches every rule against
// every element. This drops the rules no page can match: those whose every selector names a class
// that appears nowhere in the portal's code nor in the SGDS React modules it imports. A class
// is "used" when it appears as a word in that code (a string, a className, a template) or starts
// with a prefix the SGDS React modules build at run time (`btn-${variant}`, `col-${breakpoint}`).
// Classes inside :not(), :is(), :where() and friends never decide: such a selector is kept.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// rtlcss's own postcss, as in sgds-rtl.mjs.
const postcss = createRequire(require.resolve('rtlcss'))('postcss');

/** States SGDS React and Bootstrap's markup set at run time, never spelled in our code. */
const ALWAYS = ['is-', 'was-validated', 'valid-', 'invalid-', 'sgds', 'show', 'active', 'disabled'];

/** The classes a selector needs, outside any functional pseudo-class: `.a .b:not(.c)` → a, b. */
export function requiredClasses(selector) {
  let outside = '';
  let depth = 0;
  for (const ch of selector) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (depth === 0) outside += ch;
  }
  // Attribute values (`[class*="col-"]`) are not class selectors.
  outside = outside.replace(/\[[^\]]*\]/g, '');
  return [...outside.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\/g, ''));
}

/** Every word in the code: what a class name may be spelled as (`form-group--error`, `btn`). */
export function wordsOf(text) {
  return new Set(text.match(/[A-Za-z_][\w-]*/g) ?? []);
}

/**
 * The stylesheet without the rules none of whose selectors can match.
 * `used(className)` says whether a class may appear on a page.
 */
export function purgeUnused(css, used) {
  const root = postcss.parse(css);
  let dropped = 0;
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
    const keep = rule.selectors.filter((s) => requiredClasses(s).every(used));
    if (keep.length === rule.selectors.length) return;
    if (keep.length) {
      rule.selectors = keep;
    } else {
      rule.remove();
      dropped += 1;
    }
  });
  // At-rules (@media, @supports) left with nothing inside go too.
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return { css: root.toString(), dropped };
}

function filesUnder(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (/\.(tsx?|mts|mjs|js)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Whether a class may appear on a page: from the portal's code (app/, components/, lib/) and
 * the SGDS React modules it imports, with the prefixes those modules build at run time.
 */
export function usedClasses(projectDir) {
  const code = ['app', 'components', 'lib']
    .flatMap((d) => filesUnder(path.join(projectDir, d)))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const modules = new Set(
    [...code.matchAll(/from '@govtechsg\/sgds-react\/(\w+)'/g)].map((m) => m[1]),
  );
  if (/from '@govtechsg\/sgds-react'/.test(code)) {
    throw new Error(
      'Import SGDS React by module (@govtechsg/sgds-react/Button): the CSS purge reads those',
    );
  }
  const sgdsDir = path.dirname(require.resolve('@govtechsg/sgds-react/package.json'));
  const sgds = [...modules]
    .map((m) => fs.readFileSync(path.join(sgdsDir, m, 'index.esm.js'), 'utf8'))
    .join('\n');
  const words = wordsOf(code + '\n' + sgds);
  const prefixes = [
    ...ALWAYS,
    ...[...sgds.matchAll(/useBootstrapPrefix\(\w+, '([\w-]+)'\)/g)].map((m) => m[1]),
  ];
  const used = (cls) =>
    words.has(cls) ||
    prefixes.some((p) => cls === p || cls.startsWith(p.endsWith('-') ? p : `${p}-`));
  return { used, modules: [...modules] };
}
