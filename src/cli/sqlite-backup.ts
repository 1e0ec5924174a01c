// What `serai backup` and `serai restore` share: where the SQLite file is, how a copy is
// checked before anyone relies on it, the media folder beside it, and the PostgreSQL answer.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { redactUrl } from '../db/connect.ts';
import { migrations } from '../db/migrations/index.ts';

export const MIGRATION_TABLE = 'kysely_migration';

export const databaseFile = (dataDir: string) => path.join(dataDir, 'serai.db');
export const mediaDir = (dataDir: string) => path.join(dataDir, 'media');
/** The media copy that travels with a backup file: `<file>.media/`. */
export const mediaBesides = (backupFile: string) => `${backupFile}.media`;

export interface Verified { ok: true; migrations: number; bytes: number }
export interface Rejected { ok: false; reason: string }

/**
 * A backup worth restoring: SQLite's own integrity check passes, it has Serai's migrations
 * table, and every migration in it is one this code knows (a backup from a newer Serai would
 * break this one).
 */
export function verifyBackup(file: string): Verified | Rejected {
  if (!fs.existsSync(file)) return { ok: false, reason: `${file} does not exist` };
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: `${file} fails SQLite's integrity check (${String(integrity)})` };
    const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATION_TABLE);
    if (!table) return { ok: false, reason: `${file} is not a Serai database (no ${MIGRATION_TABLE} table)` };
    const names = (db.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).all() as Array<{ name: string }>).map((row) => row.name);
    const unknown = names.filter((name) => !(name in migrations));
    if (unknown.length) return { ok: false, reason: `${file} comes from a newer Serai (unknown migrations: ${unknown.join(', ')}); upgrade Serai first` };
    return { ok: true, migrations: names.length, bytes: fs.statSync(file).size };
  } catch (error) {
    return { ok: false, reason: `${file} is not a readable SQLite database (${(error as Error).message})` };
  } finally {
    db?.close();
  }
}

/** Copies a media folder to `to` (replacing what is there); answers how many files. */
export function copyMedia(from: string, to: string): number {
  fs.rmSync(to, { recursive: true, force: true });
  if (!fs.existsSync(from)) return 0;
  fs.cpSync(from, to, { recursive: true, preserveTimestamps: true });
  return countFiles(to);
}

function countFiles(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** With PostgreSQL, PostgreSQL's own tools are the right ones: say which, and do nothing. */
export function postgresAdvice(command: 'backup' | 'restore', databaseUrl: string): string {
  const url = redactUrl(databaseUrl);
  const how = command === 'backup'
    ? `  pg_dump --format=custom --file=serai-$(date +%F).dump '${url}'`
    : `  pg_restore --clean --if-exists --no-owner --dbname='${url}' serai-YYYY-MM-DD.dump`;
  return `serai ${command}: SERAI_DATABASE_URL points at PostgreSQL; serai ${command} handles SQLite only. Use PostgreSQL's tools:\n\n${how}\n\n`
    + `Media files are not in the database: copy SERAI_DATA_DIR/media as well. See docs/operations.md.`;
}

/** Whether two paths name the same file (through links, `.` and `..`); false when either does not exist. */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Whether `file` (which may not exist yet) lies inside the folder `dir` (which may not exist either). */
export function isInside(file: string, dir: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const relative = path.relative(real(dir), path.join(real(path.dirname(file)), path.basename(file)));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A name beside `file` for the copy being written, so a half-written file never has the final name. */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
}
