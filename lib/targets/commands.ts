import 'server-only';
import { freshContentVersion } from '@/lib/site/content-version';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { Tx } from '@/db/client';
import { services, targets } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/commands';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { fieldErrors } from '@/lib/requests/schema';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { targetEntityId, targetSchema, type TargetValues } from './schema';

export type SetTargetInput = {
  serviceCode: string;
  fiscalYear: unknown;
  daysToClose: unknown;
  dayType: unknown;
  onTimeGoalPct: unknown;
  satisfactionGoalPct: unknown;
  /** Required to change a target whose year has begun. */
  reason?: unknown;
};

/** Expected refusals are values: field → message key (Targets `validation.*`). */
export type SetTargetResult =
  { ok: true; changed: boolean } | { ok: false; errors: Record<string, string> };

const valuesOf = (row: typeof targets.$inferSelect): TargetValues => ({
  daysToClose: row.daysToClose,
  dayType: row.dayType,
  onTimeGoalPct: row.onTimeGoalPct,
  satisfactionGoalPct: row.satisfactionGoalPct,
});

const lockTarget = async (tx: Tx, serviceCode: string, fiscalYear: number) =>
  (
    await tx
      .select()
      .from(targets)
      .where(and(eq(targets.serviceCode, serviceCode), eq(targets.fiscalYear, fiscalYear)))
      .for('update')
  )[0];

/**
 * Creates or changes one service's target for the current or the next fiscal year, with its
 * audit record in the same transaction. Supervisors may do so for their agency's services,
 * admins for any: anyone else gets ForbiddenError (a forged post, not an expected refusal).
 * Saving the values a target already has changes nothing and records nothing.
 */
export async function setTarget(
  actor: Actor,
  input: SetTargetInput,
  now = new Date(),
): Promise<SetTargetResult> {
  assertCan(actor, 'targets.edit');
  const parsed = targetSchema(now).safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { fiscalYear, reason, ...values } = parsed.data;
  const { serviceCode } = input;

  const db = await getDb();
  const [service] = await db
    .select({ agencyCode: services.agencyCode })
    .from(services)
    .where(and(eq(services.code, serviceCode), eq(services.active, true)));
  if (!service) return { ok: false, errors: { form: 'validation.serviceNotFound' } };
  assertCan(actor, 'targets.edit', service.agencyCode);

  const stamp = { setAt: now, setBy: actor.id };
  const audit = (tx: Tx, before: Record<string, unknown> | null, after: Record<string, unknown>) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: 'target.set',
      entity: 'target',
      entityId: targetEntityId(serviceCode, fiscalYear),
      before,
      after,
      // The same instant as the target's set_at: the transparency page dates the change by it.
      at: now,
    });

  const result = await db.transaction(async (tx): Promise<SetTargetResult> => {
    let row = await lockTarget(tx, serviceCode, fiscalYear);
    if (!row) {
      const [created] = await tx
        .insert(targets)
        .values({ serviceCode, fiscalYear, ...values, ...stamp })
        .onConflictDoNothing({ target: [targets.serviceCode, targets.fiscalYear] })
        .returning({ id: targets.id });
      if (created) {
        await audit(tx, null, values);
        return { ok: true, changed: true };
      }
      // Someone created it at the same moment: theirs is now the "before" of this change.
      row = await lockTarget(tx, serviceCode, fiscalYear);
    }
    const change = diff(valuesOf(row), values);
    if (!Object.keys(change.after).length) return { ok: true, changed: false };
    // A year under way: its requests were made under the old target, so a change says why, and
    // the transparency page shows it on the service's row.
    if (fiscalYear <= fiscalYearOf(now) && !reason) {
      return { ok: false, errors: { reason: 'validation.reasonRequired' } };
    }
    if (reason) change.after.reason = reason;
    await tx
      .update(targets)
      .set({ ...values, ...stamp })
      .where(eq(targets.id, row.id));
    await audit(tx, change.before, change.after);
    return { ok: true, changed: true };
  });
  // This instance's next page shows the change (others see it within a second).
  if (result.ok && result.changed) await freshContentVersion();
  return result;
}
