import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { formPhotos } from './form-photos';
import { photoUploadAllowed, UPLOADS_PER_ADDRESS, UPLOADS_SHARED } from './upload-limit';
import { heicDeclaring } from '@/test/heic';

const jpeg = async () =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c84' } })
          .jpeg()
          .toBuffer(),
      ),
    ],
    'p.jpg',
  );

describe('photo uploads', () => {
  it('are limited per client address; other addresses and posts without photos are not', async () => {
    for (let i = 0; i < UPLOADS_PER_ADDRESS; i++) {
      expect(await photoUploadAllowed('203.0.113.7')).toBe(true);
    }
    expect(await photoUploadAllowed('203.0.113.7')).toBe(false);
    expect(await photoUploadAllowed('203.0.113.8')).toBe(true);

    // The form: the photo is refused with the message, nothing is stored, answers go on.
    const refused = await formPhotos([], [await jpeg()], '203.0.113.7');
    expect(refused).toEqual({ photos: [], error: 'photo.rateLimited' });
    expect(await formPhotos([], [], '203.0.113.7')).toEqual({ photos: [], error: null });
    const fine = await formPhotos([], [await jpeg()], '198.51.100.1');
    expect(fine.error).toBeNull();
    expect(fine.photos).toHaveLength(1);
  });

  it('share one higher limit when the address is unknown (no trusted proxy)', async () => {
    for (let i = 0; i < UPLOADS_SHARED; i++) expect(await photoUploadAllowed(null)).toBe(true);
    expect(await photoUploadAllowed(null)).toBe(false);
    expect(await photoUploadAllowed('192.0.2.1')).toBe(true);
  });

  it('refuse a HEIC declaring huge dimensions with its own message, storing nothing', async () => {
    const crafted = new File([new Uint8Array(heicDeclaring(100_000, 100_000))], 'crafted.heic');
    expect(await formPhotos([], [crafted], '192.0.2.50')).toEqual({
      photos: [],
      error: 'photo.dimensions',
    });
  });
});
