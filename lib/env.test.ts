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
  it('names the variable that is wrong', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readEnv({ STAFF_BOOTSTRAP_PASSWORD: 'short' })).toThrow(
      /STAFF_BOOTSTRAP_PASSWORD/,
    );
  });
});
