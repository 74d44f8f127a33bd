import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('defaults to embedded PGlite with demo data', () => {
    const e = readEnv({});
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.DATA_DIR).toBe('./data');
    expect(e.PORT).toBe(3000);
    expect(e.demoData).toBe(true);
  });
  it('turns demo data off by default on PostgreSQL', () => {
    expect(readEnv({ DATABASE_URL: 'postgres://u:p@localhost/db' }).demoData).toBe(false);
  });
  it('treats empty variables as unset', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
  it('sizes the PostgreSQL pool from DATABASE_POOL_MAX (10 by default, at least 2)', () => {
    expect(readEnv({}).DATABASE_POOL_MAX).toBe(10);
    expect(readEnv({ DATABASE_POOL_MAX: '25' }).DATABASE_POOL_MAX).toBe(25);
    for (const bad of ['1', '0', '2.5', 'many', '501']) {
      expect(() => readEnv({ DATABASE_POOL_MAX: bad })).toThrow(/DATABASE_POOL_MAX/);
    }
  });
  it('wants the public address once messages really leave', () => {
    expect(() => readEnv({ SMTP_URL: 'smtp://mail.example:587' })).toThrow(
      /PUBLIC_BASE_URL: is required with SMTP_URL/,
    );
    expect(() =>
      readEnv({ SMS_API_URL: 'https://sms.example/send', SMS_FROM: '+14105550100' }),
    ).toThrow(/PUBLIC_BASE_URL/);
    expect(
      readEnv({ SMTP_URL: 'smtp://mail.example:587', PUBLIC_BASE_URL: 'https://311.example' })
        .PUBLIC_BASE_URL,
    ).toBe('https://311.example');
  });
  it('trusts X-Forwarded-For only when told how many proxies write it', () => {
    expect(readEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(readEnv({ TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
  it('takes single sign-on all or nothing, with the public address and https', () => {
    const sso = {
      OIDC_ISSUER: 'https://login.baltimore.example',
      OIDC_CLIENT_ID: 'brs-portal',
      PUBLIC_BASE_URL: 'https://311.example',
    };
    expect(readEnv(sso).OIDC_CLIENT_SECRET).toBeUndefined(); // a public client: PKCE only
    expect(readEnv({ ...sso, OIDC_CLIENT_SECRET: 's3cret' }).OIDC_CLIENT_SECRET).toBe('s3cret');
    expect(() => readEnv({ ...sso, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID: is required/);
    expect(() => readEnv({ OIDC_CLIENT_SECRET: 's3cret' })).toThrow(/OIDC_ISSUER: is required/);
    expect(() => readEnv({ ...sso, PUBLIC_BASE_URL: '' })).toThrow(
      /PUBLIC_BASE_URL: is required with OIDC_ISSUER/,
    );
    expect(() => readEnv({ ...sso, OIDC_ISSUER: 'http://login.baltimore.example' })).toThrow(
      /OIDC_ISSUER: must be an https/,
    );
    expect(readEnv({ ...sso, OIDC_ISSUER: 'http://127.0.0.1:4000' }).OIDC_ISSUER).toBe(
      'http://127.0.0.1:4000',
    );
  });
  it('keeps photos in PostgreSQL with DATABASE_URL, on disk otherwise, unless MEDIA_STORE says', () => {
    const pg = 'postgres://u:p@localhost/db';
    expect(readEnv({}).mediaStore).toBe('disk');
    expect(readEnv({ DATABASE_URL: pg }).mediaStore).toBe('db');
    expect(readEnv({ DATABASE_URL: pg, MEDIA_STORE: 'disk' }).mediaStore).toBe('disk');
    expect(() => readEnv({ MEDIA_STORE: 'nfs' })).toThrow(/MEDIA_STORE: must be db, disk or s3/);
  });
  it('takes S3 by name, with a bucket and both keys or neither', () => {
    expect(() => readEnv({ MEDIA_STORE: 's3' })).toThrow(
      /S3_BUCKET: is required with MEDIA_STORE=s3/,
    );
    expect(() => readEnv({ S3_BUCKET: 'photos' })).toThrow(
      /S3_BUCKET: is set but .* MEDIA_STORE=s3/,
    );
    expect(() => readEnv({ MEDIA_STORE: 's3', S3_BUCKET: 'No_Such' })).toThrow(
      /S3_BUCKET: must be/,
    );
    expect(() =>
      readEnv({ MEDIA_STORE: 's3', S3_BUCKET: 'photos', AWS_ACCESS_KEY_ID: 'AKIA1' }),
    ).toThrow(/AWS_SECRET_ACCESS_KEY: is required/);
    expect(() =>
      readEnv({ MEDIA_STORE: 's3', S3_BUCKET: 'photos', S3_ENDPOINT: 'ftp://minio.local' }),
    ).toThrow(/S3_ENDPOINT: must be an http/);
    const e = readEnv({
      MEDIA_STORE: 's3',
      S3_BUCKET: 'city-311-photos',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(e.mediaStore).toBe('s3');
    expect(e.S3_REGION).toBe('us-east-1');
    expect(e.S3_FORCE_PATH_STYLE).toBe(true);
  });
  it('names the variable that is wrong', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readEnv({ STAFF_BOOTSTRAP_PASSWORD: 'short' })).toThrow(
      /STAFF_BOOTSTRAP_PASSWORD/,
    );
  });
});
