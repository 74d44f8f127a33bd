import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { agencies, services, staffUsers, targets } from '@/db/schema';
import { auditTrail, type AuditEntry } from '@/lib/audit/queries';
import { assertCan, can, type Actor } from '@/lib/auth/authorize';
import { pick, pickText } from '@/lib/i18n/localized';
import { editableFiscalYears, targetEntityId, type TargetValues } from './schema';

export type StaffTarget = TargetValues & {
  setAt: Date;
  /** Null: seeded with the catalogue (or set by an account since removed). */
  setByName: string | null;
};

export type StaffTargetRow = {
  serviceCode: string;
  serviceName: string;
  /** Language of `serviceName` (differs from the page when a translation is missing). */
  serviceNameLang: string;
  agencyCode: string;
  agencyName: string;
  target: StaffTarget | null;
};

async function rowsFor(fiscalYear: number, locale: string, serviceCode?: string) {
  const db = await getDb();
  const rows = await db
    .select({
      service: services,
      agencyName: agencies.name,
      target: targets,
      setByName: staffUsers.name,
    })
    .from(services)
    .innerJoin(agencies, eq(agencies.code, services.agencyCode))
    .leftJoin(
      targets,
      and(eq(targets.serviceCode, services.code), eq(targets.fiscalYear, fiscalYear)),
    )
    .leftJoin(staffUsers, eq(staffUsers.id, targets.setBy))
    .where(
      and(
        eq(services.active, true),
        serviceCode === undefined ? undefined : eq(services.code, serviceCode),
      ),
    )
    .orderBy(asc(services.code));
  return rows.map(({ service, agencyName, target, setByName }): StaffTargetRow => {
    const name = pick(service.name, locale);
    return {
      serviceCode: service.code,
      serviceName: name.text,
      serviceNameLang: name.lang,
      agencyCode: service.agencyCode,
      agencyName: pickText(agencyName, locale),
      target: target
        ? {
            daysToClose: target.daysToClose,
            dayType: target.dayType,
            onTimeGoalPct: target.onTimeGoalPct,
            satisfactionGoalPct: target.satisfactionGoalPct,
            setAt: target.setAt,
            setByName: target.setBy === null ? null : setByName,
          }
        : null,
    };
  });
}

/**
 * The services whose targets the actor may set (their agency's; every agency's for admins), by
 * name in the reader's language, each with its target for `fiscalYear` or none.
 */
export async function targetsForStaff(
  actor: Actor,
  fiscalYear: number,
  locale: string,
): Promise<StaffTargetRow[]> {
  assertCan(actor, 'targets.edit');
  const rows = await rowsFor(fiscalYear, locale);
  return rows
    .filter((r) => can(actor, 'targets.edit', r.agencyCode))
    .sort(
      (a, b) =>
        a.agencyName.localeCompare(b.agencyName, locale) ||
        a.serviceName.localeCompare(b.serviceName, locale),
    );
}

/**
 * One service's target for `fiscalYear`, or null when there is no such (active) service.
 * ForbiddenError when the service belongs to an agency the actor may not set targets for.
 */
export async function targetForStaff(
  actor: Actor,
  serviceCode: string,
  fiscalYear: number,
  locale: string,
): Promise<StaffTargetRow | null> {
  assertCan(actor, 'targets.edit');
  const [row] = await rowsFor(fiscalYear, locale, serviceCode);
  if (!row) return null;
  assertCan(actor, 'targets.edit', row.agencyCode);
  return row;
}

/** Who set this target and changed it, from what to what, oldest first; null: no such service. */
export async function targetHistory(
  actor: Actor,
  serviceCode: string,
  fiscalYear: number,
): Promise<AuditEntry[] | null> {
  assertCan(actor, 'targets.edit');
  const db = await getDb();
  const [service] = await db
    .select({ agencyCode: services.agencyCode })
    .from(services)
    .where(eq(services.code, serviceCode));
  if (!service) return null;
  assertCan(actor, 'targets.edit', service.agencyCode);
  return auditTrail('target', targetEntityId(serviceCode, fiscalYear));
}

/** Years to choose from, newest first: every year with targets, the current and the next one. */
export async function targetFiscalYears(now = new Date()): Promise<number[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ fy: targets.fiscalYear }).from(targets);
  const years = new Set([...rows.map((r) => r.fy), ...editableFiscalYears(now)]);
  return [...years].sort((a, b) => b - a);
}
