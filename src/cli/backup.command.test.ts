// `serai backup` and `serai restore` on SQLite, in process: an online copy while another
// connection writes, a round trip, and every refusal (existing file, corrupt or foreign or
// newer backup, a database in use, PostgreSQL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../main.ts';

let dataDir: string;
let out: string[];
let err: string[];
const env = () => ({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
const dbFile = () => path.join(dataDir, 'serai.db');

async function run(...argv: string[]): Promise<number> {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  try {
    return await runCli(argv, env());
  } finally {
    vi.restoreAllMocks();
  }
}

/** A second connection, as a running server has: WAL mode, a probe table of numbered rows. */
function openWriter(): { db: SQLite.Database; insert(count: number): void; count(): number } {
  const db = new SQLite(dbFile());
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS backup_probe (n INTEGER PRIMARY KEY, filler TEXT NOT NULL)');
  const statement = db.prepare('INSERT INTO backup_probe (filler) VALUES (?)');
  const insert = db.transaction((count: number) => { for (let i = 0; i < count; i++) statement.run('x'.repeat(500)); });
  return { db, insert, count: () => (db.prepare('SELECT COUNT(*) AS n FROM backup_probe').get() as { n: number }).n };
}

function probeRows(file: string): { count: number; max: number } {
  const db = new SQLite(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) AS count, COALESCE(MAX(n), 0) AS max FROM backup_probe').get() as { count: number; max: number };
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-backup-'));
  expect(await run('migrate')).toBe(0);
  fs.mkdirSync(path.join(dataDir, 'media', '2026', '11'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'media', '2026', '11', 'photo.jpg'), 'not really a jpeg');
});
afterEach(() => { fs.rmSync(dataDir, { recursive: true, force: true }); });

describe('serai backup', () => {
  it('copies a consistent snapshot while another connection keeps writing, with the media beside it', async () => {
    const writer = openWriter();
    writer.insert(2000);
    // Writes keep landing between the backup's steps (it yields to the event loop).
    let writing = true;
    const loop = (async () => { while (writing) { writer.insert(50); await new Promise((resolve) => setImmediate(resolve)); } })();
    const target = path.join(dataDir, 'copies', 'serai-backup.db');
    fs.mkdirSync(path.dirname(target));
    const code = await run('backup', target);
    writing = false;
    await loop;
    expect(code, err.join('\n')).toBe(0);
    expect(out.join('\n')).toMatch(/Backed up .*serai\.db to .*serai-backup\.db \(\d+(\.\d)? (KiB|MiB), integrity ok\)/);
    expect(out.join('\n')).toMatch(/Media: 1 file copied to .*serai-backup\.db\.media\//);
    const copied = probeRows(target);
    // A snapshot: rows 1..k with no gap, at least what was there before, and it did not wait for the writer to stop.
    expect(copied.count).toBe(copied.max);
    expect(copied.count).toBeGreaterThanOrEqual(2000);
    expect(copied.count).toBeLessThanOrEqual(writer.count());
    expect(fs.readFileSync(`${target}.media/2026/11/photo.jpg`, 'utf8')).toBe('not really a jpeg');
    expect(fs.readdirSync(path.dirname(target)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    writer.db.close();
  });

  it('refuses to overwrite an existing file without --force, and overwrites with it', async () => {
    const target = path.join(dataDir, 'taken.db');
    fs.writeFileSync(target, 'keep me');
    expect(await run('backup', target)).toBe(2);
    expect(err.join('\n')).toMatch(/taken\.db already exists; choose another name or add --force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    expect(await run('backup', target, '--force', '--no-media')).toBe(0);
    expect(out.join('\n')).toMatch(/Media not copied/);
    expect(fs.existsSync(`${target}.media`)).toBe(false);
    expect(new SQLite(target, { readonly: true }).pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to back up onto the database itself, even with --force (a running server would lose its writes)', async () => {
    const writer = openWriter();
    writer.insert(5);
    try {
      for (const target of [dbFile(), path.join(dataDir, '.', 'serai.db')]) {
        expect(await run('backup', target, '--force')).toBe(2);
        expect(err.join('\n')).toMatch(/is the database itself/);
      }
      expect(writer.count()).toBe(5);
      writer.insert(1);
      expect(probeRows(dbFile()).count).toBe(6);
    } finally {
      writer.db.close();
    }
  });

  it('refuses a folder that does not exist, or one inside the media folder, with exit 2 and no stack', async () => {
    expect(await run('backup', path.join(dataDir, 'no', 'such', 'folder', 'x.db'))).toBe(2);
    expect(err.join('\n')).toMatch(/folder .*folder does not exist/);
    expect(await run('backup', path.join(dataDir, 'media', 'x.db'))).toBe(2);
    expect(err.join('\n')).toMatch(/inside the media folder/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('refuses to replace an existing <file>.media/ without --force', async () => {
    const target = path.join(dataDir, 'fresh.db');
    fs.mkdirSync(`${target}.media`);
    fs.writeFileSync(`${target}.media/keep.jpg`, 'keep me');
    expect(await run('backup', target)).toBe(2);
    expect(err.join('\n')).toMatch(/fresh\.db\.media already exists/);
    expect(fs.readFileSync(`${target}.media/keep.jpg`, 'utf8')).toBe('keep me');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('says there is nothing to back up when the data folder has no database', async () => {
    fs.rmSync(dbFile());
    expect(await run('backup', path.join(dataDir, 'x.db'))).toBe(1);
    expect(err.join('\n')).toMatch(/there is no database at .*serai\.db/);
  });
});

describe('serai restore', () => {
  it('round trip: restores the backup, keeps the old database and media aside', async () => {
    const writer = openWriter();
    writer.insert(10);
    writer.db.close();
    const backup = path.join(dataDir, 'monday.db');
    expect(await run('backup', backup)).toBe(0);
    const later = openWriter();
    later.insert(5);
    later.db.close();
    fs.writeFileSync(path.join(dataDir, 'media', 'uploaded-after.jpg'), 'later');

    expect(await run('restore', backup)).toBe(2);
    expect(err.join('\n')).toMatch(/serai\.db exists\. Stop the server, then run again with --force/);
    expect(probeRows(dbFile()).count).toBe(15);

    expect(await run('restore', backup, '--force'), err.join('\n')).toBe(0);
    expect(probeRows(dbFile()).count).toBe(10);
    const aside = fs.readdirSync(dataDir).find((name) => name.startsWith('serai.db.before-restore-'));
    expect(aside).toBeDefined();
    expect(probeRows(path.join(dataDir, aside!)).count).toBe(15);
    expect(fs.existsSync(`${dbFile()}-wal`)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'media', 'uploaded-after.jpg'))).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'media', '2026', '11', 'photo.jpg'), 'utf8')).toBe('not really a jpeg');
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('media.before-restore-'))).toBe(true);
    // Serai starts on it: migrations see it current.
    expect(await run('migrate')).toBe(0);
  });

  it('refuses while a server has the database open, touching nothing', async () => {
    const backup = path.join(dataDir, 'b.db');
    expect(await run('backup', backup)).toBe(0);
    const server = openWriter();
    server.insert(3);
    try {
      expect(await run('restore', backup, '--force')).toBe(1);
      expect(err.join('\n')).toMatch(/is in use: stop `serai serve`/);
      expect(server.count()).toBe(3);
      expect(fs.readdirSync(dataDir).some((name) => name.includes('before-restore'))).toBe(false);
    } finally {
      server.db.close();
    }
  });

  it('refuses to restore the database onto itself, leaving it in place', async () => {
    const before = fs.readFileSync(dbFile());
    expect(await run('restore', dbFile(), '--force')).toBe(2);
    expect(err.join('\n')).toMatch(/is the database itself/);
    expect(fs.readFileSync(dbFile()).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir).some((name) => name.includes('before-restore'))).toBe(false);
  });

  it.each([
    ['a file that is not SQLite', (file: string) => fs.writeFileSync(file, 'garbage '.repeat(1000)), /is not a readable SQLite database/],
    ['a SQLite file that is not Serai', (file: string) => { const db = new SQLite(file); db.exec('CREATE TABLE t (x)'); db.close(); }, /is not a Serai database/],
    ['a backup from a newer Serai', (file: string) => {
      fs.copyFileSync(dbFile(), file);
      const db = new SQLite(file);
      db.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T000000-future', '2099-01-01')").run();
      db.close();
    }, /comes from a newer Serai \(unknown migrations: 2099-01-01T000000-future\)/],
    ['a missing file', (_file: string) => undefined, /does not exist/],
  ])('refuses %s', async (_what, make, message) => {
    const file = path.join(dataDir, 'suspect.db');
    make(file);
    const before = fs.readFileSync(dbFile());
    expect(await run('restore', file, '--force')).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(fs.readFileSync(dbFile()).equals(before)).toBe(true);
  });
});

describe('with PostgreSQL', () => {
  it.each([['backup', /pg_dump --format=custom/], ['restore', /pg_restore --clean/]])('serai %s prints the PostgreSQL command instead (exit 2), password hidden', async (command, advice) => {
    out = [];
    err = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
    const code = await runCli([command, 'x.dump'], { ...env(), SERAI_DATABASE_URL: 'postgres://serai:hunter2@db.internal/serai' });
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(advice);
    expect(err.join('\n')).toMatch(/postgres:\/\/serai:\*\*\*@db\.internal\/serai/);
    expect(err.join('\n')).not.toContain('hunter2');
  });
});
