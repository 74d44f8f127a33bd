import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processPhoto, PHOTO_MAX_BYTES } from './process';
import { sniffImage } from './sniff';
import { heicDeclaring } from '@/test/heic';
import { decodeHeic, stopHeicWorker } from './heic-worker';

/** A small photo carrying a GPS position and a copyright notice in its EXIF block. */
async function photoWithGps(format: 'jpeg' | 'png' | 'webp') {
  return sharp({
    create: { width: 120, height: 80, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    [format]()
    .withExif({
      IFD0: { Copyright: 'resident' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 17/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '76/1 36/1 0/1',
      },
    })
    .toBuffer();
}

describe('sniffImage', () => {
  it('recognises images by content, not by name', async () => {
    expect(sniffImage(await photoWithGps('jpeg'))).toBe('jpeg');
    expect(sniffImage(await photoWithGps('png'))).toBe('png');
    expect(sniffImage(await photoWithGps('webp'))).toBe('webp');
    expect(sniffImage(fs.readFileSync(path.resolve('test/fixtures/sample.heic')))).toBe('heic');
    expect(sniffImage(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffImage(Buffer.from('%PDF-1.7'))).toBeNull();
  });
});

describe('processPhoto', () => {
  for (const format of ['jpeg', 'png', 'webp'] as const) {
    it(`re-encodes ${format} as JPEG without its metadata`, async () => {
      const input = await photoWithGps(format);
      expect((await sharp(input).metadata()).exif).toBeDefined();
      const out = await processPhoto(input);
      if (typeof out === 'string') throw new Error(out);
      const meta = await sharp(out.bytes).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(out.bytes.includes(Buffer.from('resident'))).toBe(false);
      expect([out.width, out.height]).toEqual([120, 80]);
    });
  }
  it('decodes HEIC (iPhone photos)', async () => {
    const out = await processPhoto(fs.readFileSync(path.resolve('test/fixtures/sample.heic')));
    if (typeof out === 'string') throw new Error(out);
    expect((await sharp(out.bytes).metadata()).format).toBe('jpeg');
    expect(out.width).toBeGreaterThan(0);
  });
  it('refuses what is not an image, a broken image, or one too large', async () => {
    expect(await processPhoto(Buffer.from('GIF89a not supported'))).toBe('photo.type');
    const jpeg = await photoWithGps('jpeg');
    expect(await processPhoto(jpeg.subarray(0, 40))).toBe('photo.invalid');
    expect(await processPhoto(Buffer.alloc(PHOTO_MAX_BYTES + 1))).toBe('photo.tooLarge');
  });
  it('refuses a HEIC whose header declares too many pixels, before decoding it', async () => {
    // 100,000 × 100,000: 40 GB of pixels, declared by a file of under 1 KB. Decoding it
    // would exhaust memory; an answer at all shows the header was read first.
    expect(await processPhoto(heicDeclaring(100_000, 100_000))).toBe('photo.dimensions');
    // 8,000 × 8,000 (64 MP) is over the limit too; a header that declares nothing is unreadable.
    expect(await processPhoto(heicDeclaring(8000, 8000))).toBe('photo.dimensions');
    expect(await processPhoto(heicDeclaring(0, 0))).toBe('photo.invalid');
  });
  it('refuses other formats declaring too many pixels from their header too', async () => {
    const png = await sharp({
      create: { width: 8000, height: 8000, channels: 3, background: '#000' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(await processPhoto(png)).toBe('photo.dimensions');
  });
});

describe('decodeHeic', () => {
  it('decodes in a worker thread: the main thread keeps running meanwhile', async () => {
    // A fresh worker has to start and load the decoder before it can answer, so the main
    // thread's event loop must turn meanwhile. (A warm worker can answer a 96×64 photo
    // before a 1 ms timer fires, which once made this test fail on a fast machine.)
    stopHeicWorker();
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const out = await decodeHeic(fs.readFileSync(path.resolve('test/fixtures/sample.heic')));
    running = false;
    expect(out && [out.width, out.height]).toEqual([96, 64]);
    expect(ticks).toBeGreaterThan(0);
  });
  it('gives up on a decode that takes too long, and the next one works', async () => {
    const bytes = fs.readFileSync(path.resolve('test/fixtures/sample.heic'));
    stopHeicWorker(); // a fresh worker needs ~0.3 s to load the decoder: far over 1 ms
    expect(await decodeHeic(bytes, 1)).toBeNull();
    expect((await decodeHeic(bytes))?.width).toBe(96);
  });
});
