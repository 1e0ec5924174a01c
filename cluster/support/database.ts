// A fresh PostgreSQL database per test file (as test/engines.ts makes them), migrated by the
// CLI an operator runs (`serai migrate`), and dropped at the end.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { REPO_ROOT } from '../../e2e/support/server.ts';
import { POSTGRES_URL } from './requirements.ts';

const run = promisify(execFile);
export const SERAI_BIN = path.join(REPO_ROOT, 'bin/serai.js');

export interface ClusterDatabase {
  url: string;
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function withAdmin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Runs `serai <args>` against the database, as an operator would; throws with its output on failure. */
export async function seraiCli(databaseUrl: string, args: string[], dataDir: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [SERAI_BIN, ...args], {
      cwd: dataDir, timeout: 60_000,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? dataDir, SERAI_DATA_DIR: dataDir, SERAI_DATABASE_URL: databaseUrl, SERAI_LOG_LEVEL: 'warn' },
    });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`serai ${args[0]} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

export async function createClusterDatabase(dataDir: string): Promise<ClusterDatabase> {
  const name = `serai_cluster_${randomBytes(5).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const parsed = new URL(POSTGRES_URL);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  pool.on('error', () => undefined);
  await seraiCli(url, ['migrate'], dataDir);
  return {
    url,
    query: async (sql, params = []) => (await pool.query(sql, params)).rows,
    async drop() {
      await pool.end();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
