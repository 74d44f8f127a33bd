import type { S3Client } from '@aws-sdk/client-s3';
import { checkKey, checkSize, type MediaStorage } from './store';

export type S3Config = {
  bucket: string;
  region: string;
  /** An S3-compatible service (MinIO, Ceph, R2 …); unset → AWS S3. */
  endpoint?: string;
  /** bucket in the path (http://host/bucket/key), as most S3-compatible services want. */
  forcePathStyle: boolean;
  /** Unset → the AWS SDK's own chain (instance role, web identity, shared profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Put before every key, e.g. "photos/", to share a bucket. */
  prefix?: string;
};

/**
 * Photos in an S3-compatible bucket: for deployments that keep files out of the database.
 * The SDK is loaded on first use, so instances with another store never load it.
 */
export function s3Storage(config: S3Config): MediaStorage {
  let client: Promise<{ s3: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  const open = () =>
    (client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: config.region,
        endpoint: config.endpoint,
        forcePathStyle: config.forcePathStyle,
        credentials: config.credentials,
        // Checksums only where S3 requires them: several S3-compatible servers refuse the
        // newer default (CRC32 headers on every upload).
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    })));
  const objectKey = (key: string) => `${config.prefix ?? ''}${checkKey(key)}`;
  return {
    inDatabase: false,
    async put(key, bytes) {
      checkSize(bytes);
      const { s3, sdk } = await open();
      await s3.send(
        new sdk.PutObjectCommand({
          Bucket: config.bucket,
          Key: objectKey(key),
          Body: bytes,
          ContentLength: bytes.length,
        }),
      );
    },
    async get(key) {
      const { s3, sdk } = await open();
      try {
        const out = await s3.send(
          new sdk.GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }),
        );
        if (!out.Body) return null;
        return { size: out.ContentLength, body: out.Body.transformToWebStream() };
      } catch (e) {
        if (e instanceof sdk.NoSuchKey || (e as { name?: string }).name === 'NotFound') return null;
        throw e;
      }
    },
    async remove(keys) {
      if (!keys.length) return;
      const { s3, sdk } = await open();
      // One call per key: DeleteObjects needs a checksum header some S3-compatible servers lack.
      await Promise.all(
        keys.map((key) =>
          s3.send(new sdk.DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) })),
        ),
      );
    },
  };
}
