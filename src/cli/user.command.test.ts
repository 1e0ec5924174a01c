import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect } from '../db/connect.ts';
import { runCli } from '../main.ts';
import { verifyPassword } from '../accounts/password.ts';

describe('serai user create', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let out: string[];
  let err: string[];

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-cli-'));
    env = { SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' };
  });
  afterAll(() => { fs.rmSync(dataDir, { recursive: true, force: true }); });

  async function run(...argv: string[]): Promise<number> {
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
    return runCli(argv, env);
  }
  afterEach(() => { vi.restoreAllMocks(); });

  async function storedUser(email: string) {
    const database = await connect({ engine: 'sqlite', filename: path.join(dataDir, 'serai.db') });
    try {
      return await database.db.selectFrom('users').select(['email', 'display_name', 'role', 'password_hash']).where('email', '=', email).executeTakeFirst();
    } finally {
      await database.close();
    }
  }

  it('prints its usage with --help', async () => {
    expect(await run('user', 'create', '--help')).toBe(0);
    expect(out.join('\n')).toContain('serai user create --email EMAIL --name NAME --role ROLE');
  });

  it('creates a user with a generated password printed once', async () => {
    expect(await run('user', 'create', '--email', 'Chief@Example.test', '--name', 'Chief Editor', '--role', 'admin')).toBe(0);
    const printed = /Password \(shown only now, keep it safe\): (\S+)/.exec(out.join('\n'))?.[1];
    expect(printed).toBeDefined();
    expect(printed!.length).toBeGreaterThanOrEqual(20);
    const row = await storedUser('chief@example.test');
    expect(row).toMatchObject({ display_name: 'Chief Editor', role: 'admin' });
    expect(await verifyPassword(row!.password_hash, printed!)).toBe(true);
  });

  it('takes a given password and does not print it', async () => {
    expect(await run('user', 'create', '--email=writer@example.test', '--name=Writer', '--role=author', '--password=twelve chars ok')).toBe(0);
    expect(out.join('\n')).not.toContain('twelve chars ok');
    expect(await verifyPassword((await storedUser('writer@example.test'))!.password_hash, 'twelve chars ok')).toBe(true);
  });

  it.each([
    [['--email', 'x@example.test', '--name', 'X', '--role', 'boss'], '--role: Choose a role'],
    [['--email', 'chief@example.test', '--name', 'X', '--role', 'editor'], '--email: Another account already uses this e-mail address.'],
    [['--email', 'y@example.test', '--name', 'Y', '--role', 'editor', '--password', 'short'], '--password: Use at least 12 characters.'],
  ])('refuses %j with a clear message and exit code 1', async (args, message) => {
    expect(await run('user', 'create', ...args)).toBe(1);
    expect(err.join('\n')).toContain(message);
    expect(err.join('\n')).not.toMatch(/\s+at .+:\d+/);
  });

  it('answers a missing option or unknown action with the usage and exit code 2', async () => {
    expect(await run('user', 'create', '--email', 'z@example.test')).toBe(2);
    expect(err.join('\n')).toContain('missing --name, --role');
    expect(await run('user', 'delete')).toBe(2);
    expect(err.join('\n')).toContain('unknown action "delete"');
    expect(await run('user', 'create', '--bogus')).toBe(2);
  });
});
