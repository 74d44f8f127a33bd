'use client';

import { useRef, type ChangeEvent } from 'react';
import { FormSelect } from '@govtechsg/sgds-react/Form';
import { fieldA11y } from '@/components/form/field-a11y';
import { localeDir } from '@/lib/i18n/config';
import { FieldMessages } from '@/components/form/FieldMessages';

/** One saved response as the picker offers it: its text already in the resident's language. */
export type CannedOption = { id: number; title: string; text: string; lang: string };
export type CannedPickerCopy = { label: string; hint: string; none: string };

/**
 * "Use a saved response" on a form that sends a resident a message (closing a request, a public
 * note). Without JavaScript the form posts the `canned` id and the server sends the response's
 * text in the resident's language when the message box is left empty (lib/staff/canned.ts
 * `resolveCannedBody`). With JavaScript, choosing one also puts its text in the message box
 * (`targetId`) so it can be changed first. `id` tells two pickers on one page apart.
 */
export function CannedResponsePicker({
  id,
  targetId,
  options,
  copy,
  defaultValue = '',
  error,
  errorPrefix,
}: {
  id: string;
  targetId: string;
  options: CannedOption[];
  copy: CannedPickerCopy;
  defaultValue?: string;
  error?: string | null;
  errorPrefix: string;
}) {
  // The text this picker last put in the box: replaced by the next choice while it is unchanged.
  const filled = useRef('');
  if (!options.length && !error) return null;
  const a = fieldA11y(id, { hint: copy.hint, error });

  const onChange = (e: ChangeEvent<HTMLSelectElement>) => {
    const box = document.getElementById(targetId);
    if (!(box instanceof HTMLTextAreaElement)) return;
    const choice = options.find((o) => String(o.id) === e.target.value);
    const current = box.value.trim();
    const untouched = current === '' || current === filled.current.trim();
    const next = choice?.text ?? '';
    // Text the agent typed is never thrown away: the saved text goes after it instead.
    box.value = untouched ? next : next ? `${box.value.trimEnd()}\n\n${next}` : box.value;
    filled.current = untouched ? next : '';
    // The message is in the resident's language and direction, whatever the console's (WCAG
    // 3.1.2): an Arabic text reads right to left in an English console.
    if (untouched && choice) {
      box.lang = choice.lang;
      box.dir = localeDir(choice.lang);
    } else if (untouched) {
      box.removeAttribute('lang');
      box.removeAttribute('dir');
    }
  };

  return (
    <div className={a.groupClass}>
      <label htmlFor={a.id} className="form-label">
        {copy.label}
      </label>
      <FieldMessages
        hint={copy.hint}
        hintId={a.hintId}
        error={error}
        errorId={a.errorId}
        errorPrefix={errorPrefix}
      />
      <FormSelect
        id={a.id}
        name="canned"
        defaultValue={defaultValue}
        aria-describedby={a.describedBy}
        aria-invalid={a.invalid}
        onChange={onChange}
      >
        <option value="">{copy.none}</option>
        {options.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.title}
          </option>
        ))}
      </FormSelect>
    </div>
  );
}
