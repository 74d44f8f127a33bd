import { formatLocale } from '@/lib/i18n/format-locale';
import { fillSlots } from '@/lib/i18n/slots';

/**
 * A file size as a resident reads it, in their language's number format: whole kilobytes
 * below 1 MB ("43 KB"), megabytes with one decimal above ("1.2 MB"; "1,2 MB" in French), by lib/i18n/format-locale.ts.
 * Units are binary (1 KB = 1,024 bytes), as phones and file pickers show them. Pure and
 * Intl-only, so the server's HTML and the browser's render agree. `units` are the messages as
 * the server formatted them, with a slot for the size (lib/i18n/slots.ts).
 */
export function formatFileSize(
  bytes: number,
  locale: string,
  units: { kb: string; mb: string },
): string {
  const kb = bytes / 1024;
  if (Math.round(kb) < 1024) {
    const n = new Intl.NumberFormat(formatLocale(locale)).format(Math.max(1, Math.round(kb)));
    return fillSlots(units.kb, { size: n });
  }
  const n = new Intl.NumberFormat(formatLocale(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(kb / 1024);
  return fillSlots(units.mb, { size: n });
}
