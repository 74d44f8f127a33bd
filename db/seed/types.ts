import type { AttributeDatatype, LocalizedList, LocalizedText } from '../schema/types';
import type { ServiceShape } from './catalogue-shape';

export type SeedAgency = { code: string; name: LocalizedText };
export type SeedCategory = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  sortOrder: number;
};
export type SeedAttribute = {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  /** The question as a resident reads it. */
  description: LocalizedText;
  hint?: LocalizedText;
  values?: { key: string; name: LocalizedText }[];
};
export type SeedService = Omit<ServiceShape, 'attributes'> & {
  name: LocalizedText;
  description: LocalizedText;
  expect: LocalizedText;
  keywords: LocalizedList;
  /** Asked in this order (Open311 `order` = index + 1). */
  attributes: SeedAttribute[];
};
