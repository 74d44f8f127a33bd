import type { FormState } from '@/components/form/form-errors';

/** The intake form after a refused post: every answer as typed, and field → message key. */
export type IntakeState = Omit<FormState<Record<string, string>>, 'values'> & {
  values: Record<string, string | string[]>;
};

/** Every string the form needs, translated on the server: no i18n runtime in the browser. */
export type IntakeCopy = {
  pageTitle: string;
  errorPageTitle: string;
  summaryTitle: string;
  errorPrefix: string;
  /** Field → message key → text (an attribute's messages name its question). */
  errors: Record<string, Record<string, string>>;
  /** "{label} (optional)". */
  optionalLabel: string;
  text: Record<
    | 'questionsHeading'
    | 'locationHeading'
    | 'addressLabel'
    | 'addressHint'
    | 'zipLabel'
    | 'zipHint'
    | 'landmarkLabel'
    | 'landmarkHint'
    | 'latLabel'
    | 'latHint'
    | 'longLabel'
    | 'longHint'
    | 'descriptionLabel'
    | 'descriptionHint'
    | 'callerHeading'
    | 'languageLabel'
    | 'languageHint'
    | 'consentLegend'
    | 'consentHint'
    | 'consentYes'
    | 'consentNo'
    | 'contactHint'
    | 'nameLabel'
    | 'emailLabel'
    | 'phoneLabel'
    | 'phoneHint'
    | 'submit',
    string
  >;
  languages: { value: string; label: string }[];
  /** Today in Baltimore (YYYY-MM-DD): the latest day a date question accepts. */
  today: string;
};
