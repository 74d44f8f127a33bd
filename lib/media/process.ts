import 'server-only';
import sharp from 'sharp';
import { sniffImage } from './sniff';
import { PHOTO_MAX_BYTES } from './limits';

export { PHOTO_MAX_BYTES };

/** Long edge after re-encoding: enough for staff to see the problem, small on phone data. */
const MAX_EDGE = 2048;

export type ProcessedPhoto = {
  bytes: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
};
export type PhotoError = 'photo.tooLarge' | 'photo.type' | 'photo.invalid';

/**
 * Sniffs the content, then decodes and re-encodes as JPEG. Re-encoding drops every metadata
 * block (EXIF with GPS position, camera serial, XMP, comments) and any payload hidden after the
 * image data; the EXIF orientation is applied to the pixels first so the photo stays upright.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto | PhotoError> {
  if (input.length > PHOTO_MAX_BYTES) return 'photo.tooLarge';
  const kind = sniffImage(input.subarray(0, 16));
  if (!kind) return 'photo.type';
  try {
    const { data, info } = await (
      await decoder(input, kind)
    )
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    return 'photo.invalid';
  }
}

const MAX_PIXELS = 60_000_000;

/**
 * sharp's prebuilt libvips reads JPEG, PNG and WebP but not HEVC-coded HEIC (patents): iPhone
 * photos are decoded with libheif compiled to WebAssembly (heic-decode) instead.
 */
async function decoder(input: Buffer, kind: string) {
  if (kind !== 'heic') return sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
  const { default: decode } = await import('heic-decode');
  const { width, height, data } = await decode({ buffer: input });
  if (width * height > MAX_PIXELS) throw new Error('too many pixels');
  return sharp(Buffer.from(data), { raw: { width, height, channels: 4 } });
}
