import type { AttributeView } from '@/lib/services/types';

export type FormValues = Record<string, string | string[]>;

/** A photo uploaded with this form and kept (unattached) until the request is sent. */
export type PhotoView = { id: string; bytes: number };

/** An open request of the same service near the resident's place ("Already reported?"). */
export type NearbyView = {
  trackingNumber: string;
  /** Status, date and place, already in the resident's language. */
  status: string;
  reported: string;
  place: string;
};

/** What the server action hands back to the page after each step. */
export type JourneyState = {
  step: 'form' | 'nearby' | 'check';
  values: FormValues;
  /** Field → Validation message key. */
  errors: Record<string, string>;
  photos: PhotoView[];
  /** On the "nearby" step: the open requests the resident may be about to report again. */
  nearby?: NearbyView[];
  /** Field to focus after "Change" on the check page. */
  focus?: string;
  /** Changes on every answer from the server, so effects (focus) run again. */
  seq: number;
};

/** Every string the client needs, translated on the server: no i18n runtime in the browser. */
export type JourneyCopy = {
  ui: Record<string, string>;
  /** Field → message key → text (attribute messages already name their question). */
  errors: Record<string, Record<string, string>>;
  /** Field → its label, for the check page and "Change" buttons. */
  labels: Record<string, string>;
  /** For numbers, sizes and dates (Intl, which browsers have without an i18n runtime). */
  locale: string;
  /** Today in Baltimore (YYYY-MM-DD): the latest day a date question accepts. */
  today: string;
};

/** Page titles per step (GOV.UK prefixes "Error:" while errors show). */
export type JourneyTitles = {
  form: string;
  error: string;
  nearby: string;
  check: string;
  /** The check page when sending failed (the database was unreachable). */
  checkError: string;
};

export type JourneyService = { code: string; name: string; attributes: AttributeView[] };

/** What every step of the journey receives from RequestJourney. */
export type StepProps = {
  state: JourneyState;
  service: JourneyService;
  copy: JourneyCopy;
  formAction: (data: FormData) => void;
  pending: boolean;
};

/** Fills the slots the server left in a formatted message (lib/i18n/slots.ts). */
export { fillSlots as fill } from '@/lib/i18n/slots';
