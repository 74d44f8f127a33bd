/** What the "move to another service" form shows (prepared on the server: reclassify-view.ts). */
export type ReclassifyView = {
  groups: { label: string; options: { value: string; label: string }[] }[];
  copy: {
    heading: string;
    lead: string;
    serviceLabel: string;
    serviceHint: string;
    choose: string;
    reasonLabel: string;
    reasonHint: string;
  };
};

/** One likely duplicate, in words, with what its one-action merge posts. */
export type SuggestionView = {
  trackingNumber: string;
  href: string;
  status: string;
  statusLabel: string;
  address: string;
  sentAt: string;
  sent: string;
  distance: string;
  /** The merge it offers: which request is closed (at its version) and which one it joins. */
  merge: { trackingNumber: string; version: number; parent: string; label: string } | null;
};

export type DuplicatesView = {
  items: SuggestionView[];
  copy: {
    heading: string;
    lead: string;
    labels: { status: string; place: string; sent: string; distance: string };
  };
};
