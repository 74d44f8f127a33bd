import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/requests/schema';
import { reclassifySchema } from './reclassify-schema';
import { NOTE_MAX } from './schema';

const base = { trackingNumber: 'bal 26 123', version: '3' };
const errorsOf = (data: Record<string, string>) => {
  const r = reclassifySchema.safeParse({ ...base, ...data });
  return r.success ? null : fieldErrors(r.error);
};

describe('moving a request to another service', () => {
  it('needs the new service and a reason', () => {
    expect(errorsOf({})).toEqual({
      newService: 'triage.serviceRequired',
      reclassifyReason: 'triage.reclassifyReasonRequired',
    });
    expect(errorsOf({ newService: 'x'.repeat(101), reclassifyReason: 'Wrong agency' })).toEqual({
      newService: 'triage.serviceUnknown',
    });
    expect(
      reclassifySchema.parse({
        ...base,
        newService: ' BGE-StLight(s) Out ',
        reclassifyReason: ' A BGE light ',
      }),
    ).toEqual({
      trackingNumber: 'BAL-26-000123',
      version: 3,
      newService: 'BGE-StLight(s) Out',
      reclassifyReason: 'A BGE light',
    });
  });

  it('holds the reason to the rules of notes: length and no markup', () => {
    const service = { newService: 'TRM-Potholes' };
    expect(errorsOf({ ...service, reclassifyReason: 'x'.repeat(NOTE_MAX) })).toBeNull();
    expect(errorsOf({ ...service, reclassifyReason: 'x'.repeat(NOTE_MAX + 1) })).toEqual({
      reclassifyReason: 'triage.reclassifyReasonTooLong',
    });
    expect(errorsOf({ ...service, reclassifyReason: 'see <script>' })).toEqual({
      reclassifyReason: 'triage.reclassifyReasonMarkup',
    });
  });

  it('refuses a stale or missing version', () => {
    expect(
      errorsOf({ version: 'abc', newService: 'TRM-Potholes', reclassifyReason: 'Wrong' }),
    ).toEqual({ version: 'triage.stale' });
  });
});
