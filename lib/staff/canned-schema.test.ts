import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/requests/schema';
import { cannedSchema } from './canned-schema';
import { closeSchema, noteSchema } from './schema';

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrors(r.error as Parameters<typeof fieldErrors>[0]);

describe('the saved-response form', () => {
  it('needs a title and the English text; Spanish is optional; limits and no markup', () => {
    expect(cannedSchema.parse({ title: ' Filled ', bodyEn: ' Done. ', bodyEs: '' })).toEqual({
      title: 'Filled',
      bodyEn: 'Done.',
      bodyEs: '',
    });
    expect(errorsOf(cannedSchema.safeParse({}))).toEqual({
      title: 'canned.titleRequired',
      bodyEn: 'canned.bodyEnRequired',
    });
    expect(
      errorsOf(
        cannedSchema.safeParse({
          title: 'a <script>',
          bodyEn: 'x'.repeat(2001),
          bodyEs: 'y'.repeat(2001),
        }),
      ),
    ).toEqual({
      title: 'canned.titleMarkup',
      bodyEn: 'canned.bodyEnTooLong',
      bodyEs: 'canned.bodyEsTooLong',
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
