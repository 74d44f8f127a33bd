/**
 * How a text message travels: GSM-7 (160 characters, or 153 per part when split) when every
 * character is in the GSM 03.38 alphabet, otherwise UCS-2 (70, or 67 per part). Spanish letters
 * such as á, í, ó, ú are not in GSM-7, so most Spanish messages go as UCS-2.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters that take two septets (an escape and the character). */
const GSM_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

/**
 * Longest message we send: five parts (phones join them into one; providers bill per part and
 * accept up to ten). Enough for a Spanish closure with its survey and stop links.
 */
export const MAX_SMS_PARTS = 5;

export type SmsLength = { encoding: 'GSM-7' | 'UCS-2'; units: number; parts: number };

export function smsLength(text: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extended.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm)
    return {
      encoding: 'GSM-7',
      units: septets,
      parts: septets <= 160 ? 1 : Math.ceil(septets / 153),
    };
  // UCS-2 counts UTF-16 code units (an emoji is two).
  const units = text.length;
  return { encoding: 'UCS-2', units, parts: units <= 70 ? 1 : Math.ceil(units / 67) };
}

export function fitsSms(text: string, maxParts = MAX_SMS_PARTS): boolean {
  return smsLength(text).parts <= maxParts;
}

/**
 * Builds a message from fixed parts and one free text (what staff wrote), shortening the free
 * text with "..." until the whole fits in `maxParts`. The fixed parts (tracking number, links)
 * are never cut: the link leads to the full text.
 */
export function fitSms(
  build: (freeText: string) => string,
  freeText: string,
  maxParts = MAX_SMS_PARTS,
): string {
  const whole = build(freeText);
  if (fitsSms(whole, maxParts) || !freeText) return whole;
  let lo = 0;
  let hi = freeText.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fitsSms(build(`${freeText.slice(0, mid).trimEnd()}...`), maxParts)) lo = mid;
    else hi = mid - 1;
  }
  return build(lo ? `${freeText.slice(0, lo).trimEnd()}...` : '');
}
