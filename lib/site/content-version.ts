import { eq } from 'drizzle-orm';
import { contentVersion as contentVersionTable } from '@/db/schema';
import { getDb } from '@/lib/db';

/**
 * The catalogue's version as this instance last read it (content_version, raised by triggers on
 * every change to agencies, categories, services, questions and targets: migration 0017).
 * Read at most once a second, in the background: callers never wait for the database, and a
 * change made by another instance (or by psql) reaches this one within about a second.
 *
 * Shared on globalThis: the page cache in front of Next (lib/http/page-cache.mjs, run by
 * scripts/server.mjs) lives outside Next's bundles, in the same process.
 */
type VersionState = { value?: number; readAt: number; reading?: Promise<void> };
const g = globalThis as unknown as {
  __brsContentVersionState?: VersionState;
  __brsContentVersion?: () => number | undefined;
};

const REFRESH_MS = 1_000;
/** How old a read may be and still be trusted (a busy instance reads every REFRESH_MS). */
const TRUSTED_MS = 3_000;

function state(): VersionState {
  g.__brsContentVersionState ??= { readAt: 0 };
  return g.__brsContentVersionState;
}

async function read(s: VersionState): Promise<void> {
  try {
    const db = await getDb();
    const [row] = await db
      .select({ version: contentVersionTable.version })
      .from(contentVersionTable)
      .where(eq(contentVersionTable.id, 1));
    s.value = row?.version;
  } catch {
    // Database unreachable: no version, so nothing is served from a cache that cannot be
    // checked (the outage page takes over: db/outage.ts).
    s.value = undefined;
  } finally {
    s.readAt = Date.now();
    s.reading = undefined;
  }
}

/**
 * The last version read, if it is recent; undefined before the first read, while the database is
 * away, and after a quiet spell (no read for a few seconds): an instance nobody asked for a
 * while cannot know what another changed meanwhile, so its next view reads the database rather
 * than trust a copy, while the version is read again.
 */
export function contentVersion(): number | undefined {
  const s = state();
  const age = Date.now() - s.readAt;
  if (!s.reading && age >= REFRESH_MS) s.reading = read(s);
  return age < TRUSTED_MS ? s.value : undefined;
}

/**
 * Reads the version now. Called after this instance changed the catalogue (lib/catalogue,
 * lib/targets), so that its very next page shows the change rather than a second-old copy.
 */
export async function freshContentVersion(): Promise<number | undefined> {
  const s = state();
  const reading = read(s);
  s.reading = reading;
  await reading;
  return s.value;
}

/**
 * Turns the caches on: makes the version visible to the page cache (lib/http/page-cache.mjs)
 * and lets byContentVersion keep what it read. Called once by the server at start-up
 * (lib/startup.ts); tests and scripts that never call it read the database every time.
 */
export function publishContentVersion(): void {
  g.__brsContentVersion = contentVersion;
  contentVersion();
}

const memo = new Map<string, { version: number; value: Promise<unknown> }>();

/**
 * What `load` gives, kept in memory while the catalogue's version stays the same: the catalogue
 * is read on nearly every page and changes a few times a year. Keys must name everything the
 * answer depends on (locale, code, fiscal year). Callers must not change what they get.
 */
export function byContentVersion<T>(key: string, load: () => Promise<T>): Promise<T> {
  const version = g.__brsContentVersion ? contentVersion() : undefined;
  if (version === undefined) return load();
  const hit = memo.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  const entry = { version, value };
  memo.set(key, entry);
  // A failed read is not kept: the next view tries again.
  value.catch(() => memo.get(key) === entry && memo.delete(key));
  return value;
}
