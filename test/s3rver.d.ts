declare module 's3rver' {
  /** The parts of s3rver (an S3-compatible server for tests) that lib/media/storage/s3.test.ts uses. */
  export default class S3rver {
    constructor(options: {
      port?: number;
      address?: string;
      silent?: boolean;
      directory: string;
      configureBuckets?: { name: string }[];
    });
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
