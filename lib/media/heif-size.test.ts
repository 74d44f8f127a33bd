import { describe, expect, it } from 'vitest';
import { heicDeclaring as declaring, sampleHeic as sample } from '@/test/heic';
import { heifImageSize } from './heif-size';

const box = (type: string, body: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};
const full = (type: string, version: number, flags: number, body: Buffer) =>
  box(type, Buffer.concat([Buffer.from([version, 0, 0, flags]), body]));
const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** A header-only HEIF: item 2 is primary; item 1 has another size, to prove which one is read. */
function built(primary = 2) {
  const ispe = (w: number, h: number) => full('ispe', 0, 0, Buffer.concat([u32(w), u32(h)]));
  const ipco = box(
    'ipco',
    Buffer.concat([box('hvcC', Buffer.alloc(4)), ispe(10, 20), ispe(4032, 3024)]),
  );
  const ipma = full(
    'ipma',
    0,
    0,
    Buffer.concat([u32(2), u16(1), Buffer.from([2, 0x81, 2]), u16(2), Buffer.from([2, 0x81, 3])]),
  );
  const meta = full(
    'meta',
    0,
    0,
    Buffer.concat([full('pitm', 0, 0, u16(primary)), box('iprp', Buffer.concat([ipco, ipma]))]),
  );
  return Buffer.concat([box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')), meta]);
}

describe('heifImageSize', () => {
  it('reads the primary image size from the header, as the decoder reports it', () => {
    expect(heifImageSize(sample())).toEqual({ width: 96, height: 64 });
    expect(heifImageSize(built())).toEqual({ width: 4032, height: 3024 });
    expect(heifImageSize(built(1))).toEqual({ width: 10, height: 20 });
  });

  it('reports what a crafted header declares, without decoding', () => {
    // It only walks boxes: 40 GB of declared pixels are reported, never allocated.
    expect(heifImageSize(declaring(100_000, 100_000))).toEqual({ width: 100_000, height: 100_000 });
  });

  it('is null for anything it cannot follow, and never throws', () => {
    expect(heifImageSize(built(3))).toBeNull(); // the primary item has no properties
    expect(heifImageSize(declaring(0, 64))).toBeNull();
    expect(heifImageSize(Buffer.alloc(0))).toBeNull();
    expect(heifImageSize(Buffer.from('not a heif file at all'))).toBeNull();
    const whole = sample();
    for (let n = 0; n < whole.length; n++)
      expect(() => heifImageSize(whole.subarray(0, n))).not.toThrow();
    // Box sizes that lie (larger than the file, smaller than a header, 64-bit) stop the walk.
    for (const size of [0, 1, 7, 0xffffffff]) {
      const b = built();
      b.writeUInt32BE(size, b.indexOf('meta') - 4);
      expect(() => heifImageSize(b)).not.toThrow();
    }
  });

  it('stays bounded on random and corrupted input', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 2000; i++) {
      const b = built();
      for (let k = 0; k < 4; k++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      expect(() => heifImageSize(b)).not.toThrow();
    }
  });
});
