// Support for the shutdown and cluster tests: a real `serai serve` child process whose exit
// code we can read, a seeded article open for comments, a burst of comment POSTs, and the
// rows they left in the database (SQLite file or PostgreSQL).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { ensureDefaultSite } from '../sites/bootstrap.ts';
import { openDatabase, prepareDeps } from '../server.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { freePort } from '../../e2e/support/server.ts';

const SERAI_BIN = path.resolve(import.meta.dirname, '../../bin/serai.js');
export const MARK = 'Shutdown probe';
/** Limits off: the test is about draining, not the limiter saying no. */
export const OPEN_LIMITS = { SERAI_COMMENT_RATE_LIMIT: '100000', SERAI_COMMENT_EMAIL_RATE_LIMIT: '100000', SERAI_COMMENT_MIN_SECONDS: '0' };

export interface Target { dataDir: string; databaseUrl?: string }

/** A section and one published article, open for comments; answers the article's path. */
export async function seedArticle(target: Target): Promise<string> {
  const config = loadConfig({ SERAI_DATA_DIR: target.dataDir, SERAI_DATABASE_URL: target.databaseUrl, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await ensureDefaultSite(deps);
    const section = await createSection(deps, { name: 'Economy' });
    const article = await createArticle(deps, { sectionId: section.id, headline: 'Bakers expect a busy winter', slug: 'bakers-winter' });
    return `/en/articles/${article.slug}`;
  } finally {
    await database.close();
  }
}

export interface ServeChild {
  url: string;
  pid: number;
  exited: Promise<number | null>;
  output(): string;
  signal(name: NodeJS.Signals): void;
}

/** `serai serve <args>` on a free loopback port; resolves once it answers (or rejects if it exits first). */
export async function startServe(target: Target, args: string[], env: Record<string, string> = {}): Promise<ServeChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERAI_BIN, 'serve', ...args], {
    cwd: target.dataDir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), SERAI_HOST: '127.0.0.1', SERAI_PORT: String(port),
      SERAI_DATA_DIR: target.dataDir, SERAI_LOG_LEVEL: 'info', ...(target.databaseUrl ? { SERAI_DATABASE_URL: target.databaseUrl } : {}), ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-400_000); };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => { exitCode = code; });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`serai serve exited with ${exitCode} before answering:\n${output}`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`serai serve did not answer:\n${output}`); }
    if (/Serai is serving on/.test(output)) {
      const answer = await fetch(`${url}/`, { redirect: 'manual' }).catch(() => undefined);
      if (answer) { await answer.arrayBuffer(); break; }
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 50)), exited]);
  }
  return { url, pid: child.pid!, exited, output: () => output, signal: (name) => child.kill(name) };
}

/** The comment form's token and action on the article page. */
export async function commentForm(url: string, articlePath: string): Promise<{ action: string; token: string }> {
  const html = await (await fetch(`${url}${articlePath}`)).text();
  const token = /name="token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="token"/.exec(html);
  if (!token) throw new Error(`no comment form token on ${articlePath}`);
  return { action: `${articlePath}/comments`, token: (token[1] ?? token[2])! };
}

/** One comment POST through the public form; 'error' when no HTTP answer came (refused, reset). */
export async function postComment(url: string, form: { action: string; token: string }, text: string): Promise<number | 'error'> {
  const body = new URLSearchParams({ name: 'Probe Reader', email: `${text.replace(/\W+/g, '-')}@example.org`, token: form.token, body: text, website: '' });
  try {
    const res = await fetch(`${url}${form.action}`, {
      method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(30_000),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'error';
  }
}

/** Every probe comment body stored, with how often (a body stored twice appears with 2). */
export async function storedBodies(target: Target): Promise<Map<string, number>> {
  const sql = `SELECT body, COUNT(*) AS n FROM comments WHERE body LIKE '${MARK} %' GROUP BY body`;
  let rows: Array<{ body: string; n: number | string }>;
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try { rows = (await client.query(sql)).rows; } finally { await client.end(); }
  } else {
    const db = new SQLite(path.join(target.dataDir, 'serai.db'), { readonly: true });
    try { rows = db.prepare(sql).all() as typeof rows; } finally { db.close(); }
  }
  return new Map(rows.map((row) => [row.body, Number(row.n)]));
}

/** A fresh PostgreSQL database next to SERAI_TEST_DATABASE_URL; drop() removes it. */
export async function freshPostgres(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `serai_test_${Math.random().toString(16).slice(2, 14)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try { await client.query(statement); } finally { await client.end(); }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The primary's live child process ids (Linux /proc). */
export function childPids(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'serai-serve-'));
}
