import type { RequestChange } from './commands';
import { bulkSchema, closeSchema, noteSchema, parsePick } from './schema';

/** The queue's bulk form fields an error can point at (ids of the controls on the page). */
export const BULK_FIELDS = [
  'picks',
  'assignee',
  'reason',
  'referredTo',
  'publicNote',
  'noteBody',
  'visibility',
] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

type Pick = { trackingNumber: string; version: number };
export type BulkRequest =
  | {
      ok: true;
      kind: 'change';
      picks: Pick[];
      change: Extract<RequestChange, { kind: 'acknowledge' | 'assign' | 'close' }>;
    }
  | { ok: true; kind: 'note'; picks: Pick[]; visibility: 'public' | 'internal'; body: string }
  | { ok: false; error: string; field: BulkField };

/**
 * The queue's bulk form, read with the same schemas as the one-request forms (closeSchema,
 * noteSchema), so a bulk close follows the single close's reasons and rules exactly.
 * Which requests it may change is decided per request by the data layer, not here.
 */
export function readBulkForm(data: FormData, intent: unknown): BulkRequest {
  const parsed = bulkSchema.safeParse({
    picks: data.getAll('picks'),
    assignee: data.get('assignee') ?? '',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: issue.message,
      field: issue.path[0] === 'assignee' ? 'assignee' : 'picks',
    };
  }
  const picks = parsed.data.picks.map(parsePick).filter((p) => p !== null);
  if (!picks.length) return { ok: false, error: 'triage.pickSome', field: 'picks' };
  const first = picks[0];
  switch (intent) {
    case 'acknowledge':
      return { ok: true, kind: 'change', picks, change: { kind: 'acknowledge' } };
    case 'assign':
      return {
        ok: true,
        kind: 'change',
        picks,
        change: {
          kind: 'assign',
          assigneeId: parsed.data.assignee ? Number(parsed.data.assignee) : null,
        },
      };
    case 'close': {
      const close = closeSchema.safeParse({
        ...first,
        version: String(first.version),
        reason: data.get('reason'),
        publicNote: data.get('publicNote') ?? '',
        referredTo: data.get('referredTo') ?? '',
      });
      if (!close.success) {
        const issue = close.error.issues[0];
        const field = BULK_FIELDS.find((f) => f === issue.path[0]) ?? 'reason';
        return { ok: false, error: issue.message, field };
      }
      const { reason, publicNote, referredTo } = close.data;
      return {
        ok: true,
        kind: 'change',
        picks,
        change: { kind: 'close', reason, publicNote, referredTo },
      };
    }
    case 'note': {
      const note = noteSchema.safeParse({
        trackingNumber: first.trackingNumber,
        body: data.get('noteBody') ?? '',
        visibility: data.get('visibility'),
      });
      if (!note.success) {
        const issue = note.error.issues[0];
        return {
          ok: false,
          error: issue.message,
          field: issue.path[0] === 'visibility' ? 'visibility' : 'noteBody',
        };
      }
      return {
        ok: true,
        kind: 'note',
        picks,
        visibility: note.data.visibility,
        body: note.data.body,
      };
    }
    default:
      return { ok: false, error: 'triage.unknownAction', field: 'picks' };
  }
}
