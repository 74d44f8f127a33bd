import type { ReactNode } from 'react';
import type { Intent } from '@/lib/staff/schema';
import type { DuplicatesView, ReclassifyView } from './reclassify-types';
import type { CannedOption, CannedPickerCopy } from '../../../_components/CannedResponsePicker';

export type WorkspaceCopy = {
  pageTitle: string;
  errorPageTitle: string;
  summaryTitle: string;
  errorPrefix: string;
  errors: Record<string, string>;
  actionsHeading: string;
  buttons: Record<Intent, string>;
  closeHeading: string;
  reasonLegend: string;
  reasons: { value: string; label: string }[];
  publicNoteLabel: string;
  publicNoteHint: string;
  reopenHeading: string;
  reopenReasonLabel: string;
  reopenReasonHint: string;
  referredToLabel: string;
  referredToHint: string;
  mergeHeading: string;
  parentLabel: string;
  parentHint: string;
  assignHeading: string;
  assigneeLabel: string;
  nobody: string;
  takeIt: string;
  noteHeading: string;
  noteLabel: string;
  visibilityLegend: string;
  visibilities: { value: string; label: string }[];
  conflictTitle: string;
  conflictLead: string;
  conflictNext: string;
};

export type WorkspaceRequest = {
  trackingNumber: string;
  version: number;
  /** Status moves this staff member may make now. */
  moves: ('acknowledge' | 'start' | 'reopen')[];
  canClose: boolean;
  canMerge: boolean;
  /** Give it to anyone in the agency (supervisor); otherwise only "take it". */
  canAssignOthers: boolean;
  canTake: boolean;
  selfId: number;
  staff: { id: number; name: string }[];
  assigneeId: number | null;
  canNote: boolean;
  /** Move to another service (open, and this member works it); null: not offered. */
  reclassify: ReclassifyView | null;
  /** Likely duplicates, each with its one-action merge; null: none found. */
  duplicates: DuplicatesView | null;
  /** The queue view the page was opened from (lib/staff/queue-filters.ts), kept after a post. */
  queue: string;
};

/**
 * What every action form on the request page shares: the one server action, the words, the
 * request, and the state of the last post (its errors and the values typed, so a refused form
 * shows them again).
 */
export type FormKit = {
  formAction: (data: FormData) => void;
  pending: boolean;
  copy: WorkspaceCopy;
  request: WorkspaceRequest;
  /** The message for a field of the form last sent, if it was refused for that field. */
  error: (intent: Intent, field: string) => string | null;
  /** What was typed in a field of the form last sent, else the fallback. */
  value: (intent: Intent, field: string, fallback?: string) => string;
  /** A key that changes with each post, so a refused form's defaults apply again. */
  k: (name: string) => string;
  /** The hidden fields naming the action, the request and the version the page showed. */
  hidden: (intent: Intent) => ReactNode;
  /** The agency's saved responses, in the resident's language, for the close and note forms. */
  canned: { options: CannedOption[]; copy: CannedPickerCopy };
};
