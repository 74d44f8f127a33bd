import { isDatabaseUnavailable } from '@/db/unavailable';

/** Enough for every service in every locale; the oldest entry goes first past it. */
const MAX_ENTRIES = 1_000;
const g = globalThis as unknown as { __brsLastGood?: Map<string, unknown> };

/**
 * Runs a read and remembers its answer; while the database is unreachable, answers the last
 * one instead. Only for small, slowly changing reference data (a service and its questions):
 * it lets a resident's form come back with everything typed and "try again" during an outage,
 * where the page would otherwise fail for want of the service's questions.
 */
export async function withLastGood<T>(key: string, read: () => Promise<T>): Promise<T> {
  const cache = (g.__brsLastGood ??= new Map());
  try {
    const value = await read();
    cache.delete(key);
    cache.set(key, value);
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    return value;
  } catch (e) {
    if (isDatabaseUnavailable(e) && cache.has(key)) return cache.get(key) as T;
    throw e;
  }
}
