// The command itself, as `npm test` and CI run it: exit status and report.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = 'scripts/fixtures/i18n-check';

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/i18n-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run i18n:check', () => {
  it('exits 0 on the app\'s catalogs', () => {
    const run = check();
    expect(run.out).toMatch(/✓ no errors/);
    expect(run.status).toBe(0);
  });

  it('exits 0 on a folder whose only gaps are in optional locales, listing them', () => {
    const run = check('--dir', `${FIXTURES}/good`, '--source', `${FIXTURES}/sources`);
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/kk-Cyrl +missing \(2\): items, farewell/);
    expect(run.out).toMatch(/en +unused \(no source file names it\) \(1\): farewell/);
  });

  it('exits 1 on errors, naming each', () => {
    const run = check(`--dir=${FIXTURES}/bad`, '--source', `${FIXTURES}/sources`);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/ru +ERROR missing \(1\): farewell/);
    expect(run.out).toMatch(/ar +ERROR ICU syntax error in greeting/);
  });

  it('exits 1 with usage on an unknown option', () => {
    const run = check('--directory', 'x');
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/usage: i18n-check/);
  });
});
