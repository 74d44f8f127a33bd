import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/requests/schema';
import { apiKeyNameSchema, newUserSchema, roleChangeSchema } from './admin-schema';

const errorsOf = (r: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) =>
  r.success ? {} : fieldErrors(r.error!);

describe('admin form schemas', () => {
  it('reports every problem of a new user at once, with message keys', () => {
    const r = newUserSchema.safeParse({
      name: '  ',
      email: 'not-an-email',
      role: 'agent',
      agencyCode: '',
      password: 'short',
    });
    expect(errorsOf(r)).toEqual({
      name: 'staffUser.nameRequired',
      email: 'staffUser.emailFormat',
      agencyCode: 'staffUser.agencyRequired',
      password: 'password.tooShort',
    });
  });

  it('asks for a role (and says nothing about the agency until there is one)', () => {
    const r = newUserSchema.safeParse({ name: 'A', email: 'a@b.org', role: null, password: '' });
    expect(errorsOf(r)).toEqual({
      role: 'staffUser.roleRequired',
      password: 'staffUser.passwordRequired',
    });
  });

  it('accepts an admin without an agency and keeps the password as typed', () => {
    const r = newUserSchema.safeParse({
      name: ' Ada ',
      email: ' ada@baltimore.example ',
      role: 'admin',
      agencyCode: '',
      password: ' a long passphrase ',
    });
    expect(r.success && r.data).toEqual({
      name: 'Ada',
      email: 'ada@baltimore.example',
      role: 'admin',
      agencyCode: null,
      password: ' a long passphrase ',
    });
  });

  it('refuses common passwords and unknown roles', () => {
    expect(
      errorsOf(
        newUserSchema.safeParse({
          name: 'A',
          email: 'a@b.org',
          role: 'agent',
          agencyCode: 'DOT',
          password: 'password1234',
        }),
      ),
    ).toEqual({ password: 'password.common' });
    expect(errorsOf(roleChangeSchema.safeParse({ role: 'root', agencyCode: 'DOT' }))).toEqual({
      role: 'staffUser.roleRequired',
    });
    expect(errorsOf(roleChangeSchema.safeParse({ role: 'supervisor', agencyCode: '' }))).toEqual({
      agencyCode: 'staffUser.agencyRequired',
    });
  });

  it('wants an API key name of 1 to 100 characters', () => {
    expect(errorsOf(apiKeyNameSchema.safeParse({ name: ' ' }))).toEqual({
      name: 'apiKey.nameRequired',
    });
    expect(errorsOf(apiKeyNameSchema.safeParse({ name: 'x'.repeat(101) }))).toEqual({
      name: 'apiKey.nameTooLong',
    });
    expect(apiKeyNameSchema.safeParse({ name: ' FixMyStreet ' }).data).toEqual({
      name: 'FixMyStreet',
    });
  });
});
