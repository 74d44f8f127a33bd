import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/requests/schema';
import { locales } from '@/lib/i18n/config';
import {
  CANNED_BODIES,
  CANNED_FIELDS,
  cannedBody,
  cannedBodyField,
  cannedBodyValues,
  cannedLanguages,
} from './canned-fields';
import { cannedSchema } from './canned-schema';
import { closeSchema, noteSchema } from './schema';

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrors(r.error as Parameters<typeof fieldErrors>[0]);

describe('the saved-response form', () => {
  it('has one body per locale of the locale list, English first', () => {
    expect(CANNED_FIELDS).toEqual(['agency', 'title', ...locales.map(cannedBodyField)]);
    expect(CANNED_FIELDS).toContain('bodyZh');
    expect(CANNED_BODIES.filter((b) => b.required).map((b) => b.locale)).toEqual(['en']);
  });

  it('needs a title and the English text; other languages are optional; limits and no markup', () => {
    expect(
      cannedSchema.parse({
        title: ' Filled ',
        bodyEn: ' Done. ',
        bodyEs: '',
        bodyZh: ' 已修好。 ',
      }),
    ).toMatchObject({
      title: 'Filled',
      bodyEn: 'Done.',
      bodyEs: '',
      bodyZh: '已修好。',
      bodyKo: '',
    });
    expect(errorsOf(cannedSchema.safeParse({}))).toEqual({
      title: 'canned.titleRequired',
      bodyEn: 'canned.bodyRequired',
    });
    // The same keys for every language: the form names the language of each box.
    expect(
      errorsOf(
        cannedSchema.safeParse({
          title: 'a <script>',
          bodyEn: 'x'.repeat(2001),
          bodyEs: 'y'.repeat(2001),
          bodyZh: '<b>好</b>',
        }),
      ),
    ).toEqual({
      title: 'canned.titleMarkup',
      bodyEn: 'canned.bodyTooLong',
      bodyEs: 'canned.bodyTooLong',
      bodyZh: 'canned.bodyMarkup',
    });
  });

  it('stores English always and the other languages written, and gives them back per box', () => {
    const values = cannedSchema.parse({ title: 'T', bodyEn: 'Done.', bodyZh: '已修好。' });
    const body = cannedBody(values);
    expect(body).toEqual({ en: 'Done.', zh: '已修好。' });
    expect(cannedLanguages(body)).toEqual(['en', 'zh']);
    expect(cannedBodyValues(body)).toMatchObject({
      bodyEn: 'Done.',
      bodyEs: '',
      bodyZh: '已修好。',
    });
  });
});

describe('the canned field of the close and note forms', () => {
  const base = { trackingNumber: 'BAL-26-000123', version: '3', reason: 'resolved' };
  it('is an id or nothing; anything else is refused', () => {
    expect(closeSchema.parse({ ...base, canned: '12' }).canned).toBe(12);
    expect(closeSchema.parse({ ...base, canned: '' }).canned).toBeNull();
    expect(closeSchema.parse(base).canned).toBeNull();
    for (const forged of ['0', '-3', '1e3', 'abc', '9999999999'])
      expect(errorsOf(closeSchema.safeParse({ ...base, canned: forged }))).toEqual({
        canned: 'triage.cannedNotFound',
      });
  });
  it('lets a note be left empty when a saved response is chosen', () => {
    const note = { trackingNumber: 'BAL-26-000123', visibility: 'public' };
    expect(noteSchema.parse({ ...note, body: '', canned: '4' })).toMatchObject({
      body: '',
      canned: 4,
    });
    expect(errorsOf(noteSchema.safeParse({ ...note, body: '' }))).toEqual({
      body: 'triage.noteRequired',
    });
  });
});
