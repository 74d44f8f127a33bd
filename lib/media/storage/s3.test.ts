import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../limits';
import { s3Storage } from './s3';
import type { MediaStorage, StoredObject } from './store';

// The SDK warns once that its 2027 releases will need Node 22; its own switch silences just that.
// eslint-disable-next-line no-restricted-properties -- a switch the SDK reads, not our configuration
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** A real S3-compatible server (s3rver, from npm) on a free port, files in a temporary folder. */
let server: S3rver;
let dir: string;
let store: MediaStorage;

/**
 * A signed S3 request carries the time it was signed, and the server refuses one 15 minutes
 * off its own clock. The odd-date passes (test/clock.ts, TEST_CLOCK) shift the SDK's clock but
 * not s3rver's, so here both read the real one: the store itself decides nothing by the date.
 */
const g = globalThis as { Date: DateConstructor; __realDate?: DateConstructor };
const testClock = g.Date;

beforeAll(async () => {
  if (g.__realDate) g.Date = g.__realDate;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'brs-photos' }],
  });
  const { port } = await server.run();
  store = s3Storage({
    bucket: 'brs-photos',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    prefix: 'media/',
  });
});

afterAll(async () => {
  g.Date = testClock;
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function readAll(obj: StoredObject) {
  const parts: Uint8Array[] = [];
  const reader = obj.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  return Buffer.concat(parts);
}

describe('photos in an S3-compatible bucket', () => {
  it('are stored, streamed back and removed; a missing key is null', async () => {
    const bytes = randomBytes(300_000);
    await store.put('abc.jpg', bytes);
    const got = await store.get('abc.jpg');
    expect(got?.size).toBe(bytes.length);
    expect((await readAll(got!)).equals(bytes)).toBe(true);
    // Under the prefix, in the bucket.
    expect(fs.readdirSync(path.join(dir, 'brs-photos'), { recursive: true }).join()).toContain(
      'abc.jpg',
    );

    expect(await store.get('missing.jpg')).toBeNull();
    await store.remove(['abc.jpg', 'missing.jpg']);
    expect(await store.get('abc.jpg')).toBeNull();
  });

  it('refuses more than the photo limit and odd keys before sending anything', async () => {
    await expect(store.put('big.jpg', Buffer.alloc(PHOTO_MAX_BYTES + 1))).rejects.toThrow(
      /over 10485760 bytes/,
    );
    await expect(store.put('../x.jpg', Buffer.from('x'))).rejects.toThrow(/invalid media key/);
    expect(await store.get('big.jpg')).toBeNull();
  });
});
