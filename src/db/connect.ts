import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DB, Database } from './database.ts';

export type ConnectOptions =
  | { engine: 'sqlite'; filename: string }
  | { engine: 'postgres'; url: string; poolSize?: number };

export class DatabaseUnavailable extends Error {}

export async function connect(options: ConnectOptions): Promise<Database> {
  return options.engine === 'sqlite' ? connectSqlite(options.filename) : connectPostgres(options.url, options.poolSize ?? 10);
}

function connectSqlite(filename: string): Database {
  if (filename !== ':memory:') fs.mkdirSync(path.dirname(filename), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(filename);
  } catch (error) {
    throw new DatabaseUnavailable(`cannot open SQLite database ${filename}: ${(error as Error).message}`, { cause: error });
  }
  // WAL lets readers proceed while one writer commits; busy_timeout queues writers instead of failing.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's own lower()/upper() fold ASCII only; PostgreSQL folds all of Unicode. Newsrooms
  // write Cyrillic, so both engines must agree ("ДЕПУТАТЫ" finds "Депутаты").
  sqlite.function('lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  sqlite.function('upper', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value));
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

/**
 * Reuses prepared statements by SQL text. Kysely prepares every query afresh, and on a
 * page rendered from the database preparing cost more than running. Safe because the
 * SQLite dialect runs one query at a time on its single connection.
 */
function withStatementCache(sqlite: SQLite.Database, maxStatements = 1000): { prepare(sql: string): SQLite.Statement; close(): void } {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
        if (statements.size > maxStatements) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

async function connectPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client dies when the server restarts or ends it; without a listener that error would crash the
  // process. The pool drops the client and the next query opens a new one.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailable(`cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** Hides the password of a database URL before it reaches a message or a log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
