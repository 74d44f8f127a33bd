import { contactLanguages } from '@/lib/requests/fields';
import { localeNames } from '@/lib/i18n/config';
import { TextField } from '@/components/form/TextField';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { SelectField } from '@/components/form/SelectField';
import type { FormValues, JourneyCopy } from './journey-types';
import { optional } from './labels';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** "Your contact details": every question optional, and marked so. */
export function ContactFields({
  copy,
  values: v,
  messageFor,
}: {
  copy: JourneyCopy;
  values: FormValues;
  messageFor: (field: string) => string | null;
}) {
  const { ui } = copy;
  const common = { errorPrefix: ui.errorPrefix };
  return (
    <>
      <h2>{ui.contactHeading}</h2>
      <p className="muted">{ui.contactHint}</p>
      <TextField
        name="contactName"
        label={optional(copy, ui.nameLabel)}
        error={messageFor('contactName')}
        defaultValue={str(v.contactName)}
        inputProps={{ autoComplete: 'name' }}
        {...common}
      />
      <TextField
        name="contactEmail"
        label={optional(copy, ui.emailLabel)}
        error={messageFor('contactEmail')}
        defaultValue={str(v.contactEmail)}
        inputProps={{ type: 'email', autoComplete: 'email', spellCheck: false }}
        {...common}
      />
      <TextField
        name="contactPhone"
        label={optional(copy, ui.phoneLabel)}
        hint={ui.phoneHint}
        error={messageFor('contactPhone')}
        defaultValue={str(v.contactPhone)}
        inputProps={{ type: 'tel', autoComplete: 'tel' }}
        {...common}
      />
      {/* Always has an answer (the page's language), so it is not marked optional. */}
      <SelectField
        name="contactLanguage"
        label={ui.languageLabel}
        error={messageFor('contactLanguage')}
        defaultValue={str(v.contactLanguage)}
        options={contactLanguages.map((l) => ({
          value: l,
          label: l === 'other' ? ui.languageOther : localeNames[l],
        }))}
        {...common}
      />
      <ChoiceGroup
        name="consent"
        type="checkbox"
        legend={optional(copy, ui.checkUpdates)}
        error={messageFor('consent')}
        options={[{ value: 'yes', label: ui.consentLabel }]}
        defaultValue={v.consent === 'yes' ? 'yes' : undefined}
        {...common}
      />
    </>
  );
}
