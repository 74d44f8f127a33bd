import { describe, expect, it } from 'vitest';
import { boundInt, boundText, nextSeq, postedForm } from './action-args';

/** notFound() throws Next's 404 signal: the request ends as "not found", not as a 500. */
const isNotFound = (f: () => unknown) => {
  try {
    f();
    return false;
  } catch (e) {
    return String((e as { digest?: string }).digest).includes('404');
  }
};

// Forged bound arguments gave 500s (issue 13, finding 7; found by e2e/fuzz).
describe('bound arguments a forged post can change', () => {
  it('text: a string of sane length without NUL, or not found', () => {
    expect(boundText('BAL-26-000001', 40)).toBe('BAL-26-000001');
    for (const forged of [5, null, undefined, {}, ['en'], 'x'.repeat(41), 'a\0b'])
      expect(isNotFound(() => boundText(forged, 40))).toBe(true);
  });

  it('ids: a positive 32-bit integer, or not found', () => {
    expect(boundInt(12)).toBe(12);
    for (const forged of ['12', 0, -1, 1.5, 2 ** 31, Number.NaN, Infinity, null])
      expect(isNotFound(() => boundInt(forged))).toBe(true);
  });

  it('the previous state of a form: a broken one starts the count again', () => {
    expect(nextSeq({ seq: 3 })).toBe(4);
    for (const forged of [null, undefined, 'x', 5, {}, { seq: 'a' }, { seq: -1 }, { seq: 1e300 }])
      expect(nextSeq(forged)).toBe(1);
  });
});

describe('the posted form', () => {
  it('is a FormData, or the arguments were shifted by a forged post: not found', () => {
    const form = new FormData();
    expect(postedForm(form)).toBe(form);
    for (const forged of [undefined, null, 'en', { seq: 0 }, ['a']])
      expect(isNotFound(() => postedForm(forged))).toBe(true);
  });
});
