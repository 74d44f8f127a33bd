import { z } from 'zod';

/**
 * Configuration is read once, here, and validated: a bad value fails start-up with a message
 * that names the variable. Nothing else reads process.env (Next's own NODE_ENV aside).
 */
const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

/** Hosts where a plain-http identity provider is acceptable: tests and a developer's machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const schema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    /**
     * Connections each instance keeps to PostgreSQL at most. Instances × this must stay below
     * the server's max_connections (100 by default) with room for maintenance (and for the
     * short-lived connections that hold advisory locks: lib/db/advisory-lock.ts). At least 2.
     */
    DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(500).default(10),
    /** PGlite files and uploaded media. `memory://` keeps PGlite in memory (tests). */
    DATA_DIR: z.string().min(1).default('./data'),
    STAFF_BOOTSTRAP_EMAIL: z.email().optional(),
    STAFF_BOOTSTRAP_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    OPEN311_BOOTSTRAP_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    SMTP_URL: z.url().optional(),
    /** Text messages through a REST provider (Twilio-style Messages API); unset → .txt files. */
    SMS_API_URL: z.url().optional(),
    SMS_API_USER: z.string().optional(),
    SMS_API_TOKEN: z.string().optional(),
    /** The number texts come from, E.164 (+14105550100); required with SMS_API_URL. */
    SMS_FROM: z
      .string()
      .regex(/^\+\d{8,15}$/, 'must be a phone number in E.164 form, e.g. +14105550100')
      .optional(),
    /** The portal's public address, for links in messages (survey links); default localhost:PORT. */
    PUBLIC_BASE_URL: z.url().optional(),
    /**
     * How many reverse proxies in front of the portal append to X-Forwarded-For (nginx's
     * `proxy_add_x_forwarded_for`, a load balancer): the client is that many entries from the
     * right. 0 (the default): the header is ignored, since any client can write it.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * Optional staff sign-in through the city's identity provider (OpenID Connect, see
     * lib/auth/oidc): its issuer address, this portal's client id and, for a confidential
     * client, its secret (a public client relies on PKCE alone). All or nothing.
     */
    OIDC_ISSUER: z
      .url()
      .refine((u) => {
        const { protocol, hostname } = new URL(u);
        return protocol === 'https:' || (protocol === 'http:' && LOOPBACK.has(hostname));
      }, 'must be an https:// address (http:// only for a provider on this machine)')
      .optional(),
    OIDC_CLIENT_ID: z.string().max(255).optional(),
    OIDC_CLIENT_SECRET: z.string().max(1024).optional(),
    /**
     * Where photo bytes are kept (lib/media/storage): `db` (PostgreSQL, the default with
     * DATABASE_URL), `disk` (DATA_DIR/media, the default with the embedded database) or `s3`.
     */
    MEDIA_STORE: z.enum(['db', 'disk', 's3'], { error: 'must be db, disk or s3' }).optional(),
    S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens',
      )
      .optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** An S3-compatible service's address (MinIO, Ceph, R2 …); unset → AWS S3. */
    S3_ENDPOINT: z
      .url()
      .refine(
        (u) => /^https?:$/.test(new URL(u).protocol),
        'must be an http:// or https:// address',
      )
      .optional(),
    S3_FORCE_PATH_STYLE: flag.optional(),
    S3_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9][a-zA-Z0-9._/-]*$/, 'must be letters, digits, ".", "_", "-" and "/"')
      .optional(),
    /** The AWS SDK's standard credential variables; unset → its own chain (instance role …). */
    AWS_ACCESS_KEY_ID: z.string().optional(),
    AWS_SECRET_ACCESS_KEY: z.string().optional(),
    AWS_SESSION_TOKEN: z.string().optional(),
    DEMO_DATA: flag.optional(),
    /** Test-only endpoints under /api/test-hooks; also need a build made for tests (see below). */
    E2E_TEST_HOOKS: flag.optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  })
  .superRefine((e, ctx) => {
    // Photos go to S3 only when asked for by name: a bucket alone is a half-done configuration.
    if (e.MEDIA_STORE === 's3') {
      if (!e.S3_BUCKET) {
        ctx.addIssue({
          code: 'custom',
          path: ['S3_BUCKET'],
          message: 'is required with MEDIA_STORE=s3',
        });
      }
      if (Boolean(e.AWS_ACCESS_KEY_ID) !== Boolean(e.AWS_SECRET_ACCESS_KEY)) {
        ctx.addIssue({
          code: 'custom',
          path: [e.AWS_ACCESS_KEY_ID ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID'],
          message:
            'is required with MEDIA_STORE=s3 when the other AWS key is set (both or neither)',
        });
      }
    } else if (e.S3_BUCKET) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: 'is set but photos are not stored in S3: set MEDIA_STORE=s3 as well',
      });
    }
    // Messages that really leave carry links (tracking, survey, unsubscribe): they must point at
    // the portal's public address, not at localhost or whatever Host a request claimed.
    if ((e.SMTP_URL || e.SMS_API_URL) && !e.PUBLIC_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_BASE_URL'],
        message: 'is required with SMTP_URL or SMS_API_URL (every link sent to residents uses it)',
      });
    }
    // Single sign-on is all or nothing, and its redirect address is a fixed, registered one
    // built from PUBLIC_BASE_URL, never from the Host or X-Forwarded-Host a request claims.
    const oidc = { OIDC_ISSUER: e.OIDC_ISSUER, OIDC_CLIENT_ID: e.OIDC_CLIENT_ID };
    if (e.OIDC_ISSUER || e.OIDC_CLIENT_ID || e.OIDC_CLIENT_SECRET) {
      for (const [name, value] of Object.entries(oidc)) {
        if (!value) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required for single sign-on (OIDC_ISSUER and OIDC_CLIENT_ID go together)',
          });
        }
      }
      if (!e.PUBLIC_BASE_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['PUBLIC_BASE_URL'],
          message: 'is required with OIDC_ISSUER (the sign-in redirect address is built from it)',
        });
      }
    }
  });

export type Env = z.infer<typeof schema> & {
  demoData: boolean;
  /** MEDIA_STORE, or its default: PostgreSQL with DATABASE_URL, a folder otherwise. */
  mediaStore: 'db' | 'disk' | 's3';
};

let cached: Env | undefined;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable counts as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    demoData: env.DEMO_DATA ?? !env.DATABASE_URL,
    mediaStore: env.MEDIA_STORE ?? (env.DATABASE_URL ? 'db' : 'disk'),
  };
}

export function env(): Env {
  if (isBuildPhase()) {
    // Configuration belongs to the serving process: a build that read it would bake one
    // machine's secrets and database into an artefact meant for every instance.
    throw new Error(
      'next build read the configuration: a page meant to be dynamic was prerendered',
    );
  }
  cached ??= readEnv();
  return cached;
}

/** True while `next build` runs (it sets NEXT_PHASE); start-up and data access refuse then. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * The end-to-end test hooks (/api/test-hooks) answer only when both flags are set: the build
 * was made with BRS_TEST_HOOKS_BUILD=1 (next.config.js inlines it, so a production build made
 * without it cannot be switched on later) and the server runs with E2E_TEST_HOOKS on.
 */
export function testHooksEnabled(): boolean {
  return process.env.BRS_TEST_HOOKS_BUILD === '1' && Boolean(env().E2E_TEST_HOOKS);
}
