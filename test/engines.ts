// Which database engines the engine-looped suites run on. SQLite always;
// PostgreSQL when SERAI_TEST_DATABASE_URL points at a server (CI sets it).
// SERAI_TEST_ENGINES=postgres narrows a run to one engine.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from '../src/db/connect.ts';
import type { Database } from '../src/db/database.ts';
import type { DatabaseEngine } from '../src/config.ts';

const postgresUrl = process.env.SERAI_TEST_DATABASE_URL;
const only = process.env.SERAI_TEST_ENGINES?.split(',').map((e) => e.trim());

if (only?.includes('postgres') && !postgresUrl) {
  // Otherwise `npm run test:pg` without a server would pass having tested nothing.
  throw new Error('SERAI_TEST_ENGINES asks for postgres but SERAI_TEST_DATABASE_URL is not set');
}

export const engines: DatabaseEngine[] = (['sqlite', 'postgres'] as const).filter((engine) => {
  if (engine === 'postgres' && !postgresUrl) return false;
  return !only || only.includes(engine);
});

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty database of the given engine; closing it drops it. */
export async function openTestDatabase(engine: DatabaseEngine): Promise<Database> {
  if (engine === 'sqlite') return connect({ engine: 'sqlite', filename: ':memory:' });
  const name = `serai_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await connect({ engine: 'postgres', url: withDatabase(postgresUrl!, name), poolSize: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: postgresUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
