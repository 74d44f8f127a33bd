/**
 * The console's single-key shortcuts. Each one presses or focuses a control that is already on
 * the page (the element marked `data-shortcut="<key>"`), so everything a shortcut does can also
 * be done by Tab and Enter, and the list below is the documentation the help page shows.
 * WCAG 2.1.4 (character key shortcuts): they can be turned off, on the help page; the choice is
 * kept in a cookie so the server leaves the listener out entirely when they are off.
 */
export const SHORTCUTS = [
  { key: '/', where: 'queue', does: 'search' },
  { key: 'n', where: 'request', does: 'next' },
  { key: 'p', where: 'request', does: 'previous' },
  { key: 'b', where: 'request', does: 'back' },
  { key: 'a', where: 'request', does: 'acknowledge' },
  { key: 's', where: 'request', does: 'start' },
  { key: 't', where: 'request', does: 'take' },
  { key: 'c', where: 'request', does: 'close' },
  { key: 'w', where: 'request', does: 'note' },
  { key: '?', where: 'everywhere', does: 'help' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['does'];

/** The key that does `action` (the value of a control's `data-shortcut`). */
export const shortcutKey = (action: ShortcutAction) =>
  SHORTCUTS.find((s) => s.does === action)!.key;

export const SHORTCUTS_COOKIE = 'brs_staff_shortcuts';
