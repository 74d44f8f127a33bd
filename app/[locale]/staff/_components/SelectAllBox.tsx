'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * With JavaScript, a checkbox in the table's header that ticks or clears every row's box.
 * Without it there is nothing here: the "Select all on this page" link does the same by
 * reloading the page with every box ticked (a box that does nothing would mislead).
 */
export function SelectAllBox({ label, checked }: { label: string; checked: boolean }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <>
      <input
        type="checkbox"
        id="pick-all"
        className="form-check-input"
        defaultChecked={checked}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          e.currentTarget.form
            ?.querySelectorAll<HTMLInputElement>('input[name="picks"]')
            .forEach((box) => (box.checked = on));
        }}
      />
      <label htmlFor="pick-all" className="visually-hidden">
        {label}
      </label>
    </>
  );
}
