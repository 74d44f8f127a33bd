// A fresh clone must build and pass its tests with nothing beside it: no tracked file may point
// outside the repository (to a sibling `shared/` folder, or to an absolute path on one machine).
// Usage: node scripts/check-standalone.mjs [file …]   (default: every tracked file)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const OUTSIDE = [
  { pattern: /(?:^|[^\w.])(?:\.\.\/)+shared\//, why: 'a path to ../shared' },
  { pattern: /(?:^|[\s'"`(=])\/work\//, why: 'an absolute path on a development machine' },
];
const SELF = 'scripts/check-standalone.mjs';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);

const problems = [];
for (const file of files) {
  if (file === SELF || !fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    for (const { pattern, why } of OUTSIDE)
      if (pattern.test(line))
        problems.push(`${file}:${i + 1}: ${why}: ${line.trim().slice(0, 120)}`);
  });
}
if (problems.length) {
  console.error(`Files refer to places outside the repository:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`standalone: ${files.length} files checked, none refers outside the repository`);
