import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, NOTHING_POLICY } from './csp';

describe('policies', () => {
  it('gives API routes (next.config.js) the same policy as the proxy gives its redirects', () => {
    const config = fs.readFileSync(path.resolve('next.config.js'), 'utf8').replace(/\s+/g, ' ');
    expect(config).toContain(`const API_POLICY = "${NOTHING_POLICY}"`);
  });
  it('forbids framing everywhere', () => {
    expect(NOTHING_POLICY).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('abc', false)).toContain("frame-ancestors 'none'");
  });
});
