import { describe, expect, it } from 'vitest';
import { ANSWER_KEPT_MAX, formValues } from './form-data';
import { DESCRIPTION_MAX, requestSchema } from './schema';
import type { AttributeView } from '@/lib/services/types';

const multi: AttributeView = {
  code: 'KIND',
  datatype: 'multivaluelist',
  required: false,
  order: 1,
  label: 'Kind',
  hint: null,
  values: [{ key: 'a', label: 'A' }],
};

describe('formValues', () => {
  it('keeps a bounded part of a huge answer, still refused as too long', () => {
    const data = new FormData();
    data.set('description', 'x'.repeat(1024 * 1024));
    data.set('address', 'y'.repeat(1024 * 1024));
    for (let i = 0; i < 5000; i++) data.append('attr__KIND', 'z'.repeat(1000));
    const values = formValues(data, [multi]);
    expect(values.description).toHaveLength(ANSWER_KEPT_MAX);
    expect(values.address).toHaveLength(ANSWER_KEPT_MAX);
    expect(JSON.stringify(values).length).toBeLessThan(100_000);
    expect(ANSWER_KEPT_MAX).toBeGreaterThan(DESCRIPTION_MAX);
    const parsed = requestSchema([multi]).safeParse(values);
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => i.message);
    expect(messages).toContain('description.tooLong');
    expect(messages).toContain('address.tooLong');
  });

  it('keeps an answer of ordinary length whole', () => {
    const data = new FormData();
    data.set('description', 'd'.repeat(DESCRIPTION_MAX + 10));
    expect(formValues(data, []).description).toHaveLength(DESCRIPTION_MAX + 10);
  });
});
