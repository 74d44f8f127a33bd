/**
 * Messages a client component completes with values only the browser knows (a photo's number
 * and size, the coordinates a phone gave). The server formats them with next-intl as usual
 * (ICU quoting, plurals of known values), putting a slot where each such value goes; the
 * client puts the value in the slot. No raw ICU message reaches the browser.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';

export const slot = (name: string) => `${OPEN}${name}${CLOSE}`;

/** Values for next-intl that leave a slot for each named argument. */
export const slots = (...names: string[]) => Object.fromEntries(names.map((n) => [n, slot(n)]));

/** Fills a server-formatted message's slots. */
export function fillSlots(message: string, values: Record<string, string>): string {
  return message.replace(/\uE000(\w+)\uE001/g, (m, name: string) => values[name] ?? m);
}
