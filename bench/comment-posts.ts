// Sustained comment POSTs against a real `serai serve` (SQLite, then PostgreSQL): a fixed
// number of distinct comments through the public form at 50 connections, then the rows
// stored are compared with the 303 answers: none lost, none stored twice.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { makeDataDir, startSerai } from '../e2e/support/server.ts';
import { cpuSeconds, type LoadOptions } from './load.ts';
import { createBenchDatabase, queryPostgres } from './postgres.ts';

export interface CommentPostResult {
  engine: 'sqlite' | 'postgres';
  sent: number;
  accepted: number;
  acceptedPerSecond: number;
  latencyP99Ms: number;
  serverCpuMicrosPerComment: number | null;
  rowsStored: number;
  lost: number;
  duplicated: number;
  /** Rows stored without a 303 (an answer other than success for a comment that was kept). */
  unacknowledged: number;
  otherAnswers: Record<string, number>;
}

const MARK = 'Bench comment';
// Limits off for the load itself: this measures the write path, not the limiter saying no.
export const OPEN_LIMITS = { SERAI_COMMENT_RATE_LIMIT: '1000000', SERAI_COMMENT_EMAIL_RATE_LIMIT: '1000000', SERAI_COMMENT_MIN_SECONDS: '0', SERAI_LOG_LEVEL: 'warn' };

/** The demo's first article on the home page and its comment form (action and token). */
export async function formOf(baseUrl: string): Promise<{ articlePath: string; action: string; token: string }> {
  const home = await (await fetch(`${baseUrl}/`)).text();
  const articlePath = /href="(\/[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/articles\/[^"?#]+)"/.exec(home)?.[1];
  if (!articlePath) throw new Error('no article link on the home page: did the demo seed run?');
  const html = await (await fetch(`${baseUrl}${articlePath}`)).text();
  const token = /name="token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="token"/.exec(html);
  if (!token) throw new Error(`no comment form token on ${articlePath}`);
  return { articlePath, action: `${articlePath}/comments`, token: (token[1] ?? token[2])! };
}

async function storedRows(engine: 'sqlite' | 'postgres', where: string): Promise<{ rows: number; distinct: number }> {
  const sql = `SELECT COUNT(*) AS n, COUNT(DISTINCT email_hash) AS d FROM comments WHERE body LIKE '${MARK} %'`;
  if (engine === 'sqlite') {
    const db = new Database(where, { readonly: true });
    try {
      const row = db.prepare(sql).get() as { n: number; d: number };
      return { rows: Number(row.n), distinct: Number(row.d) };
    } finally {
      db.close();
    }
  }
  const [row] = await queryPostgres<{ n: string; d: string }>(where, sql);
  return { rows: Number(row!.n), distinct: Number(row!.d) };
}

export async function measureCommentPosts(load: LoadOptions, engine: 'sqlite' | 'postgres', amount: number): Promise<CommentPostResult | undefined> {
  const dataDir = makeDataDir('serai-bench-comments-');
  const database = engine === 'postgres' ? await createBenchDatabase() : undefined;
  if (engine === 'postgres' && !database) return undefined;
  const env: Record<string, string> = { ...OPEN_LIMITS, ...(database ? { SERAI_DATABASE_URL: database.url } : {}) };
  const server = await startSerai({ dataDir, args: ['--demo-if-empty'], env });
  try {
    const form = await formOf(server.url);
    console.log(`- comment POSTs on ${engine}: ${amount} distinct comments, ${load.connections} connections …`);
    // The unique id goes in the email only: in the text, autocannon's ids (22 characters and a 10-digit
    // counter) read as phone numbers to screening, which held every comment and rejected some (422).
    // Each row is told apart by its email (hashed), so the text can be the same for all.
    const body = `name=Bench+Reader&email=bench-[<id>]%40example.org&token=${encodeURIComponent(form.token)}&body=${encodeURIComponent(`${MARK} from a reader, with some text, as readers write it.`)}`;
    const cpuBefore = cpuSeconds(server.pid);
    const result = await autocannon({
      url: `${server.url}${form.action}`, method: 'POST', connections: load.connections, amount, timeout: 20, idReplacement: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, body,
    });
    const cpuAfter = cpuSeconds(server.pid);
    const codes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
    const accepted = codes['303'] ?? 0;
    await server.stop();
    const stored = await storedRows(engine, database ? database.url : path.join(dataDir, 'serai.db'));
    const { ['303']: _accepted, ...otherAnswers } = codes;
    return {
      engine, sent: result.requests.total, accepted, acceptedPerSecond: accepted / result.duration, latencyP99Ms: result.latency.p99,
      serverCpuMicrosPerComment: cpuBefore !== null && cpuAfter !== null && accepted ? ((cpuAfter - cpuBefore) * 1e6) / accepted : null,
      rowsStored: stored.rows, lost: Math.max(0, accepted - stored.rows), duplicated: stored.rows - stored.distinct,
      unacknowledged: Math.max(0, stored.distinct - accepted),
      otherAnswers: { ...otherAnswers, ...(result.errors ? { errors: result.errors } : {}), ...(result.timeouts ? { timeouts: result.timeouts } : {}) },
    };
  } catch (error) {
    console.error(`--- server output ---\n${server.output()}`);
    throw error;
  } finally {
    await server.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
