// `serai backup <file>`: an online copy of the SQLite database (safe while `serai serve` runs:
// SQLite's backup API reads a consistent snapshot, WAL included), checked before it gets its
// name, with the media folder copied beside it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../config.ts';
import { UsageError, type Command } from './command.ts';
import { copyMedia, databaseFile, formatBytes, isInside, mediaBesides, mediaDir, postgresAdvice, sameFile, temporaryName, verifyBackup } from './sqlite-backup.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the SQLite database (online) and media to a backup file.',
  usage: `serai backup <file> [--force] [--no-media]

  Copies SERAI_DATA_DIR/serai.db to <file> while the server keeps running, checks
  the copy (integrity, migrations), and copies SERAI_DATA_DIR/media to <file>.media/.
  --force      overwrite <file> (and <file>.media/) if they exist
  --no-media   copy the database only
  With SERAI_DATABASE_URL (PostgreSQL): prints the pg_dump command to use instead.`,
  async run(args, env) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: { force: { type: 'boolean', default: false }, 'no-media': { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) throw new UsageError('name one backup file');
    const config = loadConfig(env);
    if (config.databaseUrl) {
      console.error(postgresAdvice('backup', config.databaseUrl));
      return 2;
    }
    const source = databaseFile(config.dataDir);
    const target = path.resolve(positionals[0]!);
    if (!fs.existsSync(source)) {
      console.error(`serai backup: there is no database at ${source} (check SERAI_DATA_DIR)`);
      return 1;
    }
    // The copy would be renamed over the live file: a running server would go on writing to the old, unlinked one.
    if (sameFile(target, source)) {
      console.error(`serai backup: ${target} is the database itself; name a file outside SERAI_DATA_DIR`);
      return 2;
    }
    if (!fs.statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory()) {
      console.error(`serai backup: the folder ${path.dirname(target)} does not exist; create it first`);
      return 2;
    }
    if (fs.existsSync(target) && !values.force) {
      console.error(`serai backup: ${target} already exists; choose another name or add --force to overwrite it`);
      return 2;
    }
    const media = mediaBesides(target);
    if (!values['no-media']) {
      if (isInside(media, mediaDir(config.dataDir))) {
        console.error(`serai backup: ${target} is inside the media folder it would copy; choose a folder outside ${mediaDir(config.dataDir)}`);
        return 2;
      }
      if (fs.existsSync(media) && !values.force) {
        console.error(`serai backup: ${media} already exists; choose another name or add --force to replace it`);
        return 2;
      }
    }
    const bytes = await copyDatabase(source, target);
    console.log(`Backed up ${source} to ${target} (${formatBytes(bytes)}, integrity ok).`);
    if (values['no-media']) console.log('Media not copied (--no-media): copy SERAI_DATA_DIR/media separately.');
    else {
      const files = copyMedia(mediaDir(config.dataDir), media);
      console.log(`Media: ${files} file${files === 1 ? '' : 's'} copied to ${media}/.`);
    }
    return 0;
  },
};

/** Backup API into a temporary file, verified, then renamed: `target` is either the old file or a good copy. */
async function copyDatabase(source: string, target: string): Promise<number> {
  const temporary = temporaryName(target);
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // All remaining pages in one step: SQLite restarts a stepwise backup whenever another connection
    // writes, so under a busy server small steps might never finish. One step reads one snapshot
    // (in WAL mode writers carry on meanwhile); this process has nothing else to do.
    await db.backup(temporary, { progress: () => 0x7fffffff });
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // The copy keeps the source's WAL mode; a backup is one self-contained file, read-only friendly.
  const copy = new SQLite(temporary, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const verdict = verifyBackup(temporary);
  if (!verdict.ok) {
    fs.rmSync(temporary, { force: true });
    throw new Error(`the copy failed its check: ${verdict.reason}`);
  }
  fs.renameSync(temporary, target);
  return verdict.bytes;
}
