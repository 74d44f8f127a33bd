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
    expect(errorsOf({ ...valid, attr__SEEN: '2026-13-45' }).attr__SEEN).toBe('attribute.datetime');
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
  it('drops invisible control characters (a NUL reached PostgreSQL as a 500), keeping line breaks', () => {
    const r = requestSchema(attrs).safeParse({
      ...valid,
      description: 'deep\u0000 hole\u0007\nby the\tcurb',
      address: '100 N Holliday\u0000 St',
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.description).toBe('deep hole\nby the\tcurb');
    expect(r.data.address).toBe('100 N Holliday St');
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
  it('refuses a position it cannot read', () => {
    expect(errorsOf({ ...valid, lat: 'north', long: '-76.61' }).lat).toBe('location.invalid');
    expect(errorsOf({ ...valid, lat: '39.29' }).lat).toBe('location.invalid');
  });
  it('needs the form key', () => {
    expect(errorsOf({ ...valid, idempotencyKey: 'x' }).idempotencyKey).toBe('form.expired');
  });
});

describe('requestSchema: where the problem is', () => {
  const inCity = { lat: '39.2904', long: '-76.6122' };
  it('wants a house number and a street, or a corner', () => {
    for (const address of [
      '1500 W North Ave',
      '100 N Holliday St',
      '2400-2410 N Charles St',
      '12B E 25th St',
      '1500 W North Ave, Apt 2',
      'North Ave & Charles St',
      'North Ave and Charles St',
      'St. Paul St and E 25th St',
      'North Ave y Charles St',
      'corner of North Ave at Charles St',
    ]) {
      expect(errorsOf({ ...valid, address }).address, address).toBeUndefined();
    }
    for (const address of [
      'asdf',
      'North Ave',
      '1500',
      'near the store',
      '1500 W',
      '& Charles St',
    ]) {
      expect(errorsOf({ ...valid, address }).address, address).toBe('address.format');
    }
  });
  it('without a position, needs the address and the ZIP code', () => {
    expect(errorsOf({ ...valid, address: '', zip: '' })).toMatchObject({
      address: 'address.required',
      zip: 'zip.required',
    });
  });
  it('with a position in the city, makes the address, ZIP and landmark optional', () => {
    const r = requestSchema(attrs).parse({
      ...valid,
      address: '',
      zip: '',
      ...inCity,
      locationNote: ' Opposite the library ',
    });
    expect(r).toMatchObject({ address: '', zip: '', locationNote: 'Opposite the library' });
    // What is given is still checked.
    expect(errorsOf({ ...valid, ...inCity, address: 'asdf', zip: '' }).address).toBe(
      'address.format',
    );
    expect(errorsOf({ ...valid, ...inCity, address: '', zip: '90210' }).zip).toBe(
      'zip.notBaltimore',
    );
  });
  it('refuses a position outside Baltimore City, such as Towson', () => {
    expect(errorsOf({ ...valid, address: '', zip: '', lat: '39.4015', long: '-76.6019' }).lat).toBe(
      'location.outsideCity',
    );
  });
  it('keeps a landmark short and free of markup', () => {
    expect(errorsOf({ ...valid, ...inCity, locationNote: 'x'.repeat(201) }).locationNote).toBe(
      'locationNote.tooLong',
    );
    expect(errorsOf({ ...valid, ...inCity, locationNote: '<img src=x>' }).locationNote).toBe(
      'locationNote.markup',
    );
  });
  it('Open311: coordinates alone, or an address checked the same way as the web form', () => {
    const open311 = (input: Record<string, unknown>) => {
      const r = requestSchema(attrs, 'open311').safeParse({ ...valid, ...input });
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(open311({ address: '', zip: '', ...inCity })).toEqual({});
    expect(open311({ address: '', zip: '' }).address).toBe('location.required');
    expect(open311({ address: 'asdf' }).address).toBe('address.format');
    // With a position, address_string is a description of the place (FixMyStreet: "near …").
    expect(open311({ address: 'Near the bus stop', zip: '', ...inCity })).toEqual({});
  });
});

describe('requestSchema: photos', () => {
  const id = (c: string) => c.repeat(32);
  it('takes up to three photos of the form', () => {
    expect(requestSchema(attrs).parse({ ...valid, mediaIds: id('a') }).mediaIds).toEqual([id('a')]);
    expect(errorsOf({ ...valid, mediaIds: [id('a'), id('b'), id('c')] }).mediaIds).toBeUndefined();
    expect(errorsOf({ ...valid, mediaIds: [id('a'), id('b'), id('c'), id('d')] }).mediaIds).toBe(
      'photo.tooMany',
    );
    expect(errorsOf({ ...valid, mediaIds: ['../etc/passwd'] }).mediaIds).toBe('photo.invalid');
    expect(errorsOf({ ...valid, mediaIds: [id('a'), id('a')] }).mediaIds).toBe('photo.invalid');
  });
});

describe('requestSchema: dates', () => {
  // A fixed "now": 27 November 2026, 10:00 in Baltimore.
  const now = new Date('2026-11-27T15:00:00Z');
  const seen = (value: string, mode: 'web' | 'open311' = 'web') => {
    const r = requestSchema(attrs, mode, now).safeParse({ ...valid, attr__SEEN: value });
    return r.success ? undefined : fieldErrors(r.error).attr__SEEN;
  };
  it('takes a day from the date picker, today or before', () => {
    expect(seen('2026-11-27')).toBeUndefined();
    expect(seen('2025-02-28')).toBeUndefined();
    expect(seen('2026-11-28')).toBe('attribute.dateFuture');
    expect(seen('2026-02-30')).toBe('attribute.datetime');
    expect(seen('27/11/2026')).toBe('attribute.datetime');
  });
  it('still takes a full date and time from an Open311 client', () => {
    expect(seen('2026-11-27T09:30:00-05:00', 'open311')).toBeUndefined();
    expect(seen('2026-11-20T09:30', 'open311')).toBeUndefined();
    // 03:00 UTC on the 28th is still the 27th in Baltimore.
    expect(seen('2026-11-28T03:00:00Z', 'open311')).toBeUndefined();
    expect(seen('2026-11-29T12:00:00Z', 'open311')).toBe('attribute.dateFuture');
    expect(seen('2026-11-27T25:00:00Z', 'open311')).toBe('attribute.datetime');
  });
});
