/**
 * The catalogue's shape: what is not language (codes, agencies, targets, which questions are
 * asked and their answer keys). Every word residents read is in locales/<locale>/catalogue.json,
 * where translators work; db/seed/catalogue.ts joins the two.
 *
 * Service codes are Baltimore City's real 311 request types (2019-2020 extract), copied
 * verbatim, and are used as the Open311 service_code. Targets are illustrative fiscal-year
 * commitments, not official SLAs.
 */
import type { AttributeDatatype } from '../schema/types';

export type ServiceShape = {
  /** A real Baltimore 311 request type, used as the Open311 service_code. */
  code: string;
  agency: string;
  category: string;
  popularity: number;
  target: {
    daysToClose: number;
    dayType: 'calendar' | 'business';
    onTimeGoalPct: number;
    satisfactionGoalPct: number;
  };
  /** Asked in this order (Open311 `order` = index + 1); `values` are the answer keys. */
  attributes: { code: string; datatype: AttributeDatatype; required: boolean; values?: string[] }[];
};

export const agencyCodes = ['DOT', 'BGE', 'DPW-SW', 'DPW-WW', 'HCD', 'BCRP', 'FOR', 'HLTH'];

export const categoryShapes = [
  { code: 'streets', sortOrder: 1 },
  { code: 'lights', sortOrder: 2 },
  { code: 'trash', sortOrder: 3 },
  { code: 'cleanliness', sortOrder: 4 },
  { code: 'water', sortOrder: 5 },
  { code: 'trees-parks', sortOrder: 6 },
  { code: 'housing', sortOrder: 7 },
  { code: 'vehicles', sortOrder: 8 },
  { code: 'animals-health', sortOrder: 9 },
];

export const serviceShapes: ServiceShape[] = [
  {
    code: 'TRM-Potholes',
    agency: 'DOT',
    category: 'streets',
    popularity: 10,
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'POTHOLE_LOCATION',
        datatype: 'singlevaluelist',
        required: true,
        values: ['street', 'crosswalk', 'bike_lane', 'alley'],
      },
      {
        code: 'HOLE_SIZE',
        datatype: 'singlevaluelist',
        required: false,
        values: ['small', 'medium', 'large'],
      },
    ],
  },
  {
    code: 'TRM-Footways Repair',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'SIDEWALK_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        values: ['cracked', 'raised', 'sunken', 'missing', 'tree_roots'],
      },
    ],
  },
  {
    code: 'TRM-Curb Repair',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRM-Debris In Roadway',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'BLOCKING_TRAFFIC',
        datatype: 'singlevaluelist',
        required: true,
        values: ['yes', 'no', 'not_sure'],
      },
    ],
  },
  {
    code: 'TRM-Sign Damaged/Sign Structure',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'SIGN_TYPE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['stop', 'yield', 'speed_limit', 'street_name', 'parking', 'other'],
      },
      {
        code: 'SIGN_CONDITION',
        datatype: 'singlevaluelist',
        required: true,
        values: ['knocked_down', 'bent', 'turned', 'loose'],
      },
    ],
  },
  {
    code: 'TRM-Alleys',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRM-(ADA) Sidewalk Ramp Concern (Repair)',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRM-Street and Crosswalk Markings',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'MARKING_TYPE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['crosswalk', 'stop_line', 'lane_lines', 'bike_lane'],
      },
    ],
  },
  {
    code: 'BGE-StLight(s) Out',
    agency: 'BGE',
    category: 'lights',
    popularity: 8,
    target: { daysToClose: 4, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'POLE_NUMBER', datatype: 'string', required: false },
      {
        code: 'LIGHT_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        values: ['out', 'flickering', 'day_burning'],
      },
    ],
  },
  {
    code: 'TRM-Street Light Out',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [{ code: 'POLE_NUMBER', datatype: 'string', required: false }],
  },
  {
    code: 'TRM-StLight Damaged/Knocked Down/Rusted',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    target: { daysToClose: 3, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'POLE_NUMBER', datatype: 'string', required: false },
      {
        code: 'POLE_CONDITION',
        datatype: 'singlevaluelist',
        required: true,
        values: ['knocked_down', 'leaning', 'rusted'],
      },
    ],
  },
  {
    code: 'TRT-Traffic Signal Repairs',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 95, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'SIGNAL_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        values: ['dark', 'stuck', 'flashing', 'bulb_out', 'pedestrian', 'knocked_down'],
      },
      { code: 'DIRECTION_AFFECTED', datatype: 'string', required: false },
    ],
  },
  {
    code: 'TRT-Signal Timing',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [{ code: 'TIMING_DETAILS', datatype: 'text', required: true }],
  },
  {
    code: 'SW-Mixed Refuse',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 9,
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'SET_OUT_LOCATION',
        datatype: 'singlevaluelist',
        required: true,
        values: ['front', 'alley'],
      },
      { code: 'MISSED_DATE', datatype: 'datetime', required: false },
    ],
  },
  {
    code: 'SW-Recycling',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'SET_OUT_LOCATION',
        datatype: 'singlevaluelist',
        required: true,
        values: ['front', 'alley'],
      },
    ],
  },
  {
    code: 'SW-Bulk Scheduled',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 5,
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      { code: 'ITEM_COUNT', datatype: 'number', required: true },
      {
        code: 'ITEM_TYPES',
        datatype: 'multivaluelist',
        required: true,
        values: ['furniture', 'mattress', 'carpet', 'grill', 'other'],
      },
    ],
  },
  {
    code: 'SW-Appliance (White Goods)',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'APPLIANCE_TYPES',
        datatype: 'multivaluelist',
        required: true,
        values: [
          'refrigerator',
          'freezer',
          'washer',
          'dryer',
          'stove',
          'air_conditioner',
          'water_heater',
        ],
      },
    ],
  },
  {
    code: 'SW-Municipal Trash Can Stolen/Lost',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    target: { daysToClose: 14, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [{ code: 'MISSING_SINCE', datatype: 'datetime', required: false }],
  },
  {
    code: 'SW-Public (Corner) Trash Can Issue',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'CAN_ISSUE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['overflowing', 'damaged', 'knocked_over'],
      },
    ],
  },
  {
    code: 'SW-Dirty Alley',
    agency: 'DPW-SW',
    category: 'cleanliness',
    popularity: 7,
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'SW-Dirty Street',
    agency: 'DPW-SW',
    category: 'cleanliness',
    popularity: 0,
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'SW-Graffiti Removal',
    agency: 'DPW-SW',
    category: 'cleanliness',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'GRAFFITI_SURFACE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['building', 'fence', 'ground', 'pole_box', 'sign', 'other'],
      },
      { code: 'OFFENSIVE', datatype: 'singlevaluelist', required: false, values: ['yes', 'no'] },
    ],
  },
  {
    code: 'HCD-Illegal Dumping',
    agency: 'HCD',
    category: 'cleanliness',
    popularity: 6,
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'DUMPED_ITEMS',
        datatype: 'multivaluelist',
        required: true,
        values: [
          'tires',
          'furniture',
          'construction_debris',
          'household_trash',
          'appliances',
          'other',
        ],
      },
      { code: 'DUMPED_AT', datatype: 'datetime', required: false },
      { code: 'DUMPER_VEHICLE', datatype: 'string', required: false },
    ],
  },
  {
    code: 'WW-Water Leak (Exterior)',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 3,
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'LEAK_SEEN_AT', datatype: 'datetime', required: false },
      {
        code: 'LEAK_SIZE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['damp', 'trickle', 'stream', 'gushing'],
      },
      {
        code: 'LEAK_LOCATION',
        datatype: 'singlevaluelist',
        required: false,
        values: ['street', 'sidewalk', 'meter', 'yard'],
      },
    ],
  },
  {
    code: 'WW-Storm Inlet Choke',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'STREET_FLOODING',
        datatype: 'singlevaluelist',
        required: true,
        values: ['yes', 'no'],
      },
      {
        code: 'BLOCKED_BY',
        datatype: 'multivaluelist',
        required: false,
        values: ['leaves', 'trash', 'dirt', 'not_sure'],
      },
    ],
  },
  {
    code: 'WW-Hydrant Leaking',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'WW-Sewer Overflow',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'OVERFLOW_LOCATION',
        datatype: 'singlevaluelist',
        required: true,
        values: ['manhole', 'yard', 'alley', 'stream'],
      },
    ],
  },
  {
    code: 'WW-Sewer Water In Basement',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'WW-Water Discolored',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'WATER_COLOR',
        datatype: 'singlevaluelist',
        required: true,
        values: ['brown', 'yellow', 'cloudy', 'particles'],
      },
      {
        code: 'ALL_TAPS',
        datatype: 'singlevaluelist',
        required: false,
        values: ['yes', 'no', 'not_sure'],
      },
    ],
  },
  {
    code: 'FOR-Down Tree',
    agency: 'FOR',
    category: 'trees-parks',
    popularity: 0,
    target: { daysToClose: 3, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'TREE_BLOCKING',
        datatype: 'multivaluelist',
        required: true,
        values: ['street', 'sidewalk', 'alley', 'building_car', 'nothing'],
      },
    ],
  },
  {
    code: 'FOR-Fallen Limb',
    agency: 'FOR',
    category: 'trees-parks',
    popularity: 0,
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'LIMB_SIZE',
        datatype: 'singlevaluelist',
        required: false,
        values: ['small', 'medium', 'large'],
      },
    ],
  },
  {
    code: 'FOR-Tree Inspection',
    agency: 'FOR',
    category: 'trees-parks',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'TREE_CONCERN',
        datatype: 'singlevaluelist',
        required: true,
        values: ['dead', 'leaning', 'hanging_limb', 'blocking', 'low_branches', 'other'],
      },
    ],
  },
  {
    code: 'RP-Park Maintenance',
    agency: 'BCRP',
    category: 'trees-parks',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'PARK_NAME', datatype: 'string', required: true },
      {
        code: 'PARK_ISSUE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['trash', 'grass', 'bench', 'path', 'lights', 'other'],
      },
    ],
  },
  {
    code: 'RP-Playgrounds',
    agency: 'BCRP',
    category: 'trees-parks',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'PARK_NAME', datatype: 'string', required: true },
      { code: 'EQUIPMENT_PROBLEM', datatype: 'text', required: false },
    ],
  },
  {
    code: 'HCD-Vacant Building',
    agency: 'HCD',
    category: 'housing',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'BUILDING_OPEN',
        datatype: 'singlevaluelist',
        required: true,
        values: ['yes', 'no', 'not_sure'],
      },
    ],
  },
  {
    code: 'HCD-Sanitation Property',
    agency: 'HCD',
    category: 'housing',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'PROPERTY_PROBLEM',
        datatype: 'multivaluelist',
        required: true,
        values: ['trash', 'tall_grass', 'bulk_items', 'animal_waste'],
      },
    ],
  },
  {
    code: 'HCD-Maintenance Structure',
    agency: 'HCD',
    category: 'housing',
    popularity: 0,
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRS-Abandoned Vehicle',
    agency: 'DOT',
    category: 'vehicles',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'VEHICLE_MAKE', datatype: 'string', required: true },
      { code: 'VEHICLE_COLOR', datatype: 'string', required: false },
      { code: 'LICENSE_PLATE', datatype: 'string', required: false },
      {
        code: 'DAYS_PARKED',
        datatype: 'singlevaluelist',
        required: false,
        values: ['under_3_days', '3_to_7_days', '1_to_2_weeks', 'over_2_weeks'],
      },
    ],
  },
  {
    code: 'TRS-Parking Complaint',
    agency: 'DOT',
    category: 'vehicles',
    popularity: 0,
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'PARKING_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        values: [
          'driveway',
          'hydrant',
          'crosswalk',
          'bus_stop',
          'double_parked',
          'accessible_space',
          'other',
        ],
      },
      { code: 'LICENSE_PLATE', datatype: 'string', required: false },
    ],
  },
  {
    code: 'SW-Rat Rubout',
    agency: 'DPW-SW',
    category: 'animals-health',
    popularity: 4,
    target: { daysToClose: 14, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      { code: 'RAT_SIGNS', datatype: 'text', required: false },
      {
        code: 'YARD_ACCESS',
        datatype: 'singlevaluelist',
        required: false,
        values: ['yes', 'no', 'not_sure'],
      },
    ],
  },
  {
    code: 'HCD-Rodents',
    agency: 'HCD',
    category: 'animals-health',
    popularity: 0,
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'HLTH-Animal Dead Animal Pickup-Wildlife or Stray',
    agency: 'HLTH',
    category: 'animals-health',
    popularity: 0,
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'ANIMAL_TYPE',
        datatype: 'singlevaluelist',
        required: true,
        values: ['cat', 'dog', 'raccoon', 'squirrel', 'bird', 'deer', 'other'],
      },
    ],
  },
  {
    code: 'HLTH-EV Stagnant Water',
    agency: 'HLTH',
    category: 'animals-health',
    popularity: 0,
    target: { daysToClose: 7, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
];

/** Things 311 does not handle (lib/services/pointers.ts): where to call instead. */
export const pointerShapes = [
  { id: 'emergency-911', urgent: true, tel: '911' },
  { id: 'bge-gas-emergency', urgent: true, tel: '+18006850123' },
  { id: 'bge-power-outage', urgent: false, tel: '+18777782222' },
  { id: 'police-non-emergency', urgent: false, tel: '311' },
];
