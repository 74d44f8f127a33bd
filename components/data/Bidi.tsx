import type { ReactNode } from 'react';

/**
 * Text that keeps its own direction inside a sentence of another script: on an Arabic page,
 * "1500 W North Ave", "BAL-26-004821", an e-mail address or "+1 (410) 555-0100" would
 * otherwise be reordered by the page's right-to-left direction (spaces, hyphens and brackets
 * take the direction around them). `<bdi>` isolates it: with no `dir`, its direction comes from
 * its own first letter (an address typed in Arabic stays right to left); `ltr` for what is
 * always Latin script or digits (tracking numbers, service codes, e-mail, phone numbers, URLs),
 * where a first letter may be missing ("410 555 0100") or say nothing.
 */
export function Bidi({ children, ltr = false }: { children: ReactNode; ltr?: boolean }) {
  return ltr ? <bdi dir="ltr">{children}</bdi> : <bdi>{children}</bdi>;
}

/** Lines (an address and its ZIP code, a name and an e-mail) each isolated, one per line. */
export function BidiLines({ lines }: { lines: { text: string; ltr?: boolean }[] }) {
  return lines.map((l, i) => (
    <span key={i}>
      {i > 0 ? <br /> : null}
      <Bidi ltr={l.ltr}>{l.text}</Bidi>
    </span>
  ));
}
