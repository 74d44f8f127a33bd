// Copies SGDS's stylesheet into styles/vendor with the one rule Turbopack rejects removed
// (`.sgds.stepper .stepper-item:before .stepper-marker{…}`: a pseudo-element followed by a
// descendant selector, invalid CSS that browsers drop anyway). Runs on every npm install.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = path.join(
  path.dirname(require.resolve('@govtechsg/sgds/package.json')),
  'css/sgds.css',
);
const css = fs
  .readFileSync(source, 'utf8')
  .replace(/\.sgds\.stepper \.stepper-item:before \.stepper-marker\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
fs.mkdirSync('styles/vendor', { recursive: true });
fs.writeFileSync('styles/vendor/sgds.css', css);
console.log(`styles/vendor/sgds.css written (${css.length} bytes)`);
