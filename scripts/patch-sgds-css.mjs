// Copies SGDS's stylesheet into styles/vendor with the one rule Turbopack rejects removed
// (`.sgds.stepper .stepper-item:before .stepper-marker{…}`: a pseudo-element followed by a
// descendant selector, invalid CSS that browsers drop anyway). Runs on every npm install.
//
// Right to left: SGDS ships no RTL stylesheet (~200 rules say left/right). rtlcss flips a copy,
// and every rule whose declarations differ is written twice in its own place, once for
// <html dir="ltr"> and once for <html dir="rtl"> (lib/i18n/config.ts localeDir). One file, so
// the layout imports one stylesheet for every locale (no per-locale <link>, nothing inline for
// the CSP). `:where()` adds no specificity and each pair stays where its rule was, so the
// cascade in each direction is exactly that of the whole sheet in that direction.
//
// Only what the portal can use: rules none of whose selectors can match any page go first
// (scripts/sgds-purge.mjs; 250 KB → about 50 KB, 35 → 9 KB gzip). The list of classes comes from
// the code, so this runs again before every build and `npm run dev` (package.json pre-scripts):
// a class newly written in a component finds its SGDS rule there.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sgdsRtl } from './sgds-rtl.mjs';
import { purgeUnused, usedClasses } from './sgds-purge.mjs';

const require = createRequire(import.meta.url);
const source = path.join(
  path.dirname(require.resolve('@govtechsg/sgds/package.json')),
  'css/sgds.css',
);
const patched = fs
  .readFileSync(source, 'utf8')
  .replace(/\.sgds\.stepper \.stepper-item:before \.stepper-marker\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
const { css: used, dropped } = purgeUnused(patched, usedClasses('.').used);
const { css, flipped } = sgdsRtl(used);
fs.mkdirSync('styles/vendor', { recursive: true });
fs.writeFileSync('styles/vendor/sgds.css', css);
console.log(
  `styles/vendor/sgds.css written (${css.length} bytes; ${dropped} unused rules left out; ` +
    `${flipped} rules with a right-to-left twin)`,
);
