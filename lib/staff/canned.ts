import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { DbOrTx } from '@/db/client';
import { agencies, cannedResponses, staffUsers } from '@/db/schema';
import type { LocalizedText } from '@/db/schema/types';
import { assertCan, can, type Actor } from '@/lib/auth/authorize';
import { auditTrail } from '@/lib/audit/queries';
import { pick } from '@/lib/i18n/localized';

/**
 * Reading an agency's saved public messages (canned responses). Supervisors manage their own
 * agency's, admins any agency's (lib/staff/canned-commands.ts); agents only list their agency's
 * to pick one when closing a request or writing a public note.
 */

export type CannedResponse = {
  id: number;
  agencyCode: string;
  agencyName: LocalizedText;
  title: string;
  body: LocalizedText;
  updatedAt: Date;
  updatedByName: string | null;
};

const live = isNull(cannedResponses.archivedAt);

function selectResponses(db: DbOrTx) {
  return db
    .select({
      id: cannedResponses.id,
      agencyCode: cannedResponses.agencyCode,
      agencyName: agencies.name,
      title: cannedResponses.title,
      body: cannedResponses.body,
      updatedAt: cannedResponses.updatedAt,
      updatedByName: staffUsers.name,
    })
    .from(cannedResponses)
    .innerJoin(agencies, eq(agencies.code, cannedResponses.agencyCode))
    .leftJoin(staffUsers, eq(staffUsers.id, cannedResponses.updatedBy));
}

/**
 * The management page's list: a supervisor's own agency (whatever `agencyCode` says), an
 * admin's choice of agency or all of them. Anyone else: ForbiddenError.
 */
export async function listCannedResponses(
  actor: Actor,
  agencyCode?: string,
): Promise<CannedResponse[]> {
  assertCan(actor, 'responses.manage');
  const agency = actor.role === 'admin' ? agencyCode : (actor.agencyCode ?? '');
  const db = await getDb();
  return selectResponses(db)
    .where(and(live, agency ? eq(cannedResponses.agencyCode, agency) : undefined))
    .orderBy(asc(cannedResponses.agencyCode), asc(cannedResponses.title), asc(cannedResponses.id));
}

/** One response to edit or delete: null when missing, deleted, or not the actor's to manage. */
export async function getCannedResponse(actor: Actor, id: number): Promise<CannedResponse | null> {
  assertCan(actor, 'responses.manage');
  const db = await getDb();
  const [row] = await selectResponses(db).where(and(live, eq(cannedResponses.id, id)));
  return row && can(actor, 'responses.manage', row.agencyCode) ? row : null;
}

/** A response's audit trail (create, edits, delete), for whoever may manage it. */
export async function cannedHistory(actor: Actor, id: number) {
  return (await getCannedResponse(actor, id)) ? auditTrail('cannedResponse', id) : null;
}

export type CannedChoice = { id: number; title: string; text: string; lang: string };

/**
 * What the picker offers on a request of `agencyCode`: that agency's responses, each with its
 * text in the resident's language (English where it has none). Empty for anyone who may not
 * work the agency's requests.
 */
export async function cannedChoices(
  actor: Actor,
  agencyCode: string,
  residentLocale: string,
): Promise<CannedChoice[]> {
  if (!can(actor, 'request.work', agencyCode)) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: cannedResponses.id, title: cannedResponses.title, body: cannedResponses.body })
    .from(cannedResponses)
    .where(and(live, eq(cannedResponses.agencyCode, agencyCode)))
    .orderBy(asc(cannedResponses.title), asc(cannedResponses.id));
  return rows.map((r) => {
    const { text, lang } = pick(r.body, residentLocale);
    return { id: r.id, title: r.title, text, lang };
  });
}

export type CannedBodyResult = { ok: true; body: string } | { ok: false; error: 'cannedNotFound' };

/**
 * The text a chosen response sends to a resident: its body in the resident's language, else
 * English. Refused (`cannedNotFound`, the same answer for all: a forged id learns nothing) when
 * the id is not a live response of the request's agency, or the actor may not work that
 * agency's requests. Pass the transaction that writes the note, so both see the same row.
 */
export async function resolveCannedBody(
  actor: Actor,
  agencyCode: string,
  cannedId: number,
  residentLocale: string,
  tx?: DbOrTx,
): Promise<CannedBodyResult> {
  if (!Number.isSafeInteger(cannedId) || cannedId < 1 || cannedId > 2 ** 31 - 1)
    return { ok: false, error: 'cannedNotFound' };
  if (!can(actor, 'request.work', agencyCode)) return { ok: false, error: 'cannedNotFound' };
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({ body: cannedResponses.body })
    .from(cannedResponses)
    .where(and(live, eq(cannedResponses.id, cannedId), eq(cannedResponses.agencyCode, agencyCode)));
  if (!row) return { ok: false, error: 'cannedNotFound' };
  return { ok: true, body: pick(row.body, residentLocale).text };
}
