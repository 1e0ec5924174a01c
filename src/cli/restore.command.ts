// `serai restore <file>`: puts a backup made by `serai backup` in place of the SQLite database,
// with the server stopped. The backup is checked first; the current database is kept aside
// (serai.db.before-restore-<time>), never deleted.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../config.ts';
import { UsageError, type Command } from './command.ts';
import { copyMedia, databaseFile, formatBytes, mediaBesides, mediaDir, postgresAdvice, sameFile, temporaryName, verifyBackup } from './sqlite-backup.ts';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the SQLite database (and media) with a backup; the server must be stopped.',
  usage: `serai restore <file> [--force]

  Checks <file> (integrity, migrations no newer than this Serai), moves the current
  SERAI_DATA_DIR/serai.db aside to serai.db.before-restore-<time>, and copies <file>
  in. If <file>.media/ exists, it replaces SERAI_DATA_DIR/media (the old folder is
  kept as media.before-restore-<time>). Stop \`serai serve\` first.
  --force   required when a database exists already (it is kept aside, not deleted)
  With SERAI_DATABASE_URL (PostgreSQL): prints the pg_restore command to use instead.`,
  async run(args, env) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { force: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('name one backup file');
    const config = loadConfig(env);
    if (config.databaseUrl) {
      console.error(postgresAdvice('restore', config.databaseUrl));
      return 2;
    }
    const backup = path.resolve(positionals[0]!);
    const verdict = verifyBackup(backup);
    if (!verdict.ok) {
      console.error(`serai restore: refusing: ${verdict.reason}`);
      return 1;
    }
    const target = databaseFile(config.dataDir);
    // Setting the database aside would leave nothing to copy in (and an empty database on the next start).
    if (sameFile(backup, target)) {
      console.error(`serai restore: ${backup} is the database itself; name a backup made by \`serai backup\``);
      return 2;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (fs.existsSync(target)) {
      if (!values.force) {
        console.error(`serai restore: ${target} exists. Stop the server, then run again with --force (the current database is kept as serai.db.before-restore-<time>).`);
        return 2;
      }
      if (!setAside(target, `${target}.before-restore-${stamp}`)) {
        console.error(`serai restore: ${target} is in use: stop \`serai serve\` (every worker) first.`);
        return 1;
      }
    }
    fs.mkdirSync(config.dataDir, { recursive: true });
    const temporary = temporaryName(target);
    fs.copyFileSync(backup, temporary);
    fs.renameSync(temporary, target);
    console.log(`Restored ${backup} to ${target} (${formatBytes(verdict.bytes)}, ${verdict.migrations} migrations).`);
    if (fs.existsSync(target + '.before-restore-' + stamp)) console.log(`The previous database is kept as ${target}.before-restore-${stamp}.`);
    restoreMedia(backup, config.dataDir, stamp);
    return 0;
  },
};

/**
 * Moves the current database aside, whole. Leaving WAL mode needs the only connection: if a
 * server still has the file open, SQLite answers busy and nothing is touched. Once in rollback
 * mode the WAL is folded into the file, so it travels alone and no stale -wal/-shm is left.
 */
function setAside(target: string, aside: string): boolean {
  const db = new SQLite(target, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    if (db.pragma('journal_mode', { simple: true }) !== 'delete') return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') || (error as { code?: string }).code?.startsWith('SQLITE_LOCKED')) return false;
    throw error;
  } finally {
    db.close();
  }
  fs.renameSync(target, aside);
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
  return true;
}

function restoreMedia(backup: string, dataDir: string, stamp: string): void {
  const media = mediaBesides(backup);
  if (!fs.existsSync(media)) {
    console.log(`No ${media}/ beside the backup: media left as it is.`);
    return;
  }
  const current = mediaDir(dataDir);
  if (fs.existsSync(current)) fs.renameSync(current, `${current}.before-restore-${stamp}`);
  const files = copyMedia(media, current);
  console.log(`Media: ${files} file${files === 1 ? '' : 's'} restored to ${current}/.`);
}
