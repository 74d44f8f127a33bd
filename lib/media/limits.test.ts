import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_BODY_MAX_BYTES, MAX_PHOTOS, PHOTO_MAX_BYTES, photosProblem } from './limits';
import { isTooLargePost } from './too-large';

const MB = 1024 * 1024;
const jpeg = (size: number) => ({ size, type: 'image/jpeg', name: 'a.jpg' });

describe('photo limits', () => {
  it('refuses more than three photos, then anything too large or not an image', () => {
    expect(photosProblem([jpeg(MB), jpeg(MB)], 1)).toBeNull();
    expect(photosProblem([jpeg(MB)], 3)).toBe('photo.tooMany');
    expect(photosProblem([jpeg(MB), jpeg(MB), jpeg(MB), jpeg(MB)], 0)).toBe('photo.tooMany');
    expect(photosProblem([jpeg(MB), jpeg(12 * MB)], 0)).toBe('photo.tooLarge');
    expect(photosProblem([{ size: 10, type: 'application/pdf', name: 'a.pdf' }], 0)).toBe(
      'photo.type',
    );
  });

  it('reads a form with three photos at the limit, and one with a photo over it', () => {
    expect(FORM_BODY_MAX_BYTES).toBeGreaterThan(MAX_PHOTOS * PHOTO_MAX_BYTES + MB);
    // A resident without JavaScript who picks a 12 MB photo gets the form back, not a 413.
    expect(isTooLargePost('POST', String(12 * MB + 50_000))).toBe(false);
    expect(isTooLargePost('POST', String(FORM_BODY_MAX_BYTES + 1))).toBe(true);
    expect(isTooLargePost('GET', String(FORM_BODY_MAX_BYTES + 1))).toBe(false);
  });

  it('keeps the framework limits in next.config.js just above the app’s own', () => {
    const config = fs.readFileSync(path.resolve('next.config.js'), 'utf8');
    const limit = /FORM_BODY_FRAMEWORK_LIMIT = '(\d+)mb'/.exec(config);
    expect(limit).not.toBeNull();
    const bytes = Number(limit![1]) * MB;
    expect(bytes).toBeGreaterThan(FORM_BODY_MAX_BYTES);
    expect(bytes).toBeLessThanOrEqual(FORM_BODY_MAX_BYTES + 2 * MB);
    expect(config).toMatch(/bodySizeLimit: FORM_BODY_FRAMEWORK_LIMIT/);
    expect(config).toMatch(/proxyClientMaxBodySize: FORM_BODY_FRAMEWORK_LIMIT/);
  });
});
