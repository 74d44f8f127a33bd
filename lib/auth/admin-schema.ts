import * as z from 'zod/mini';
import { STAFF_ROLES } from '@/db/schema/staff';
import { maxLength, textField } from '@/lib/requests/schema';
import { passwordProblem } from './password';

/**
 * The staff console's admin forms. Messages are Validation keys; the server actions parse with
 * these and the data layer checks the same rules again (agency, password) for its other callers.
 */

export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const API_KEY_NAME_MAX = 100;

const emailFormat = z.email();

/** Not selecting a role posts nothing: the same message as an unknown value. */
const role = z.enum(STAFF_ROLES, 'staffUser.roleRequired');

/** "Select an agency" posts an empty string: no agency. */
const agencyCode = z.pipe(
  z.transform((v) => (typeof v === 'string' && v.trim() ? v.trim() : null)),
  z.nullable(z.string().check(z.maxLength(50, 'staffUser.agencyUnknown'))),
);

/**
 * Agents and supervisors belong to an agency; administrators to none. An object-level check,
 * so it reports on the agency field; zod skips it when the role itself is missing (then there
 * is nothing to say yet).
 */
const agencyRule = z.superRefine(
  (v: { role: (typeof STAFF_ROLES)[number]; agencyCode: string | null }, ctx) => {
    if (v.role !== 'admin' && !v.agencyCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['agencyCode'],
        message: 'staffUser.agencyRequired',
        input: v,
      });
    }
  },
);

/** Checked as typed: a passphrase may start or end with a space (NIST SP 800-63B). */
const password = z.pipe(
  z.transform((v) => (typeof v === 'string' ? v : '')),
  z.string().check(
    z.superRefine((v, ctx) => {
      const key = v === '' ? 'staffUser.passwordRequired' : passwordProblem(v);
      if (key) ctx.addIssue({ code: 'custom', message: key, input: v });
    }),
  ),
);

export const newUserSchema = z
  .object({
    name: textField('staffUser.nameRequired', maxLength(NAME_MAX, 'staffUser.nameTooLong')),
    email: textField('staffUser.emailRequired', (v) =>
      v.length <= EMAIL_MAX && emailFormat.safeParse(v).success ? null : 'staffUser.emailFormat',
    ),
    role,
    agencyCode,
    password,
  })
  .check(agencyRule);
export type NewUserInput = z.output<typeof newUserSchema>;

export const roleChangeSchema = z.object({ role, agencyCode }).check(agencyRule);
export type RoleChangeInput = z.output<typeof roleChangeSchema>;

export const apiKeyNameSchema = z.object({
  name: textField('apiKey.nameRequired', maxLength(API_KEY_NAME_MAX, 'apiKey.nameTooLong')),
});
