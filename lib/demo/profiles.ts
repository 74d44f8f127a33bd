import type { CloseReason } from '@/db/schema/types';

/**
 * What the demo history looks like: how often each service is asked for, in which months, at
 * which hours, and where. Shapes follow Baltimore's public 311 data (potholes after the freeze,
 * dark evenings in winter, trash and rats in summer); the numbers are illustrative.
 */

/** Relative yearly volume per service; codes not listed (added by staff) get DEFAULT_VOLUME. */
export const VOLUME: Readonly<Record<string, number>> = {
  'TRM-Potholes': 14,
  'SW-Mixed Refuse': 11,
  'BGE-StLight(s) Out': 9,
  'HCD-Illegal Dumping': 8,
  'SW-Dirty Alley': 7,
  'SW-Bulk Scheduled': 7,
  'SW-Recycling': 5,
  'SW-Rat Rubout': 4,
  'WW-Water Leak (Exterior)': 3.5,
  'HCD-Sanitation Property': 3,
  'TRS-Abandoned Vehicle': 3,
  'TRS-Parking Complaint': 2.5,
  'SW-Graffiti Removal': 2.5,
  'FOR-Tree Inspection': 2,
  'WW-Storm Inlet Choke': 2,
  'SW-Dirty Street': 2,
  'TRM-Street Light Out': 1.5,
  'HCD-Vacant Building': 1.5,
  'FOR-Fallen Limb': 1.5,
  'FOR-Down Tree': 1.2,
  'SW-Municipal Trash Can Stolen/Lost': 1.2,
  'HCD-Maintenance Structure': 1,
  'HLTH-Animal Dead Animal Pickup-Wildlife or Stray': 1,
  'TRM-Sign Damaged/Sign Structure': 1,
  'TRM-Footways Repair': 1,
  'TRM-Debris In Roadway': 1,
  'TRT-Traffic Signal Repairs': 1,
  'WW-Hydrant Leaking': 0.8,
  'SW-Appliance (White Goods)': 0.8,
  'HCD-Rodents': 0.8,
  'SW-Public (Corner) Trash Can Issue': 0.6,
  'WW-Sewer Water In Basement': 0.6,
  'WW-Water Discolored': 0.5,
  'TRM-Alleys': 0.5,
  'RP-Park Maintenance': 0.5,
  'WW-Sewer Overflow': 0.4,
  'TRM-Curb Repair': 0.4,
  'TRM-StLight Damaged/Knocked Down/Rusted': 0.4,
  'TRM-Street and Crosswalk Markings': 0.3,
  'HLTH-EV Stagnant Water': 0.3,
  'TRT-Signal Timing': 0.25,
  'RP-Playgrounds': 0.2,
  'TRM-(ADA) Sidewalk Ramp Concern (Repair)': 0.15,
};
export const DEFAULT_VOLUME = 0.3;

/** Requests per year at scale 1 (a demo, not Baltimore's real ~1 million a year). */
export const REQUESTS_PER_YEAR = 16_000;

type Months = readonly [number, number, number, number, number, number, number, number, number, number, number, number]; // prettier-ignore

/** Monthly multipliers, January first. */
const SEASONS = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  // Freeze–thaw opens the roads in late winter and spring.
  potholes: [1.3, 1.8, 2, 1.6, 1.1, 0.8, 0.7, 0.7, 0.7, 0.8, 0.9, 1.1],
  // Long nights make dark lamps noticed.
  darkness: [1.2, 1.1, 1, 0.9, 0.8, 0.75, 0.75, 0.85, 1, 1.15, 1.25, 1.25],
  summer: [0.75, 0.75, 0.9, 1, 1.15, 1.25, 1.3, 1.3, 1.1, 1, 0.85, 0.8],
  storms: [0.8, 0.8, 1, 1.1, 1.1, 1.3, 1.4, 1.3, 1.2, 1.1, 0.9, 0.7],
  freeze: [1.5, 1.4, 1.1, 0.9, 0.8, 0.8, 0.9, 0.9, 0.8, 0.9, 1, 1.3],
  mosquitoes: [0.2, 0.2, 0.4, 0.8, 1.4, 2, 2.2, 2, 1.4, 0.7, 0.3, 0.2],
} satisfies Record<string, Months>;

const SEASON_OF: Readonly<Record<string, keyof typeof SEASONS>> = {
  'TRM-Potholes': 'potholes',
  'BGE-StLight(s) Out': 'darkness',
  'TRM-Street Light Out': 'darkness',
  'SW-Mixed Refuse': 'summer',
  'SW-Recycling': 'summer',
  'SW-Dirty Alley': 'summer',
  'SW-Dirty Street': 'summer',
  'HCD-Illegal Dumping': 'summer',
  'SW-Rat Rubout': 'summer',
  'HCD-Rodents': 'summer',
  'HCD-Sanitation Property': 'summer',
  'RP-Park Maintenance': 'summer',
  'RP-Playgrounds': 'summer',
  'FOR-Down Tree': 'storms',
  'FOR-Fallen Limb': 'storms',
  'WW-Storm Inlet Choke': 'storms',
  'WW-Sewer Overflow': 'storms',
  'WW-Sewer Water In Basement': 'storms',
  'WW-Water Leak (Exterior)': 'freeze',
  'WW-Hydrant Leaking': 'freeze',
  'HLTH-EV Stagnant Water': 'mosquitoes',
};

export function seasonFactor(serviceCode: string, month: number): number {
  return SEASONS[SEASON_OF[serviceCode] ?? 'flat'][month - 1];
}

/** Fewer requests at weekends (Sunday first). */
export const WEEKDAY_FACTOR = [0.55, 1.2, 1.1, 1.05, 1, 0.95, 0.6] as const;

/** When in the day requests are made (local hour → weight): office hours, and evenings online. */
export const HOUR_WEIGHTS: readonly (readonly [number, number])[] = [
  [6, 1],
  [7, 3],
  [8, 6],
  [9, 9],
  [10, 10],
  [11, 10],
  [12, 9],
  [13, 9],
  [14, 9],
  [15, 8],
  [16, 7],
  [17, 6],
  [18, 5],
  [19, 4],
  [20, 4],
  [21, 3],
  [22, 2],
];

/** How requests end (weights). */
export const REASONS: readonly (readonly [CloseReason, number])[] = [
  ['resolved', 84],
  ['duplicate', 6],
  ['referred', 3],
  ['unable_to_locate', 3.5],
  ['no_action_needed', 3.5],
];
/** Potholes, dark lamps and broken signals are seen by many neighbours: more duplicates. */
export const SHARED: ReadonlySet<string> = new Set([
  'TRM-Potholes',
  'BGE-StLight(s) Out',
  'TRT-Traffic Signal Repairs',
]);
export const REASONS_SHARED: typeof REASONS = [
  ['duplicate', 12],
  ...REASONS.filter(([r]) => r !== 'duplicate'),
];

/** Survey scores (weights, out of 100): after good service, after late or failed service. */
export const HAPPY: readonly (readonly [number, number])[] = [[5, 46], [4, 30], [3, 12], [2, 5], [1, 7]]; // prettier-ignore
export const UNHAPPY: readonly (readonly [number, number])[] = [[5, 16], [4, 20], [3, 21], [2, 18], [1, 25]]; // prettier-ignore
/** "How easy was it?" right after sending the form. */
export const EASE: readonly (readonly [number, number])[] = [[5, 48], [4, 30], [3, 12], [2, 5], [1, 5]]; // prettier-ignore
