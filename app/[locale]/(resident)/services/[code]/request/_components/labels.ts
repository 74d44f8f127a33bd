import { formatLocale } from '@/lib/i18n/format-locale';
import { formatFileSize } from '@/lib/media/format-size';
import { formatCoordinate } from '@/lib/requests/coordinates';
import { fill, type JourneyCopy, type PhotoView } from './journey-types';

/** "Describe the problem (optional)": GOV.UK marks optional questions, not required ones. */
export const optional = (copy: JourneyCopy, label: string) =>
  fill(copy.ui.optionalLabel, { label });

/** "Photo 2 (43 KB)". */
export const photoLabel = (copy: JourneyCopy, photo: PhotoView, index: number) =>
  fill(copy.ui.photoItem, {
    number: String(index + 1),
    size: formatFileSize(photo.bytes, copy.locale, { kb: copy.ui.sizeKb, mb: copy.ui.sizeMb }),
  });

/** "near 39.2904, −76.6122" ("cerca de 39.2904, −76.6122"; a language with a decimal comma separates them with ";"). */
export const nearLabel = (copy: JourneyCopy, lat: string, long: string, template: string) =>
  fill(template, {
    lat: formatCoordinate(Number(lat), copy.locale),
    long: formatCoordinate(Number(long), copy.locale),
  });

/** A date answer (YYYY-MM-DD) as the resident's language writes it; anything else as given. */
export function dateLabel(copy: JourneyCopy, value: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!m) return value;
  return new Intl.DateTimeFormat(formatLocale(copy.locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
}
