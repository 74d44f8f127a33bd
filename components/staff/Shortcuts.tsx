import { cookies } from 'next/headers';
import { SHORTCUTS, SHORTCUTS_COOKIE } from '@/lib/staff/shortcuts';
import { KeyboardShortcuts } from './KeyboardShortcuts';

/** Whether this member left single-key shortcuts on (the default) on the help page. */
export async function shortcutsOn() {
  return (await cookies()).get(SHORTCUTS_COOKIE)?.value !== 'off';
}

/** The shortcut listener for a page of the console, unless shortcuts are turned off. */
export async function Shortcuts({ where }: { where: 'queue' | 'request' }) {
  if (!(await shortcutsOn())) return null;
  const keys = SHORTCUTS.filter((s) => s.where === where || s.where === 'everywhere').map(
    (s) => s.key,
  );
  return <KeyboardShortcuts keys={keys} />;
}
