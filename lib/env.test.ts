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
  it('names the variable that is wrong', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readEnv({ STAFF_BOOTSTRAP_PASSWORD: 'short' })).toThrow(
      /STAFF_BOOTSTRAP_PASSWORD/,
    );
  });
});
