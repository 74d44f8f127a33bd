import type { AttributeDatatype, LocalizedList, LocalizedText } from '../schema/types';

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
export type SeedService = {
  /** A real Baltimore 311 request type, used as the Open311 service_code. */
  code: string;
  agency: string;
  category: string;
  popularity: number;
  name: LocalizedText;
  description: LocalizedText;
  expect: LocalizedText;
  keywords: LocalizedList;
  target: {
    daysToClose: number;
    dayType: 'calendar' | 'business';
    onTimeGoalPct: number;
    satisfactionGoalPct: number;
  };
  /** Asked in this order (Open311 `order` = index + 1). */
  attributes: SeedAttribute[];
};
