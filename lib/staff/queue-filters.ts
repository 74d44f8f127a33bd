import * as z from 'zod/mini';
import { REQUEST_STATUSES } from '@/db/schema/types';

/**
 * The queue's filters, read from the URL (so a view can be bookmarked). Unknown or malformed
 * values fall back to "no filter" rather than failing the page.
 */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/** `due`: time left, overdue first, no target date last (the default: what to work on next). */
export const SORTS = ['due', 'newest', 'oldest'] as const;
/** `open` (the default) is new, acknowledged and in progress; `all` includes closed ones. */
export const STATUS_FILTERS = ['open', 'all', ...REQUEST_STATUSES] as const;
export const PAGE_SIZES = [25, 50, 100] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** A day PostgreSQL can hold: `0000-01-01` is a valid ISO date that it refuses (a 500 before). */
const day = z.iso.date().check(z.refine((v) => v >= '1900-01-01'));

export const queueFiltersSchema = z.object({
  status: z.catch(z.enum(STATUS_FILTERS), 'open'),
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
  sort: z.catch(z.enum(SORTS), 'due'),
  size: z.catch(
    z.pipe(
      z.transform((v) => Number(v)),
      z.union([z.literal(25), z.literal(50), z.literal(100)]),
    ),
    25,
  ),
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
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): QueueFilters {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((k) => [k, params.get(k) ?? undefined] as const)
      : Object.entries(params);
  const first = Object.fromEntries(
    entries.map(([k, v]) => [k, Array.isArray(v) ? v[0] : v === '' ? undefined : v]),
  );
  return queueFiltersSchema.parse(first);
}

const DEFAULTS = queueFiltersSchema.parse({});

/**
 * The canonical query string of a filter set: only what differs from the defaults, in a fixed
 * order, so saved views, links and the back link compare equal and nothing unread is echoed.
 */
export function queueQuery(f: QueueFilters, { page = true }: { page?: boolean } = {}): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(queueFiltersSchema.shape) as (keyof QueueFilters)[]) {
    const v = f[key];
    if (v === undefined || v === DEFAULTS[key] || (key === 'page' && !page)) continue;
    q.set(key, key === 'overdue' ? '1' : String(v));
  }
  return q.toString();
}

/** The queue with these filters (a query string from `queueQuery`, possibly empty). */
export const queueHref = (locale: string, query: string) =>
  `/${locale}/staff${query ? `?${query}` : ''}`;

/** The name of the request page's parameter that carries the queue's filters. */
export const QUEUE_CONTEXT_PARAM = 'queue';

/** A request page's link that remembers which queue view it was opened from. */
export const requestHref = (locale: string, trackingNumber: string, query: string) =>
  `/${locale}/staff/requests/${encodeURIComponent(trackingNumber)}${
    query ? `?${new URLSearchParams({ [QUEUE_CONTEXT_PARAM]: query })}` : ''
  }`;

/**
 * On the request page: the queue view it was opened from, re-read and re-written through the
 * filter schema, so a forged `?queue=` can only ever produce a well-formed queue link.
 */
export function readQueueContext(params: Record<string, string | string[] | undefined>): {
  filters: QueueFilters;
  query: string;
} {
  const raw = params[QUEUE_CONTEXT_PARAM];
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const filters = readQueueFilters(new URLSearchParams(text.slice(0, 2000)));
  return { filters, query: queueQuery(filters) };
}
