import * as z from 'zod/mini';
import { REQUEST_STATUSES } from '@/db/schema/types';

/**
 * The queue's filters, read from the URL (so a view can be bookmarked). Unknown or malformed
 * values fall back to "no filter" rather than failing the page.
 */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

export const SORTS = ['newest', 'oldest', 'due'] as const;

/** A day PostgreSQL can hold: `0000-01-01` is a valid ISO date that it refuses (a 500 before). */
const day = z.iso.date().check(z.refine((v) => v >= '1900-01-01'));

export const queueFiltersSchema = z.object({
  status: optional(z.enum(REQUEST_STATUSES)),
  service: optional(z.string().check(z.maxLength(100))),
  overdue: z.catch(
    z.pipe(
      z.transform((v) => v === '1' || v === 'true'),
      z.boolean(),
    ),
    false,
  ),
  /** `me`: assigned to the viewer; `none`: nobody has it yet. */
  assigned: optional(z.enum(['me', 'none'])),
  zip: optional(z.string().check(z.regex(/^\d{5}$/))),
  from: optional(day),
  to: optional(day),
  q: optional(z.string().check(z.maxLength(100))),
  sort: z.catch(z.enum(SORTS), 'newest'),
  page: z.catch(
    z.pipe(
      z.transform((v) => Number(v)),
      z.number().check(z.int(), z.minimum(1), z.maximum(10_000)),
    ),
    1,
  ),
});

export type QueueFilters = z.output<typeof queueFiltersSchema>;

export function readQueueFilters(
  params: Record<string, string | string[] | undefined>,
): QueueFilters {
  const first = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v === '' ? undefined : v]),
  );
  return queueFiltersSchema.parse(first);
}
