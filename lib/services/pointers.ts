/**
 * What residents search for that the city's 311 service does not handle, and where to go
 * instead. Search shows a matching pointer before (or instead of) services.
 *
 * Numbers, and where they come from (checked when written; check again when editing):
 * - 911: emergencies (fire, crime in progress, someone hurt).
 * - Noise: Baltimore's 311 line began in 1996 as the police non-emergency number, and noise and
 *   other non-emergency police matters phoned in to 311 still go to the Baltimore Police
 *   Department. We found no separate police non-emergency number we could confirm, so the
 *   pointer says "call 311 and ask for the police" and links tel:311.
 * - BGE power outages and downed wires: 1-877-778-2222 (BGE press releases).
 * - BGE gas emergencies, 24 hours: 1-800-685-0123; leave first, call from a safe place (BGE's
 *   natural gas safety notices).
 *
 * Keywords are words residents really type, per locale; titles are searched like service names.
 * The tel: numbers are here; the words are in locales/<locale>/catalogue.json.
 */
import type { LocalizedList, LocalizedText } from '@/db/schema/types';
import { pointerShapes } from '@/db/seed/catalogue-shape';
import { localized, localizedList } from '@/db/seed/catalogue-text';

export type Pointer = {
  id: string;
  /** An emergency: shown with the warning style. */
  urgent: boolean;
  /** The tel: link target. */
  tel: string;
  title: LocalizedText;
  body: LocalizedText;
  /** The link text, number included, so it reads well on its own. */
  call: LocalizedText;
  keywords: LocalizedList;
};

// The words are in locales/<locale>/catalogue.json ("pointers"), beside the services'.
export const pointers: Pointer[] = pointerShapes.map(({ id, urgent, tel }) => ({
  id,
  urgent,
  tel,
  title: localized(`pointer ${id}`, (c) => c.pointers[id]?.title),
  body: localized(`pointer ${id}`, (c) => c.pointers[id]?.body),
  call: localized(`pointer ${id}`, (c) => c.pointers[id]?.call),
  keywords: localizedList(`pointer ${id}`, (c) => c.pointers[id]?.keywords),
}));
