// i18n catalogue check: fails on a missing, extra or unused message key in any locale, on a
// message whose placeholders differ from English, and on ICU syntax errors.
// Usage: npm run check:i18n
import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const LOCALES_DIR = 'locales';
const SOURCE_DIRS = ['app', 'components', 'lib', 'db'];
/** Keys built at run time (t(`ease${n}`)): listed here so they are not reported unused. */
const DYNAMIC_KEYS = [
  /^Confirmation\.ease[1-5]$/,
  // lib/outbox/render.ts: t(`${kind}Subject`), t(`${kind}Body`) for every outbox kind.
  /^Outbox\.resident\.\w+(Subject|Body)$/,
];

const locales = fs
  .readdirSync(LOCALES_DIR)
  .filter((d) => fs.statSync(path.join(LOCALES_DIR, d)).isDirectory());
const problems = [];

function flatten(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );
}

function argumentsOf(message, key, locale) {
  const names = new Set();
  const walk = (nodes) => {
    for (const n of nodes) {
      if (
        'value' in n &&
        [TYPE.argument, TYPE.number, TYPE.date, TYPE.time, TYPE.select, TYPE.plural].includes(
          n.type,
        )
      )
        names.add(n.value);
      if (n.type === TYPE.tag) {
        names.add(`<${n.value}>`);
        walk(n.children);
      }
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
    }
  };
  try {
    walk(parse(message));
  } catch (e) {
    problems.push(`${locale}: ${key}: invalid ICU message (${e.message})`);
  }
  return [...names].sort().join(',');
}

const catalogues = Object.fromEntries(
  locales.map((locale) => {
    const dir = path.join(LOCALES_DIR, locale);
    const entries = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) =>
        flatten(
          JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')),
          `${f.replace(/\.json$/, '')}.`,
        ),
      );
    return [locale, new Map(entries)];
  }),
);

const reference = catalogues.en;
for (const locale of locales) {
  const cat = catalogues[locale];
  for (const [key, message] of reference) {
    if (!cat.has(key)) problems.push(`${locale}: missing ${key}`);
    else if (argumentsOf(cat.get(key), key, locale) !== argumentsOf(message, key, 'en'))
      problems.push(`${locale}: ${key}: placeholders differ from English`);
    else if (!String(cat.get(key)).trim()) problems.push(`${locale}: ${key}: empty`);
  }
  for (const key of cat.keys())
    if (!reference.has(key)) problems.push(`${locale}: ${key} is not in English`);
}

// Unused keys: the key's last segment must appear in source as a quoted string, a property
// access (ui.key) or the tail of a dotted key ('zip.notBaltimore').
const source = [];
const walkDir = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walkDir(p);
    else if (/\.(tsx?|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      source.push(fs.readFileSync(p, 'utf8'));
  }
};
SOURCE_DIRS.filter((d) => fs.existsSync(d)).forEach(walkDir);
const code = source.join('\n');
for (const key of reference.keys()) {
  if (DYNAMIC_KEYS.some((re) => re.test(key))) continue;
  const leaf = key.split('.').pop();
  if (!new RegExp(`['"\`.]${leaf}\\b`).test(code)) problems.push(`unused: ${key}`);
}

// The staff console's refusals (lib/staff/errors.ts): each code needs a message in every locale,
// or a refused action would show staff the raw key.
const staffErrors = fs.readFileSync('lib/staff/errors.ts', 'utf8');
const list = staffErrors.match(/STAFF_ERRORS = \[([^\]]*)\]/);
if (!list) problems.push('lib/staff/errors.ts: STAFF_ERRORS not found');
else
  for (const [, code] of list[1].matchAll(/'(\w+)'/g))
    for (const locale of locales)
      if (!catalogues[locale].has(`Validation.triage.${code}`))
        problems.push(`${locale}: missing Validation.triage.${code} (lib/staff/errors.ts)`);

if (problems.length) {
  console.error(`i18n check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `i18n check passed: ${reference.size} keys in ${locales.length} locales (${locales.join(', ')})`,
);
