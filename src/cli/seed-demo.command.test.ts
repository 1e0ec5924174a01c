// `serai seed-demo` as an operator runs it: the real binary in a child process, on SQLite.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../db/connect.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/serai.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-seed-cli-'));

function serai(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 180_000,
  });
}

async function articleCount(): Promise<number> {
  const database = await connect({ engine: 'sqlite', filename: path.join(dataDir, 'serai.db') });
  try {
    const row = await database.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await database.close();
  }
}

describe('serai seed-demo', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('explains itself with --help', () => {
    const result = serai(['seed-demo', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/serai seed-demo \[--force\]/);
    expect(result.stdout).toMatch(/--force\s+first DELETE/);
  });

  it('refuses an unknown option with the usage and exit code 2', () => {
    const result = serai(['seed-demo', '--forse']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--forse/);
    expect(result.stderr).toMatch(/serai seed-demo \[--force\]/);
  });

  it('seeds an empty database and prints the admin login, then refuses to run again without --force', async () => {
    const first = serai(['seed-demo']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Admin login: admin@serai\.local \/ password: \S{16,}$/m);
    const seeded = await articleCount();
    expect(seeded).toBeGreaterThanOrEqual(12);

    const second = serai(['seed-demo']);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already has content/);
    expect(second.stderr).toMatch(/--force/);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(second.stdout).not.toMatch(/password/);
    expect(await articleCount()).toBe(seeded);
  }, 240_000);
});
