import { getTranslations } from 'next-intl/server';
import { CLOSE_FORM_REASONS } from '@/lib/staff/schema';
import type { BulkField } from '@/lib/staff/bulk-form';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';

/**
 * The bulk form's controls (its checkboxes are in the table rows): acknowledge, assign
 * (supervisors), close with a reason, add a note. Folded into a <details> so the rows start
 * high on the screen; open after an error so its field can take focus.
 */
export async function BulkControls({
  locale,
  assignees,
  error,
}: {
  locale: string;
  assignees: { id: number; name: string }[] | null;
  error: { field: BulkField; message: string } | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tq = await getTranslations({ locale, namespace: 'Queue' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const errorOf = (field: BulkField) => (error?.field === field ? error.message : null);
  const common = { errorPrefix: tf('errorPrefix') };
  return (
    <details className="bulk-actions" open={error ? true : undefined}>
      <summary id="bulk-heading">{tq('bulkSummary')}</summary>
      <div className="bulk-actions__grid">
        <fieldset>
          <legend className="fieldset-legend">{t('bulkLegend')}</legend>
          <button type="submit" name="intent" value="acknowledge" className="btn btn-primary">
            {t('bulkAcknowledge')}
          </button>
          {assignees ? (
            <>
              <SelectField
                name="assignee"
                label={t('bulkAssignee')}
                error={errorOf('assignee')}
                options={[
                  { value: '', label: t('unassigned') },
                  ...assignees.map((a) => ({ value: String(a.id), label: a.name })),
                ]}
                {...common}
              />
              <button
                type="submit"
                name="intent"
                value="assign"
                className="btn btn-outline-primary"
              >
                {t('bulkAssign')}
              </button>
            </>
          ) : null}
        </fieldset>
        <fieldset>
          <legend className="fieldset-legend">{tq('bulkClose')}</legend>
          <SelectField
            name="reason"
            label={tq('closeReason')}
            error={errorOf('reason')}
            options={[
              { value: '', label: tq('chooseReason') },
              ...CLOSE_FORM_REASONS.map((r) => ({ value: r, label: ts(`reason.${r}`) })),
            ]}
            {...common}
          />
          <TextField
            name="referredTo"
            label={tq('referredTo')}
            error={errorOf('referredTo')}
            {...common}
          />
          <TextField
            name="publicNote"
            label={tq('publicNote')}
            error={errorOf('publicNote')}
            multiline
            {...common}
          />
          <button type="submit" name="intent" value="close" className="btn btn-outline-primary">
            {tq('bulkClose')}
          </button>
        </fieldset>
        <fieldset>
          <legend className="fieldset-legend">{tq('bulkAddNote')}</legend>
          <TextField
            name="noteBody"
            label={tq('noteBody')}
            error={errorOf('noteBody')}
            multiline
            {...common}
          />
          <SelectField
            name="visibility"
            label={tq('noteVisibility')}
            error={errorOf('visibility')}
            options={[
              { value: 'internal', label: tq('visibilityInternal') },
              { value: 'public', label: tq('visibilityPublic') },
            ]}
            {...common}
          />
          <button type="submit" name="intent" value="note" className="btn btn-outline-primary">
            {tq('bulkAddNote')}
          </button>
        </fieldset>
      </div>
    </details>
  );
}
