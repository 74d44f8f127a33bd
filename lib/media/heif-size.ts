/**
 * The size of a HEIC/HEIF photo's primary image, read from its container header (ISO BMFF:
 * `meta` → `pitm` names the primary item, `iprp` → `ipma` lists that item's properties, which
 * point into `ipco`, where its `ispe` box holds width and height) without decoding anything.
 *
 * Why: decoding is what costs — a 42 KB file can declare an image of billions of pixels, and
 * the decoder allocates and works for it before any check after the fact. This reader only
 * walks box headers, bounded by the buffer and a fixed number of boxes, so a crafted file
 * costs microseconds. It never throws: anything it cannot follow is null (an unreadable photo).
 */
export type ImageSize = { width: number; height: number };

type Box = { type: string; start: number; end: number; body: number };

/** Boxes read in total: real photos have a few dozen; a crafted file cannot make this loop long. */
const MAX_BOXES = 4096;

function* boxes(buf: Uint8Array, start: number, end: number, budget: { left: number }) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = start;
  while (at + 8 <= end && budget.left-- > 0) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(buf[at + 4], buf[at + 5], buf[at + 6], buf[at + 7]);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return;
      const big = view.getBigUint64(at + 8);
      if (big > BigInt(end - at)) return;
      size = Number(big);
      header = 16;
    } else if (size === 0) {
      size = end - at; // to the end of the enclosing box
    }
    if (size < header || at + size > end) return;
    yield { type, start: at, end: at + size, body: at + header } satisfies Box;
    at += size;
  }
}

const find = (
  buf: Uint8Array,
  parent: Box,
  type: string,
  skip: number,
  budget: { left: number },
) => {
  for (const b of boxes(buf, parent.body + skip, parent.end, budget)) if (b.type === type) return b;
  return null;
};

export function heifImageSize(input: Uint8Array): ImageSize | null {
  const budget = { left: MAX_BOXES };
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const file: Box = { type: 'file', start: 0, end: input.length, body: 0 };
  const meta = find(input, file, 'meta', 0, budget);
  if (!meta) return null;
  // meta, pitm, ipma and ispe are "full boxes": 1 byte version and 3 bytes flags first.
  const pitm = find(input, meta, 'pitm', 4, budget);
  const iprp = find(input, meta, 'iprp', 4, budget);
  if (!pitm || !iprp) return null;
  const ipco = find(input, iprp, 'ipco', 0, budget);
  const ipma = find(input, iprp, 'ipma', 0, budget);
  if (!ipco || !ipma) return null;

  const need = (box: Box, at: number, n: number) => at + n <= box.end;
  if (!need(pitm, pitm.body, 6)) return null;
  const primary =
    input[pitm.body] === 0
      ? view.getUint16(pitm.body + 4)
      : need(pitm, pitm.body, 8)
        ? view.getUint32(pitm.body + 4)
        : null;
  if (primary === null) return null;

  // ipma: entry count, then per item its id and a list of 1-based property indices.
  if (!need(ipma, ipma.body, 8)) return null;
  const version = input[ipma.body];
  const wideIndex = (input[ipma.body + 3] & 1) === 1;
  const count = view.getUint32(ipma.body + 4);
  let at = ipma.body + 8;
  let indices: number[] | null = null;
  for (let i = 0; i < count && indices === null; i++) {
    const idBytes = version < 1 ? 2 : 4;
    if (!need(ipma, at, idBytes + 1)) return null;
    const item = idBytes === 2 ? view.getUint16(at) : view.getUint32(at);
    const n = input[at + idBytes];
    at += idBytes + 1;
    const size = wideIndex ? 2 : 1;
    if (!need(ipma, at, n * size)) return null;
    if (item === primary) {
      indices = [];
      for (let k = 0; k < n; k++) {
        const v = wideIndex ? view.getUint16(at + k * 2) & 0x7fff : input[at + k] & 0x7f;
        indices.push(v);
      }
    }
    at += n * size;
  }
  if (!indices) return null;

  const properties = [...boxes(input, ipco.body, ipco.end, budget)];
  for (const index of indices) {
    const p = properties[index - 1];
    if (p?.type !== 'ispe' || !need(p, p.body, 12)) continue;
    const width = view.getUint32(p.body + 4);
    const height = view.getUint32(p.body + 8);
    return width > 0 && height > 0 ? { width, height } : null;
  }
  return null;
}
