'use client';

import { useEffect } from 'react';
import { Button } from '@/components/form/Button';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { attrField } from '@/lib/requests/fields';
import { localeNames } from '@/lib/i18n/config';
import { formatList } from '@/lib/i18n/format-locale';
import type { StepProps } from './journey-types';
import { clearDraft, saveDraft } from './draft';
import { HiddenAnswers } from './HiddenAnswers';
import { BidiLines } from '@/components/data/Bidi';
import { dateLabel, nearLabel, photoLabel } from './labels';

type Props = StepProps & { title: string };
/** Each line of an answer is isolated (components/data/Bidi.tsx); `ltr` for e-mail and phone. */
type Line = { text: string; ltr?: boolean };
type Row = { field: string; label: string; value: Line[] };
const lines = (...texts: string[]): Line[] =>
  texts
    .filter(Boolean)
    .flatMap((t) => t.split('\n'))
    .map((text) => ({ text }));

/**
 * GOV.UK "check your answers". The answers travel as hidden fields and are validated again
 * on submit; "Change" buttons post them back to the form with the field to focus.
 */
export function CheckAnswers({ state, service, copy, formAction, pending, title }: Props) {
  const { ui, labels } = copy;
  const v = state.values;
  const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  // The photos are uploaded now: keep them with the answers, for a language switch here.
  useEffect(() => {
    saveDraft(service.code, { values: v, photos: state.photos, locale: copy.locale });
  }, [service.code, v, state.photos, copy.locale]);

  const rows: Row[] = [];
  for (const a of service.attributes) {
    const raw = v[attrField(a.code)];
    const keys = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const shown = formatList(
      copy.locale,
      a.values.length > 0
        ? keys.map((k) => a.values.find((o) => o.key === k)?.label ?? k)
        : a.datatype === 'datetime'
          ? keys.map((k) => dateLabel(copy, k))
          : keys,
    );
    rows.push({ field: attrField(a.code), label: a.label, value: lines(shown) });
  }
  const located = Boolean(text('lat') && text('long'));
  rows.push({
    field: 'address',
    // With a position below it, this row is only the (optional) street address.
    label: located ? ui.addressLabel : ui.checkLocation,
    value: lines(text('address'), text('zip')),
  });
  if (located) {
    rows.push({
      field: 'lat',
      label: ui.checkCoordinates,
      value: lines(nearLabel(copy, text('lat'), text('long'), ui.nearCoordinates)),
    });
    rows.push({
      field: 'locationNote',
      label: ui.checkLandmark,
      value: lines(text('locationNote')),
    });
  }
  rows.push({
    field: 'description',
    label: ui.checkDescription,
    value: lines(text('description')),
  });
  rows.push({
    field: 'photo',
    label: ui.checkPhoto,
    value: lines(...state.photos.map((p, i) => photoLabel(copy, p, i))),
  });
  const contact: Line[] = [
    ...lines(text('contactName')),
    ...lines(text('contactEmail')).map((l) => ({ ...l, ltr: true })),
    ...lines(text('contactPhone')).map((l) => ({ ...l, ltr: true })),
  ];
  rows.push({ field: 'contactName', label: ui.checkContact, value: contact });
  if (contact.length > 0) {
    const lang = text('contactLanguage');
    const langName =
      lang === 'other' ? ui.languageOther : ((localeNames as Record<string, string>)[lang] ?? lang);
    rows.push({
      field: 'consent',
      label: ui.checkUpdates,
      value: lines(`${text('consent') === 'yes' ? ui.yes : ui.no} (${langName})`),
    });
  }

  return (
    <>
      <title>{title}</title>
      {/* Sending failed (the database was unreachable): the answers are all still here. */}
      <ErrorSummary
        title={ui.errorSummaryTitle}
        errors={Object.entries(state.errors).map(([field, key]) => ({
          field,
          href: '#main-content',
          message: copy.errors[field]?.[key] ?? key,
        }))}
        focusKey={state.seq}
      />
      <h1>{ui.checkTitle}</h1>
      <form
        action={formAction}
        onSubmit={(e) => {
          // Sent: nothing to carry over to another language any more.
          const submitter = (e.nativeEvent as SubmitEvent).submitter;
          if (submitter?.getAttribute('value') === 'submit') clearDraft(service.code);
        }}
      >
        <HiddenAnswers state={state} />
        <dl className="summary-list">
          <div>
            <dt>{ui.checkService}</dt>
            <dd>{service.name}</dd>
            <dd className="summary-list__action" />
          </div>
          {rows.map((r) => (
            <div key={r.field}>
              <dt>{r.label}</dt>
              <dd>
                {r.value.length > 0 ? (
                  <BidiLines lines={r.value} />
                ) : (
                  <span className="muted">{ui.notGiven}</span>
                )}
              </dd>
              <dd className="summary-list__action">
                <button
                  type="submit"
                  name="intent"
                  value={`change:${r.field}`}
                  className="btn btn-link"
                >
                  {ui.change}
                  <span className="visually-hidden"> {labels[r.field] ?? r.label}</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
        <p>{ui.declaration}</p>
        <div className="button-group">
          <Button type="submit" name="intent" value="submit" variant="primary" disabled={pending}>
            {pending ? ui.submitting : ui.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
