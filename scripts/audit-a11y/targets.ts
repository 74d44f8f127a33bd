import { AFTER_CLOSE_TARGETS, RESIDENT_TARGETS } from './resident-targets';
import { STAFF_TARGETS } from './staff-targets';
import type { Target } from './target-kit';

export { missing, type Shared, type Target } from './target-kit';

/** Every page state the audit knows, in the order they are listed (`--list-pages`). */
export const TARGETS: Target[] = [...RESIDENT_TARGETS, ...STAFF_TARGETS, ...AFTER_CLOSE_TARGETS];
