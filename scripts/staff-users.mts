// Staff accounts for operators (admins also manage them in the staff console):
//   echo 'a long passphrase' | npm run staff -- create EMAIL "Full Name" agent|supervisor|admin [AGENCY]
//   npm run staff -- list
//   npm run staff -- disable ID            (ends the user's sessions at once)
// The password is read from standard input, so it stays out of shell history and process lists.
import { createInterface } from 'node:readline';

const { createStaffUser, disableStaffUser, listStaffUsers } = await import('../lib/auth/users');
const { closeDatabase } = await import('../lib/db');
const { validationText } = await import('../lib/i18n/english');

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) return line;
  return '';
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command === 'create' && args.length >= 3) {
    const [email, name, role, agencyCode] = args;
    if (!['agent', 'supervisor', 'admin'].includes(role))
      throw new Error('role must be agent, supervisor or admin');
    const result = await createStaffUser({
      email,
      name,
      role: role as 'agent' | 'supervisor' | 'admin',
      agencyCode: agencyCode ?? null,
      password: await readPassword(),
    });
    console.log(
      result.ok
        ? `Created staff user ${result.id}.`
        : `Not created: ${validationText(result.error)}`,
    );
    if (!result.ok) process.exitCode = 1;
  } else if (command === 'list') {
    for (const u of await listStaffUsers()) {
      console.log(
        `${u.id}\t${u.email}\t${u.role}\t${u.agencyCode ?? '-'}\t${u.disabledAt ? 'disabled' : 'active'}\t${u.name}`,
      );
    }
  } else if (command === 'disable' && /^\d+$/.test(args[0] ?? '')) {
    await disableStaffUser(Number(args[0]));
    console.log('Disabled; their sessions have ended.');
  } else {
    console.error('Usage: npm run staff -- create EMAIL NAME ROLE [AGENCY] | list | disable ID');
    process.exitCode = 2;
  }
} finally {
  await closeDatabase();
}
