import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { ATTRIBUTE_DATATYPES } from '../schema/types';
import { agencies, categories, services } from './catalogue';
import { agencyCodes, categoryShapes, pointerShapes, serviceShapes } from './catalogue-shape';
import { catalogueText } from './catalogue-text';

// Vendored in the repository (its first lines say where it comes from).
const realCodes = new Set(
  fs
    .readFileSync(
      path.resolve(import.meta.dirname, 'data/baltimore-311-request-types-2019-2020.txt'),
      'utf8',
    )
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

describe('seeded catalogue', () => {
  it('has at least 25 services, each a real Baltimore 311 request type', () => {
    expect(realCodes.size).toBe(319);
    expect(services.length).toBeGreaterThanOrEqual(25);
    for (const s of services) expect(realCodes.has(s.code), s.code).toBe(true);
    expect(new Set(services.map((s) => s.code)).size).toBe(services.length);
  });
  it('is complete in every locale', () => {
    const texts = [
      ...agencies.map((a) => a.name),
      ...categories.flatMap((c) => [c.name, c.description]),
      ...services.flatMap((s) => [
        s.name,
        s.description,
        s.expect,
        ...s.attributes.flatMap((a) => [
          a.description,
          ...(a.hint ? [a.hint] : []),
          ...(a.values ?? []).map((v) => v.name),
        ]),
      ]),
    ];
    for (const t of texts) for (const l of locales) expect(t[l], JSON.stringify(t)).toBeTruthy();
    for (const s of services)
      for (const l of locales) expect(s.keywords[l]?.length, s.code).toBeGreaterThan(0);
  });
  it('refers to known agencies and categories and uses every attribute datatype', () => {
    const agencyCodes = new Set(agencies.map((a) => a.code));
    const categoryCodes = new Set(categories.map((c) => c.code));
    for (const s of services) {
      expect(agencyCodes.has(s.agency)).toBe(true);
      expect(categoryCodes.has(s.category)).toBe(true);
      expect(s.target.daysToClose).toBeGreaterThan(0);
    }
    const used = new Set(services.flatMap((s) => s.attributes.map((a) => a.datatype)));
    expect([...used].sort()).toEqual([...ATTRIBUTE_DATATYPES].sort());
  });
  it('keeps the 48-hour pothole promise', () => {
    expect(services.find((s) => s.code === 'TRM-Potholes')?.target).toMatchObject({
      daysToClose: 2,
      dayType: 'calendar',
    });
  });
  it('translates only what the catalogue has: no text for a removed service, question or option', () => {
    const shape = new Set([
      ...agencyCodes.map((c) => `agencies.${c}`),
      ...categoryShapes.map((c) => `categories.${c.code}`),
      ...pointerShapes.map((p) => `pointers.${p.id}`),
      ...serviceShapes.flatMap((s) => [
        `services.${s.code}`,
        ...s.attributes.flatMap((a) => [
          `services.${s.code}.${a.code}`,
          ...(a.values ?? []).map((v) => `services.${s.code}.${a.code}.${v}`),
        ]),
      ]),
    ]);
    for (const l of locales) {
      const file = catalogueText[l];
      const named = [
        ...Object.keys(file.agencies).map((c) => `agencies.${c}`),
        ...Object.keys(file.categories).map((c) => `categories.${c}`),
        ...Object.keys(file.pointers).map((c) => `pointers.${c}`),
        ...Object.entries(file.services).flatMap(([code, s]) => [
          `services.${code}`,
          ...Object.entries(s.questions ?? {}).flatMap(([q, text]) => [
            `services.${code}.${q}`,
            ...Object.keys(text.options ?? {}).map((o) => `services.${code}.${q}.${o}`),
          ]),
        ]),
      ];
      expect(
        named.filter((n) => !shape.has(n)),
        l,
      ).toEqual([]);
    }
  });
});
