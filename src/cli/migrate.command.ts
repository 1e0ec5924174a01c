import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../server.ts';
import type { Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date.',
  usage: `serai migrate

  Applies every pending migration to the database named by SERAI_DATABASE_URL
  (or the SQLite file in SERAI_DATA_DIR) and lists what it applied.`,
  async run(_args, env) {
    const database = await openDatabase(loadConfig(env));
    try {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    } finally {
      await database.close();
    }
  },
};
