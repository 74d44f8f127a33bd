import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/requests/schema';
import { closeSchema, NOTE_MAX, REFERRED_TO_MAX, reopenSchema } from './schema';

const base = { trackingNumber: 'bal 26 123', version: '3' };
const errorsOf = (data: Record<string, string>) => {
  const r = closeSchema.safeParse({ ...base, ...data });
  return r.success ? null : fieldErrors(r.error);
};

describe('closing a request', () => {
  it('needs the organisation when the reason is “referred”', () => {
    expect(errorsOf({ reason: 'referred' })).toEqual({ referredTo: 'triage.referredToRequired' });
    expect(errorsOf({ reason: 'referred', referredTo: '   ' })).toEqual({
      referredTo: 'triage.referredToRequired',
    });
    expect(closeSchema.parse({ ...base, reason: 'referred', referredTo: ' BGE ' })).toMatchObject({
      trackingNumber: 'BAL-26-000123',
      reason: 'referred',
      referredTo: 'BGE',
    });
  });

  it('refuses a name that is too long or carries markup', () => {
    const long = 'x'.repeat(REFERRED_TO_MAX + 1);
    expect(errorsOf({ reason: 'referred', referredTo: long })).toEqual({
      referredTo: 'triage.referredToTooLong',
    });
    expect(errorsOf({ reason: 'referred', referredTo: 'x'.repeat(REFERRED_TO_MAX) })).toBeNull();
    expect(errorsOf({ reason: 'referred', referredTo: '<a href=x>BGE</a>' })).toEqual({
      referredTo: 'triage.referredToMarkup',
    });
  });

  it('ignores a name left in the field when another reason is chosen', () => {
    expect(
      closeSchema.parse({ ...base, reason: 'resolved', referredTo: '<b>left over</b>' }),
    ).toMatchObject({ reason: 'resolved', referredTo: '' });
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ reason: '' })).toEqual({ reason: 'triage.reasonRequired' });
    expect(errorsOf({ version: 'x', reason: 'referred' })).toEqual({
      version: 'triage.stale',
      referredTo: 'triage.referredToRequired',
    });
  });
});

describe('reopening a request', () => {
  it('needs a reason, without markup and within the note limit', () => {
    const errors = (reopenReason?: string) => {
      const r = reopenSchema.safeParse({ ...base, reopenReason });
      return r.success ? null : fieldErrors(r.error);
    };
    expect(errors()).toEqual({ reopenReason: 'triage.reopenReasonRequired' });
    expect(errors('   ')).toEqual({ reopenReason: 'triage.reopenReasonRequired' });
    expect(errors('<b>back</b>')).toEqual({ reopenReason: 'triage.noteMarkup' });
    expect(errors('x'.repeat(NOTE_MAX + 1))).toEqual({ reopenReason: 'triage.noteTooLong' });
    expect(reopenSchema.parse({ ...base, reopenReason: ' It came back ' }).reopenReason).toBe(
      'It came back',
    );
  });
});
