import * as z from 'zod/mini';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';

/**
 * The target form's single source of truth: the server action parses with it and the data layer
 * (lib/targets/commands.ts) parses again for any other caller. Messages are keys in the Targets
 * namespace (`validation.*`), translated where they are shown.
 */

export const DAY_TYPES = ['calendar', 'business'] as const;
export type DayType = (typeof DAY_TYPES)[number];

export const DAYS_MAX = 365;
export const PCT_MAX = 100;

/**
 * Targets are committed at the start of a fiscal year: staff set the year under way (corrections)
 * and the next one. Earlier years are history that the transparency page reports against.
 */
export function editableFiscalYears(now = new Date()): readonly [number, number] {
  const fy = fiscalYearOf(now);
  return [fy, fy + 1];
}

export function isEditableFiscalYear(fiscalYear: number, now = new Date()): boolean {
  const [current, next] = editableFiscalYears(now);
  return fiscalYear === current || fiscalYear === next;
}

/**
 * A fiscal year named in an address (`?fy=2027`, `/targets/2027/…`): four digits, at most the
 * next year (nothing can be shown or set further ahead); null for anything else.
 */
export function fiscalYearFromParam(value: unknown, now = new Date()): number | null {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return null;
  const fy = Number(value);
  return fy >= 2000 && fy <= editableFiscalYears(now)[1] ? fy : null;
}

/** The audit trail's id of one target (service codes contain spaces and "/", never ":"). */
export const targetEntityId = (serviceCode: string, fiscalYear: number) =>
  `${serviceCode}:${fiscalYear}`;

/** A number typed in a text box (inputmode="numeric", as GOV.UK advises), or one given as is. */
const asText = (v: unknown) =>
  typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';

/**
 * A whole number from 1 to `max`. One message per problem (`validation.<field>Required`,
 * `…Whole`, `…Range`), decided in that order.
 */
function wholeNumber(max: number, field: 'days' | 'onTime' | 'satisfaction') {
  return z.pipe(
    z.pipe(
      z.transform(asText),
      z.string().check(
        z.superRefine((v, ctx) => {
          const key =
            v === ''
              ? `validation.${field}Required`
              : !/^\d+$/.test(v)
                ? `validation.${field}Whole`
                : v.length > 3 || Number(v) < 1 || Number(v) > max
                  ? `validation.${field}Range`
                  : null;
          if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
        }),
      ),
    ),
    z.transform(Number),
  );
}

/** The fiscal year comes from the page's address, not from a field: checked all the same. */
function fiscalYear(now: Date) {
  const [current, next] = editableFiscalYears(now);
  return z.pipe(
    z.transform((v) => (typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : v)),
    z.number('validation.yearInvalid').check(
      z.superRefine((v, ctx) => {
        const key = !Number.isInteger(v)
          ? 'validation.yearInvalid'
          : v < current
            ? 'validation.yearPast'
            : v > next
              ? 'validation.yearTooFar'
              : null;
        if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
      }),
    ),
  );
}

export const REASON_MAX = 500;

/**
 * Why a target changes once its year has begun (the data layer requires it then: attainment
 * would otherwise be judged against a goal nobody had when the work was done).
 */
const reason = z.pipe(
  z.transform(asText),
  z.string().check(
    z.superRefine((v, ctx) => {
      const key =
        v.length > REASON_MAX
          ? 'validation.reasonTooLong'
          : /<\s*[a-z!/?]/i.test(v)
            ? 'validation.reasonMarkup'
            : null;
      if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
    }),
  ),
);

/** Built per call: which years may be edited depends on the date. */
export function targetSchema(now = new Date()) {
  return z.object({
    fiscalYear: fiscalYear(now),
    reason,
    daysToClose: wholeNumber(DAYS_MAX, 'days'),
    dayType: z.enum(DAY_TYPES, 'validation.dayTypeRequired'),
    onTimeGoalPct: wholeNumber(PCT_MAX, 'onTime'),
    satisfactionGoalPct: wholeNumber(PCT_MAX, 'satisfaction'),
  });
}
export type TargetInput = z.output<ReturnType<typeof targetSchema>>;
export type TargetValues = Omit<TargetInput, 'fiscalYear' | 'reason'>;

/** The form's fields, in the order it asks them (the error summary follows it). */
export const TARGET_FIELDS = [
  'daysToClose',
  'dayType',
  'onTimeGoalPct',
  'satisfactionGoalPct',
  'reason',
] as const;
