/** A public timeline entry, oldest first, as the tracking page reads it. */
type TimelineEntry = { id: number; toStatus: string | null; body: string | null };

/**
 * What a closed request says to the resident: the message staff wrote when they closed it (the
 * latest closure: a message from before a reopen speaks of work since undone), and the latest
 * public note written after that, if any. The closing message is the answer to "what was done",
 * so a later note must not push it out of view.
 */
export function closingMessages(events: readonly TimelineEntry[]): {
  closingMessage: string | null;
  laterNote: string | null;
} {
  const closing = events.findLastIndex((e) => e.toStatus !== null);
  if (closing < 0 || events[closing].toStatus !== 'closed')
    return { closingMessage: null, laterNote: null };
  const later = events.slice(closing + 1).findLast((e) => e.body);
  return { closingMessage: events[closing].body || null, laterNote: later?.body ?? null };
}
