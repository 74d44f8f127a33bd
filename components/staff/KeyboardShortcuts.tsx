'use client';

import { useEffect } from 'react';

/** Where a letter is text (or a select's type-ahead): radios, checkboxes and buttons take none. */
const EDITABLE = [
  'input:not([type="radio"]):not([type="checkbox"]):not([type="submit"]):not([type="button"])',
  'textarea',
  'select',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(', ');
const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, a[href]';

/**
 * Listens for the console's single-key shortcuts (lib/staff/shortcuts.ts) and hands each to the
 * control marked with it: a link or button is pressed, anything else (a form) gets focus on its
 * first field. Keys typed into a field, or with Ctrl/Alt/Meta, are never taken: they are text or
 * the browser's and the screen reader's own commands.
 */
export function KeyboardShortcuts({ keys }: { keys: string[] }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return;
      if (!keys.includes(e.key)) return;
      const target = e.target as Element | null;
      if (target?.closest?.(EDITABLE)) return;
      const el = document.querySelector<HTMLElement>(`[data-shortcut="${CSS.escape(e.key)}"]`);
      if (!el) return;
      e.preventDefault();
      if (el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement) {
        el.click();
        return;
      }
      // A form names the field to start in (data-shortcut-focus), else its first one gets focus;
      // folded filters (<details>) open first, or the field could not take focus.
      const named = el.dataset.shortcutFocus
        ? document.getElementById(el.dataset.shortcutFocus)
        : null;
      const field =
        named ?? (el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE)) ?? el;
      const folded = field.closest('details');
      if (folded) folded.open = true;
      field.focus();
    };
    document.addEventListener('keydown', onKey);
    // Keys pressed before hydration do nothing: tests (and curious people) can see when it is on.
    document.documentElement.dataset.shortcuts = 'on';
    return () => {
      document.removeEventListener('keydown', onKey);
      delete document.documentElement.dataset.shortcuts;
    };
  }, [keys]);
  return null;
}
