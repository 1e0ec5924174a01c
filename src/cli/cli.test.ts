// The real `serai` binary in a child process: what an operator sees on bad configuration.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/serai.js');

function serai(args: string[], env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-cli-'));
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', SERAI_DATA_DIR: dataDir, ...env }, encoding: 'utf8', timeout: 30_000,
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  return result;
}

describe('serai command line', () => {
  it('lists its commands with --help', () => {
    const result = serai(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/serve/);
    expect(result.stdout).toMatch(/migrate/);
  });

  it('refuses an unknown command with exit code 2', () => {
    const result = serai(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('stops on bad configuration listing every problem, without a stack trace', () => {
    const result = serai(['migrate'], { SERAI_PORT: 'abc', SERAI_DATABASE_URL: 'mysql://x/y' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SERAI_PORT must be a whole number/);
    expect(result.stderr).toMatch(/SERAI_DATABASE_URL .*unknown engine "mysql"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with a clear message when the database cannot be reached', () => {
    const result = serai(['migrate'], { SERAI_DATABASE_URL: 'postgres://nobody:hunter2@127.0.0.1:1/none' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
    expect(result.stderr).not.toContain('hunter2');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('migrates an empty SQLite database', () => {
    const result = serai(['migrate']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Applied: .*foundation/);
  });
});
