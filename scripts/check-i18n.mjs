// i18n check: fails on a missing, extra or unused message key in any locale, on a message whose
// placeholders differ from English, on ICU syntax errors, on a plural whose categories are not
// the locale's own (CLDR: Russian needs one/few/many/other, Arabic six, Chinese one), and on
// English left in another locale. The service catalogue (locales/<locale>/catalogue.json) is
// checked the same way for structure and English left behind.
// Usage: npm run check:i18n
import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

// A copy of the folder can be checked instead (the check's own test breaks one on purpose).
const LOCALES_DIR = process.argv[2] ?? 'locales';
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
const CATALOGUE = 'catalogue.json';

/**
 * Words that stay in Latin letters in every language: product and format names. Anything else
 * in Latin letters on a Chinese, Korean, Russian or Arabic page is English someone forgot; a
 * reviewed exception goes in locales/<locale>/_reviewed-identical.json ({ "Ns.key": "why" }).
 */
const LATIN_OK = new Set(
  'open311 georeport v2 bge csv json xml wcag gov.uk sgds pdf api url html jpeg jpg png heic webp gif mb kb qr totp https http id aa'.split(
    ' ',
  ),
);
const NON_LATIN = new Set(['zh', 'ko', 'ru', 'ar', 'ja', 'he', 'fa', 'uk', 'el', 'hi']);

function reviewed(locale) {
  const file = path.join(LOCALES_DIR, locale, '_reviewed-identical.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

/** Latin words left in text of a non-Latin locale, other than names every language keeps. */
function latinWords(text) {
  return (
    text
      .replace(/https?:\/\/\S+|\S+@\S+\.\S+/g, ' ')
      .match(/[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]/g)
      ?.filter((w) => w.length > 1 && !LATIN_OK.has(w.toLowerCase())) ?? []
  );
}

function untranslated(locale, key, message, english, exceptions) {
  if (locale === 'en' || key in exceptions) return;
  if (/[A-Za-z]/.test(english) && message.trim() === english.trim()) {
    problems.push(
      `${locale}: ${key}: identical to English (translate it, or list it in _reviewed-identical.json)`,
    );
    return;
  }
  if (NON_LATIN.has(locale)) {
    const left = latinWords(message);
    if (left.length)
      problems.push(`${locale}: ${key}: English left (${left.slice(0, 5).join(', ')})`);
  }
}

function flatten(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );
}

/** The literal words of a message (placeholders and tags removed): what a reader sees. */
function literalText(message) {
  const out = [];
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.type === TYPE.literal) out.push(n.value);
      if (n.children) walk(n.children);
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
    }
  };
  try {
    walk(parse(message));
  } catch {
    return message;
  }
  return out.join(' ');
}

/** Every plural's categories must be the locale's CLDR set (explicit =N branches aside). */
function checkPlurals(message, key, locale) {
  let ast;
  try {
    ast = parse(message);
  } catch {
    return; // reported by argumentsOf
  }
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.type === TYPE.plural) {
        const type = n.pluralType === 'ordinal' ? 'ordinal' : 'cardinal';
        const want = new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories;
        const have = Object.keys(n.options).filter((k) => !k.startsWith('='));
        const missing = want.filter((c) => !have.includes(c));
        const extra = have.filter((c) => !want.includes(c));
        if (missing.length || extra.length)
          problems.push(
            `${locale}: ${key}: plural {${n.value}} needs ${want.join('/')}` +
              (missing.length ? `, missing ${missing.join('/')}` : '') +
              (extra.length ? `, not used in ${locale}: ${extra.join('/')}` : ''),
          );
      }
      if (n.children) walk(n.children);
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
    }
  };
  walk(ast);
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
      .filter((f) => f.endsWith('.json') && f !== CATALOGUE && !f.startsWith('_'))
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
  const exceptions = reviewed(locale);
  for (const [key, message] of reference) {
    if (!cat.has(key)) problems.push(`${locale}: missing ${key}`);
    else if (argumentsOf(cat.get(key), key, locale) !== argumentsOf(message, key, 'en'))
      problems.push(`${locale}: ${key}: placeholders differ from English`);
    else if (!String(cat.get(key)).trim()) problems.push(`${locale}: ${key}: empty`);
    else {
      checkPlurals(cat.get(key), key, locale);
      untranslated(locale, key, literalText(cat.get(key)), literalText(message), exceptions);
    }
  }
  for (const key of cat.keys())
    if (!reference.has(key)) problems.push(`${locale}: ${key} is not in English`);
  for (const key of Object.keys(exceptions))
    if (!reference.has(key) && !key.startsWith('catalogue.'))
      problems.push(`${locale}: _reviewed-identical.json lists ${key}, which is not a message`);
}

// The service catalogue: same services, questions and options as English, every text present
// and translated. Keyword lists are each language's own (lengths differ; a shared word such as
// "graffiti" is fine), so they are only required to be non-empty.
const englishCatalogue = JSON.parse(
  fs.readFileSync(path.join(LOCALES_DIR, 'en', CATALOGUE), 'utf8'),
);
function compareCatalogue(en, other, at, locale, exceptions) {
  if (Array.isArray(en)) {
    if (
      !Array.isArray(other) ||
      !other.length ||
      other.some((w) => typeof w !== 'string' || !w.trim())
    )
      problems.push(`${locale}: catalogue ${at}: needs a list of keywords`);
    return;
  }
  if (typeof en === 'string') {
    if (typeof other !== 'string' || !other.trim())
      problems.push(`${locale}: catalogue ${at}: missing`);
    else untranslated(locale, `catalogue.${at}`, other, en, exceptions);
    return;
  }
  if (!other || typeof other !== 'object') {
    problems.push(`${locale}: catalogue ${at}: missing`);
    return;
  }
  for (const k of Object.keys(en))
    compareCatalogue(en[k], other[k], `${at}.${k}`.replace(/^\./, ''), locale, exceptions);
  for (const k of Object.keys(other))
    if (!(k in en)) problems.push(`${locale}: catalogue ${at}.${k}: not in English`);
}
for (const locale of locales.filter((l) => l !== 'en')) {
  const file = path.join(LOCALES_DIR, locale, CATALOGUE);
  if (!fs.existsSync(file)) {
    problems.push(`${locale}: missing ${CATALOGUE}`);
    continue;
  }
  compareCatalogue(
    englishCatalogue,
    JSON.parse(fs.readFileSync(file, 'utf8')),
    '',
    locale,
    reviewed(locale),
  );
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
