import 'server-only';
import type { Actor } from '@/lib/auth/authorize';
import type { AuditEntry } from '@/lib/audit/queries';
import { fieldErrors } from '@/lib/requests/schema';
import { reclassifyRequest } from '@/lib/staff/reclassify';
import { reclassifySchema } from '@/lib/staff/reclassify-schema';
import { staffErrorKey } from '@/lib/staff/errors';

export type ReclassifyOutcome =
  { to: string } | { errors: Record<string, string>; conflict?: AuditEntry[] };

/**
 * The request page's "move to another service" post (requestAction hands it over): parse, move,
 * and say where to go. A request moved out of the member's agency cannot be shown to them
 * again: they go back to the queue, whose banner says where it went (movedNotice).
 */
export async function reclassifyIntent(
  locale: string,
  actor: Actor,
  raw: Record<string, unknown>,
): Promise<ReclassifyOutcome> {
  const parsed = reclassifySchema.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const { trackingNumber, version, newService, reclassifyReason } = parsed.data;
  const r = await reclassifyRequest(actor, {
    trackingNumber,
    version,
    serviceCode: newService,
    reason: reclassifyReason,
  });
  if (r.ok) {
    if (r.visible)
      return { to: `/${locale}/staff/requests/${trackingNumber}?done=reclassify#action-done` };
    const q = new URLSearchParams({ moved: trackingNumber, movedTo: newService });
    return { to: `/${locale}/staff?${q}` };
  }
  if (r.error === 'conflict')
    return { errors: { form: staffErrorKey('conflict') }, conflict: r.changes };
  const field = r.error === 'serviceUnknown' || r.error === 'serviceSame' ? 'newService' : 'form';
  return { errors: { [field]: staffErrorKey(r.error) } };
}
