/**
 * Seed catalogue for the Baltimore 311 portal: the shape (db/seed/catalogue-shape.ts) joined with
 * each language's words (locales/<locale>/catalogue.json), as jsonb maps keyed by locale.
 */
import { agencyCodes, categoryShapes, serviceShapes } from './catalogue-shape';
import { catalogueText, localized, localizedList, type CatalogueText } from './catalogue-text';
import type { SeedAgency, SeedCategory, SeedService } from './types';

export const agencies: SeedAgency[] = agencyCodes.map((code) => ({
  code,
  name: localized(`agency ${code}`, (c) => c.agencies[code]?.name),
}));

export const categories: SeedCategory[] = categoryShapes.map(({ code, sortOrder }) => ({
  code,
  sortOrder,
  name: localized(`category ${code}`, (c) => c.categories[code]?.name),
  description: localized(`category ${code}`, (c) => c.categories[code]?.description),
}));

export const services: SeedService[] = serviceShapes.map((shape) => {
  const where = `service ${shape.code}`;
  const words = (c: CatalogueText) => c.services[shape.code];
  return {
    ...shape,
    name: localized(where, (c) => words(c)?.name),
    description: localized(where, (c) => words(c)?.description),
    expect: localized(where, (c) => words(c)?.expect),
    keywords: localizedList(where, (c) => words(c)?.keywords),
    attributes: shape.attributes.map(({ values, ...attribute }) => {
      const at = `${where} question ${attribute.code}`;
      const question = (c: CatalogueText) => words(c)?.questions?.[attribute.code];
      const hasHint = Boolean(question(catalogueText.en)?.hint);
      return {
        ...attribute,
        description: localized(at, (c) => question(c)?.question),
        ...(hasHint ? { hint: localized(at, (c) => question(c)?.hint) } : {}),
        ...(values
          ? {
              values: values.map((key) => ({
                key,
                name: localized(`${at} option ${key}`, (c) => question(c)?.options?.[key]),
              })),
            }
          : {}),
      };
    }),
  };
});
