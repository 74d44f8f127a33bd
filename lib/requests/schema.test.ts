import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttributeView } from '@/lib/services/types';
import { fieldErrors, requestSchema } from './schema';

const attrs: AttributeView[] = [
  {
    code: 'WHERE',
    datatype: 'singlevaluelist',
    required: true,
    order: 1,
    label: 'Where?',
    hint: null,
    values: [
      { key: 'street', label: 'Street' },
      { key: 'alley', label: 'Alley' },
    ],
  },
  {
    code: 'ITEMS',
    datatype: 'multivaluelist',
    required: true,
    order: 2,
    label: 'Items?',
    hint: null,
    values: [
      { key: 'tires', label: 'Tires' },
      { key: 'sofa', label: 'Sofa' },
    ],
  },
  {
    code: 'COUNT',
    datatype: 'number',
    required: false,
    order: 3,
    label: 'How many?',
    hint: null,
    values: [],
  },
  {
    code: 'SEEN',
    datatype: 'datetime',
    required: false,
    order: 4,
    label: 'When?',
    hint: null,
    values: [],
  },
];
const valid = {
  attr__WHERE: 'street',
  attr__ITEMS: ['tires'],
  address: ' 100 N Holliday St ',
  zip: '21202',
  idempotencyKey: randomUUID(),
};
const errorsOf = (input: Record<string, unknown>) => {
  const r = requestSchema(attrs).safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};

describe('requestSchema', () => {
  it('accepts a minimal valid request and trims text', () => {
    const r = requestSchema(attrs).parse(valid);
    expect(r.address).toBe('100 N Holliday St');
    expect(r.consent).toBe(false);
    expect(r.contactLanguage).toBe('en');
  });
  it('names every missing required answer', () => {
    expect(errorsOf({ idempotencyKey: randomUUID() })).toMatchObject({
      attr__WHERE: 'attribute.selectOne',
      attr__ITEMS: 'attribute.selectAtLeastOne',
      address: 'address.required',
      zip: 'zip.required',
    });
  });
  it('accepts only Baltimore City ZIP codes', () => {
    expect(errorsOf({ ...valid, zip: '90210' }).zip).toBe('zip.notBaltimore');
    expect(errorsOf({ ...valid, zip: '2120' }).zip).toBe('zip.format');
    expect(errorsOf({ ...valid, zip: '21218-1234' }).zip).toBeUndefined();
  });
  it('refuses list answers that are not offered', () => {
    expect(errorsOf({ ...valid, attr__WHERE: 'roof' }).attr__WHERE).toBe('attribute.invalidChoice');
    expect(errorsOf({ ...valid, attr__ITEMS: ['tires', 'piano'] }).attr__ITEMS).toBe(
      'attribute.invalidChoice',
    );
  });
  it('takes one ticked box as a list', () => {
    expect(requestSchema(attrs).parse({ ...valid, attr__ITEMS: 'sofa' })).toMatchObject({
      attr__ITEMS: ['sofa'],
    });
  });
  it('checks numbers, dates, emails, phones and markup', () => {
    expect(errorsOf({ ...valid, attr__COUNT: 'three' }).attr__COUNT).toBe('attribute.number');
    expect(errorsOf({ ...valid, attr__SEEN: '2026-13-45T99:00' }).attr__SEEN).toBe(
      'attribute.datetime',
    );
    expect(errorsOf({ ...valid, contactEmail: 'nope' }).contactEmail).toBe('contactEmail.format');
    expect(errorsOf({ ...valid, contactPhone: '12345' }).contactPhone).toBe('contactPhone.format');
    expect(errorsOf({ ...valid, contactPhone: '(410) 555-0123' }).contactPhone).toBeUndefined();
    expect(errorsOf({ ...valid, description: 'a <script>x</script>' }).description).toBe(
      'description.markup',
    );
    expect(errorsOf({ ...valid, description: 'I saw <3 rats' }).description).toBeUndefined();
    expect(errorsOf({ ...valid, description: 'x'.repeat(4001) }).description).toBe(
      'description.tooLong',
    );
  });
  it('wants a way to reach the resident when they ask for updates', () => {
    expect(errorsOf({ ...valid, consent: 'yes' }).contactEmail).toBe('consent.needsContact');
    expect(
      errorsOf({ ...valid, consent: 'yes', contactPhone: '410 555 0123' }).contactEmail,
    ).toBeUndefined();
  });
  it('refuses a position outside the city', () => {
    expect(errorsOf({ ...valid, lat: '40.7', long: '-74.0' }).lat).toBe('location.outsideCity');
    expect(errorsOf({ ...valid, lat: '39.29', long: '-76.61' }).lat).toBeUndefined();
  });
  it('needs the form key', () => {
    expect(errorsOf({ ...valid, idempotencyKey: 'x' }).idempotencyKey).toBe('form.expired');
  });
});
