// `serai user create`: a staff account from the command line, through the same
// use case as /admin/users, so the rules (unique e-mail, known role, password
// length) are the same. Without --password a strong one is generated and printed once.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { ROLES } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../lib/clock.ts';
import { idGenerator } from '../lib/ids.ts';
import { openDatabase } from '../server.ts';
import { createStaffUser } from '../accounts/manage-users.ts';
import { generatePassword, MIN_PASSWORD_LENGTH } from '../accounts/password.ts';
import { UsageError, type Command } from './command.ts';

const FIELD_LABELS: Record<string, string> = { email: '--email', display_name: '--name', role: '--role', password: '--password' };

export const userCommand: Command = {
  name: 'user',
  summary: 'Manage staff accounts (user create).',
  usage: `serai user create --email EMAIL --name NAME --role ROLE [--password PASSWORD]

  Creates a staff account that can log in at /admin.
  --email      the login e-mail address (unique)
  --name       the name shown in the admin
  --role       one of: ${ROLES.join(', ')}
  --password   at least ${MIN_PASSWORD_LENGTH} characters; leave it out to have a strong one
               generated and printed once (a password typed here may stay in
               your shell history)`,
  async run(args, env) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
    });
    if (positionals[0] !== 'create' || positionals.length > 1) throw new UsageError(positionals[0] ? `unknown action "${positionals.join(' ')}"` : 'say what to do: create');
    const missing = (['email', 'name', 'role'] as const).filter((key) => !values[key]);
    if (missing.length > 0) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
    const generated = values.password === undefined;
    const password = values.password ?? generatePassword();
    const database = await openDatabase(loadConfig(env));
    try {
      await migrateToLatest(database.db);
      const result = await createStaffUser({ db: database.db, ids: idGenerator(), clock: systemClock },
        { email: values.email!, displayName: values.name!, role: values.role!, password });
      if (result.kind === 'invalid') {
        for (const [field, message] of Object.entries(result.errors)) console.error(`serai user: ${FIELD_LABELS[field] ?? field}: ${message}`);
        return 1;
      }
      console.log(`Created ${result.user.role} account ${result.user.email}.`);
      if (generated) console.log(`Password (shown only now, keep it safe): ${password}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
