import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { staffSavedViews } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { queueQuery, readQueueFilters } from './queue-filters';

/** Enough for a working set of views; a list longer than this is no quicker than the filters. */
export const SAVED_VIEWS_MAX = 20;
export const VIEW_NAME_MAX = 60;

export type SavedView = { id: number; name: string; query: string };
export type SaveViewResult =
  | { ok: true; id: number }
  | { ok: false; error: 'nameRequired' | 'nameTooLong' | 'nameTaken' | 'tooMany' };

/**
 * A staff member's saved queue views: theirs only. Every read and delete is keyed on the
 * actor's own id here, so no page can show or delete someone else's by passing an id.
 * Personal preferences, not changes to requests: they are not in the audit trail.
 */
export async function listSavedViews(actor: Actor): Promise<SavedView[]> {
  assertCan(actor, 'request.view');
  const db = await getDb();
  return db
    .select({ id: staffSavedViews.id, name: staffSavedViews.name, query: staffSavedViews.query })
    .from(staffSavedViews)
    .where(eq(staffSavedViews.userId, actor.id))
    .orderBy(asc(staffSavedViews.name), asc(staffSavedViews.id));
}

/** Saves the filters (re-read through the schema, so only a well-formed query is kept). */
export async function saveView(
  actor: Actor,
  rawName: string,
  rawQuery: string,
): Promise<SaveViewResult> {
  assertCan(actor, 'request.view');
  // Control characters (a NUL PostgreSQL refuses, line breaks) become spaces.
  const name = rawName.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (!name) return { ok: false, error: 'nameRequired' };
  if (name.length > VIEW_NAME_MAX) return { ok: false, error: 'nameTooLong' };
  const query = queueQuery(readQueueFilters(new URLSearchParams(rawQuery.slice(0, 2000))), {
    page: false,
  });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(staffSavedViews)
      .where(eq(staffSavedViews.userId, actor.id));
    if (n >= SAVED_VIEWS_MAX) return { ok: false as const, error: 'tooMany' as const };
    const [row] = await tx
      .insert(staffSavedViews)
      .values({ userId: actor.id, name, query })
      .onConflictDoNothing()
      .returning({ id: staffSavedViews.id });
    return row
      ? { ok: true as const, id: row.id }
      : { ok: false as const, error: 'nameTaken' as const };
  });
}

/** Deletes one of the actor's own views; false when there is none of theirs with that id. */
export async function deleteView(actor: Actor, id: number): Promise<boolean> {
  assertCan(actor, 'request.view');
  if (!Number.isSafeInteger(id) || id < 1 || id > 2 ** 31 - 1) return false;
  const db = await getDb();
  const gone = await db
    .delete(staffSavedViews)
    .where(and(eq(staffSavedViews.id, id), eq(staffSavedViews.userId, actor.id)))
    .returning({ id: staffSavedViews.id });
  return gone.length > 0;
}
