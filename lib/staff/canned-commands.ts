import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { Tx } from '@/db/client';
import { agencies, cannedResponses } from '@/db/schema';
import type { LocalizedText } from '@/db/schema/types';
import { diff, recordAudit } from '@/lib/audit/commands';
import { assertCan, can, type Actor } from '@/lib/auth/authorize';
import { fieldErrors } from '@/lib/requests/schema';
import { CANNED_BODIES, cannedBody, type CannedBodyField } from './canned-fields';
import { cannedSchema } from './canned-schema';

/**
 * Creating, editing and deleting saved public messages, each with its audit record in the same
 * transaction. Supervisors manage their own agency's, admins any agency's; anyone else gets
 * ForbiddenError (the console never offers them the forms: a post from them is forged).
 * Expected refusals are values: field → Validation key (`form` for the whole form).
 */
export type CannedInput = {
  /** Admins choose; a supervisor's responses are always their own agency's. */
  agency?: unknown;
  title: unknown;
} & Partial<Record<CannedBodyField, unknown>>;
export type CannedResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

const NOT_FOUND = { ok: false as const, errors: { form: 'canned.notFound' } };

/**
 * What the audit keeps: the fields as staff see them, the body per language (`bodyEn`, `bodyZh`…).
 * A snapshot (create, delete) lists the languages written; a change compares every language, so
 * a text removed shows as null.
 */
const auditValues = (title: string, body: LocalizedText, every = false) => {
  const values: Record<string, string | null> = { title };
  for (const { locale, field } of CANNED_BODIES)
    if (every || body[locale]) values[field] = body[locale] ?? null;
  return values;
};

export async function createCannedResponse(
  actor: Actor,
  input: CannedInput,
  now = new Date(),
): Promise<CannedResult> {
  assertCan(actor, 'responses.manage');
  const parsed = cannedSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const db = await getDb();
  let agencyCode = actor.agencyCode ?? '';
  if (actor.role === 'admin') {
    agencyCode = typeof input.agency === 'string' ? input.agency : '';
    const [known] = agencyCode
      ? await db.select({ code: agencies.code }).from(agencies).where(eq(agencies.code, agencyCode))
      : [];
    if (!known) errors.agency = 'canned.agencyRequired';
  }
  if (!parsed.success || errors.agency) return { ok: false, errors };
  assertCan(actor, 'responses.manage', agencyCode);
  const body = cannedBody(parsed.data);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cannedResponses)
      .values({
        agencyCode,
        title: parsed.data.title,
        body,
        createdAt: now,
        createdBy: actor.id,
        updatedAt: now,
        updatedBy: actor.id,
      })
      .returning({ id: cannedResponses.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'cannedResponse.create',
      entity: 'cannedResponse',
      entityId: row.id,
      after: { agencyCode, ...auditValues(parsed.data.title, body) },
    });
    return { ok: true as const, id: row.id };
  });
}

/** Locks a live response the actor may manage (another agency's reads as missing). */
async function lockOwn(tx: Tx, actor: Actor, id: number) {
  const [row] = await tx
    .select()
    .from(cannedResponses)
    .where(and(eq(cannedResponses.id, id), isNull(cannedResponses.archivedAt)))
    .for('update');
  return row && can(actor, 'responses.manage', row.agencyCode) ? row : undefined;
}

/** Saves new wording; saving what is already there changes nothing and records nothing. */
export async function updateCannedResponse(
  actor: Actor,
  id: number,
  input: CannedInput,
  now = new Date(),
): Promise<CannedResult> {
  assertCan(actor, 'responses.manage');
  const parsed = cannedSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const db = await getDb();
  return db.transaction(async (tx): Promise<CannedResult> => {
    const row = await lockOwn(tx, actor, id);
    if (!row) return NOT_FOUND;
    const body = cannedBody(parsed.data);
    const change = diff(
      auditValues(row.title, row.body, true),
      auditValues(parsed.data.title, body, true),
    );
    if (!Object.keys(change.after).length) return { ok: true, id };
    await tx
      .update(cannedResponses)
      .set({ title: parsed.data.title, body, updatedAt: now, updatedBy: actor.id })
      .where(eq(cannedResponses.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'cannedResponse.update',
      entity: 'cannedResponse',
      entityId: id,
      ...change,
    });
    return { ok: true, id };
  });
}

/**
 * Deleting archives: the response leaves the picker and the list, while the notes already sent
 * keep their text (they were copied) and the audit trail still names what was deleted.
 */
export async function deleteCannedResponse(
  actor: Actor,
  id: number,
  now = new Date(),
): Promise<CannedResult> {
  assertCan(actor, 'responses.manage');
  const db = await getDb();
  return db.transaction(async (tx): Promise<CannedResult> => {
    const row = await lockOwn(tx, actor, id);
    if (!row) return NOT_FOUND;
    await tx
      .update(cannedResponses)
      .set({ archivedAt: now, updatedAt: now, updatedBy: actor.id })
      .where(eq(cannedResponses.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'cannedResponse.delete',
      entity: 'cannedResponse',
      entityId: id,
      before: { agencyCode: row.agencyCode, ...auditValues(row.title, row.body) },
    });
    return { ok: true, id };
  });
}
