import type { CloseReason, RequestStatus } from '@/db/schema/types';

/** The demo history as plain data: what lib/demo/generate.ts makes and lib/demo/seed.ts stores. */
export type DemoService = { code: string; categoryCode: string };
export type DemoTarget = {
  serviceCode: string;
  fiscalYear: number;
  daysToClose: number;
  dayType: 'calendar' | 'business';
  onTimeGoalPct: number;
};
export type DemoOptions = { now: Date; seed: number; scale: number };
export type DemoSurvey = { createdAt: Date; answeredAt: Date | null; score: number | null };

export type DemoRequest = {
  key: string;
  serviceCode: string;
  status: RequestStatus;
  closeReason: CloseReason | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  /** When work started (an in_progress step), if there was one. */
  startedAt: Date | null;
  closedAt: Date | null;
  dueAt: Date | null;
  /** Closed as a duplicate: index of the request it was merged into (an earlier one). */
  duplicateOf: number | null;
  locale: 'en' | 'es';
  channel: 'web' | 'open311';
  address: string;
  zip: string;
  lat: number | null;
  long: number | null;
  description: string;
  /** A consenting contact: always an example.invalid address, never a person. */
  contactEmail: string | null;
  ease: DemoSurvey;
  satisfaction: DemoSurvey | null;
};
export type DemoFormSession = {
  id: string;
  serviceCode: string;
  startedAt: Date;
  submittedAt: Date | null;
};
export type DemoData = { requests: DemoRequest[]; formSessions: DemoFormSession[] };
