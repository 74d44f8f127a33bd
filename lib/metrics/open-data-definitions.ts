import { MIN_CLOSURES } from './definitions';

/**
 * Column definitions are words, so they live in the messages (locales/<locale>/OpenData.json,
 * namespace OpenData); a column holds only the id of its definition there. The code keeps the
 * column keys and values, the messages the words, and every reader (the methodology page, the
 * JSON downloads' `definitions`) gets them in their language.
 */
export type DefinitionId = string;

/**
 * What a definition quotes as it is in the data: column names, cell values and formats. They are
 * ICU arguments ({on_time}), not words, so no translation changes them; the i18n check then sees
 * that each locale keeps them.
 */
const QUOTED = [
  // Column names.
  'on_time',
  'on_time_eligible',
  'on_time_pct',
  'on_time_goal_pct',
  'days_to_close_unit',
  'closed_duplicate',
  'closed_no_action',
  'received',
  'closed',
  'open',
  'overdue',
  'reopened',
  'forms_started',
  'forms_submitted',
  'target_days',
  'median_days_to_close',
  'population_2020',
  'service_code',
  'received_in_period',
  'closed_in_period',
  'open_at_period_end',
  'SRType',
  'CreatedDate',
  'CloseDate',
  'DueDate',
  // Cell values.
  'calendar',
  'business',
  'met',
  'missed',
  'too_few',
  'web',
  'open311',
  'staff',
  'new',
  'acknowledged',
  'in_progress',
  'resolved',
  'duplicate',
  'referred',
  'unable_to_locate',
  'no_action_needed',
  'true',
  'unknown',
  'CITY',
  // The setting that loads demonstration data.
  'DEMO_DATA',
] as const;

/** Every definition's arguments: the quoted names above, formats, and the numbers of the rules. */
export const DEFINITION_ARGS: Record<string, string | number> = {
  ...Object.fromEntries(QUOTED.map((w) => [w, w])),
  trackingFormat: 'BAL-YY-NNNNNN',
  monthFormat: 'YYYY-MM',
  isoUtc: 'ISO 8601, UTC',
  percentile: 'PostgreSQL percentile_cont',
  fiscalYear: '2027',
  firstHalf: '2027-h1',
  min: MIN_CLOSURES,
  tooFewMax: MIN_CLOSURES - 1,
};

/** A translator of the OpenData namespace (next-intl's getTranslations / createTranslator). */
export type OpenDataT = (id: string, values: Record<string, string | number>) => string;

/** A definition in the translator's language. */
export const defined = (t: OpenDataT, id: DefinitionId) => t(id, DEFINITION_ARGS);

/** Column key → definition, as a JSON download carries them. */
export function definitionsOf(
  t: OpenDataT,
  columns: readonly { key: string; definition: DefinitionId }[],
): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.key, defined(t, c.definition)]));
}
