// `serai moderation check` as an operator runs it: the real binary in a child process, JSON lines in and out, over a
// SQLite database seeded with a second site that has its own word and blocked domain.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DEFAULT_SCREENING_SETTINGS, insertScreeningTerm, upsertScreeningSettings } from '../screening-settings/screening-settings.queries.ts';
import { insertSite } from '../sites/site.queries.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/serai.js');
const AT = '2026-06-08T09:00:00.000Z';

function check(dataDir: string, input: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, 'moderation', 'check'], {
    input, env: { PATH: process.env.PATH ?? '', SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 60_000,
  });
}

async function seed(dataDir: string): Promise<void> {
  const database = await connect({ engine: 'sqlite', filename: path.join(dataDir, 'serai.db') });
  try {
    await migrateToLatest(database.db);
    const site = { host: null, defaultLocale: 'ru', locales: ['ru'], createdAt: AT };
    await insertSite(database.db, { ...site, id: 'site-main', slug: 'main', name: 'Main', isDefault: true });
    await insertSite(database.db, { ...site, id: 'site-second', slug: 'second', name: 'Second', isDefault: false });
    await insertScreeningTerm(database.db, {
      id: 'term-1', siteId: 'site-second', createdBy: null, at: AT,
      term: { kind: 'block', language: 'en', term: 'blorf', category: 'profanity', severity: 3, match: 'word' },
    });
    await upsertScreeningSettings(database.db, 'site-second', { ...DEFAULT_SCREENING_SETTINGS, blockedDomains: ['casino.example'] }, { userId: null, at: AT });
  } finally {
    await database.close();
  }
}

describe('serai moderation check', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-moderation-'));
    await seed(dataDir);
  });
  afterAll(() => { fs.rmSync(dataDir, { recursive: true, force: true }); });

  it('answers every line in order, errors included, and exits 0', () => {
    const lines = [
      JSON.stringify({ text: 'Ты с у к а' }),
      JSON.stringify({ text: 'you f.u.c.k.i.n.g idiot', lang: 'en' }),
      '{not json',
      '',
      JSON.stringify({ lang: 'ru' }),
      JSON.stringify({ text: 5 }),
      JSON.stringify({ text: 'hello', site: 'nowhere' }),
      JSON.stringify({ text: 'you blorf', site: 'second' }),
      JSON.stringify({ text: 'you blorf' }),
      JSON.stringify({ text: 'Спасибо за статью!' }),
      JSON.stringify({ text: 'Я тебя убью', site: 'site-second' }),
      '[1, 2]',
      JSON.stringify({ text: 'cheap at https://win.casino.example/now', site: 'second' }),
    ];
    const result = check(dataDir, `${lines.join('\n')}\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(12); // the blank line is skipped
    expect(out[0]).toEqual({ verdict: 'hold', score: 0.6, lang: 'ru', reasons: [{ code: 'profanity', category: 'profanity', match: 'с у к а' }] });
    expect(out[1]).toMatchObject({ verdict: 'hold', lang: 'en', reasons: [{ code: 'profanity', category: 'profanity', match: 'f.u.c.k.i.n.g' }, { code: 'profanity', match: 'idiot' }] });
    expect(out[2]).toEqual({ error: { code: 'invalid_json', message: expect.any(String) }, line: 3 });
    expect(out[3]).toEqual({ error: { code: 'missing_text', message: expect.any(String) }, line: 5 });
    expect(out[4]).toEqual({ error: { code: 'invalid_text', message: expect.any(String) }, line: 6 });
    expect(out[5]).toEqual({ error: { code: 'unknown_site', message: expect.stringContaining('nowhere') }, line: 7 });
    expect(out[6]).toEqual({ verdict: 'reject', score: 0.95, lang: 'en', reasons: [{ code: 'profanity', category: 'profanity', match: 'blorf' }] });
    expect(out[7]).toEqual({ verdict: 'approve', score: 0, lang: 'en', reasons: [] }); // the default site has no such word
    expect(out[8]).toEqual({ verdict: 'approve', score: 0, lang: 'ru', reasons: [] });
    expect(out[9]).toMatchObject({ verdict: 'reject', lang: 'ru', reasons: expect.arrayContaining([{ code: 'threat', category: 'threat', match: 'тебя убью' }]) });
    expect(out[10]).toEqual({ error: { code: 'invalid_line', message: expect.any(String) }, line: 12 });
    expect(out[11]).toMatchObject({ verdict: 'reject', reasons: [{ code: 'blocked_domain', match: expect.stringContaining('casino.example') }] });
    expect(out[11].reasons[0]).not.toHaveProperty('category');
    for (const answer of out.filter((a) => 'verdict' in a)) expect(Object.keys(answer).sort()).toEqual(['lang', 'reasons', 'score', 'verdict']);
  });

  it('prints nothing for empty input and its usage with --help', () => {
    const empty = check(dataDir, '');
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe('');
    const help = spawnSync(process.execPath, [BIN, 'moderation', '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('serai moderation check');
  });

  it('exits 1 with a clear message when the database cannot be reached', () => {
    const result = check(dataDir, '{"text":"x"}\n', { SERAI_DATABASE_URL: 'postgres://nobody:hunter2@127.0.0.1:1/none' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot reach PostgreSQL/);
    expect(result.stderr).not.toContain('hunter2');
  });
});
