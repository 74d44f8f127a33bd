import type { AttributeDatatype } from '@/db/schema/types';

/** A service-specific question, in the reader's language: safe to pass to client components. */
export type AttributeView = {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  order: number;
  label: string;
  hint: string | null;
  values: { key: string; label: string }[];
};

export type TargetView = {
  fiscalYear: number;
  daysToClose: number;
  dayType: 'calendar' | 'business';
  onTimeGoalPct: number;
  satisfactionGoalPct: number;
  setAt: Date;
};

export type ServiceSummary = {
  code: string;
  name: string;
  /** Language of `name` (differs from the page when a translation is missing). */
  nameLang: string;
  description: string;
  categoryCode: string;
  popularity: number;
};

export type ServiceDetail = ServiceSummary & {
  expect: string;
  agencyCode: string;
  agencyName: string;
  categoryName: string;
  attributes: AttributeView[];
  target: TargetView | null;
};

export type CategoryView = {
  code: string;
  name: string;
  description: string;
  services: ServiceSummary[];
};
