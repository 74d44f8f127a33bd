import fc from 'fast-check';

/**
 * Generators of bad input for the fuzz suites (issue 13): shared by the in-process suite
 * (test/fuzz/*.db.test.ts) and the HTTP suite (e2e/fuzz), so both throw the same kinds of
 * mistakes at the portal. No path aliases here: Playwright imports this file too.
 */

/** Characters that broke things before or might: NUL, controls, bidi, BOM, non-characters. */
const NASTY_CHARS = [
  '\0',
  '\x01',
  '\x07',
  '\b',
  '\x1b',
  '\x7f',
  '\t',
  '\n',
  '\r',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\u{1f4a9}',
  '\u{10ffff}',
  '<',
  '>',
  '&',
  '"',
  "'",
  '%',
  '/',
  '\\',
  ',',
  '=',
  '+',
  '@',
  '[',
  ']',
  '..',
  'é',
  'ñ',
];

/** Half of a UTF-16 pair on its own: not valid Unicode, but a JavaScript string may hold it. */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((c) => String.fromCharCode(c));

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_CHARS) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Any short text: printable, Unicode, controls, NUL, lone surrogates. */
export const nastyString = (maxLength = 40) => fc.string({ unit, maxLength });

/** Text up to `max` characters (bodies may be ~100 KB): a random piece repeated. */
export const hugeString = (max = 100_000) =>
  fc
    .tuple(nastyString(20), fc.integer({ min: 1_000, max }))
    .map(([piece, n]) =>
      (piece || 'x').repeat(Math.ceil(n / Math.max(1, piece.length))).slice(0, n),
    );

const pad = (n: number, width: number) =>
  (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(width, '0');

/** Dates that are wrong or at the edge: year 0000, 9999, 10000, negative, month 13, 30 Feb… */
export const oddDate = fc.oneof(
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '1899-12-31T23:59:59Z',
    '1900-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '9999-12-31T23:59:59-05:00',
    '10000-01-01T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-00-00T00:00:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27T25:61:61Z',
    '2026-11-27T00:00:00+99:99',
    '2026-11-27',
    '2026-11',
    '2026',
    '0000',
    '0000-00-00',
    '9999-99-99',
    'NaN',
    'Infinity',
    'today',
    '',
  ),
  fc
    .record({
      year: fc.oneof(
        fc.integer({ min: -10_000, max: 20_000 }),
        fc.constantFrom(0, 1, 1899, 1900, 2026, 9999, 10000),
      ),
      month: fc.integer({ min: -1, max: 14 }),
      day: fc.integer({ min: -1, max: 33 }),
      hour: fc.integer({ min: 0, max: 26 }),
      zone: fc.constantFrom('Z', '-05:00', '+14:00', '-12:00', '+99:00', '', 'z', ' '),
      dateOnly: fc.boolean(),
    })
    .map(({ year, month, day, hour, zone, dateOnly }) => {
      const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      return dateOnly ? date : `${date}T${pad(hour, 2)}:00:00${zone}`;
    }),
);

/** Numbers out of range or not numbers at all, as text. */
export const oddNumber = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom(
    '0',
    '-0',
    '-1',
    '1e309',
    '-1e309',
    '0x10',
    '1_000',
    '１２',
    '٣',
    '9'.repeat(400),
    '2147483648',
    '9007199254740993',
    ' 1 ',
    '1.',
    '.5',
    '',
  ),
);

/** Pieces that are not valid percent-encoding or decode to something odd (for raw URLs). */
export const rawUrlPiece = fc.constantFrom(
  '%',
  '%2',
  '%zz',
  '%%',
  '%00',
  '%25',
  '%2F',
  '%2f',
  '%5C',
  '%2e%2e',
  '..',
  '.',
  '%C0%AF',
  '%C0%80',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%EF%BF%BE',
  '%F4%90%80%80',
  '%FF',
  '%FE%FF',
  '%E2%80%AE',
  '%0A',
  '%0D%0A',
  '%3Cscript%3E',
  '%3F',
  '%23',
  '+',
  '%2B',
);

/**
 * Percent-encodes text for a URL without refusing lone surrogates (encodeURIComponent throws
 * on them): each is sent as the bytes a careless client would send, invalid UTF-8 included.
 */
export function encodeLoose(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length
        ? text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
        : false;
    if (pair) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // WTF-8 bytes of the lone surrogate: invalid UTF-8 on the wire.
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

/** A URL path segment or query value: loosely encoded text, sometimes with broken encoding. */
export const urlValue = (text: fc.Arbitrary<string> = nastyString()) =>
  fc.oneof(
    { weight: 3, arbitrary: text.map(encodeLoose) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(text, rawUrlPiece, text)
        .map(([a, raw, b]) => `${encodeLoose(a)}${raw}${encodeLoose(b)}`),
    },
  );

/** A value for a named parameter: the kinds of mistakes a client makes with any field. */
export const anyValue = (extra: fc.Arbitrary<string>[] = []) =>
  fc.oneof(nastyString(), oddNumber, oddDate, ...extra);

/**
 * A query string from known parameter names (plus random ones), each possibly repeated, as
 * `[]` arrays or as `[key]` objects where a scalar is expected; values loosely encoded.
 */
export function queryString(
  names: readonly string[],
  value: fc.Arbitrary<string> = anyValue(),
  maxPairs = 6,
) {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map((n) => `${n}[]`) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map((n) => `${n}[0]`) },
    { weight: 1, arbitrary: nastyString(12) },
  );
  return fc
    .array(fc.tuple(name, urlValue(value)), { maxLength: maxPairs })
    .map((pairs) => pairs.map(([k, v]) => `${encodeLoose(k)}=${v}`).join('&'));
}

/**
 * Form fields for a POST body: the names given (several times for some), values of any kind,
 * sometimes a huge one (bodies are where ~100 KB is allowed).
 */
export function formFields(
  names: readonly string[],
  value: fc.Arbitrary<string> = anyValue(),
  { huge = 100_000, maxFields = 12 } = {},
) {
  const v = fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: hugeString(huge) });
  return fc.array(
    fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...names) }, nastyString(10)), v),
    { maxLength: maxFields },
  );
}

/**
 * FUZZ_SEED replays a run (every run prints its seed); FUZZ_RUNS sets how many inputs a suite
 * generates in all, shared between its properties in their default proportions.
 */
export function fuzzSettings(env: Record<string, string | undefined>, defaultTotal: number) {
  const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const total = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : defaultTotal;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED is not an integer: ${env.FUZZ_SEED}`);
  if (!(total > 0)) throw new Error(`FUZZ_RUNS is not a positive number: ${env.FUZZ_RUNS}`);
  return { seed, runs: (n: number) => Math.max(1, Math.round((n * total) / defaultTotal)) };
}
