// SIGTERM during a burst of comment POSTs, against the real `serai serve` (one process on
// SQLite; two cluster workers on PostgreSQL + Redis when the test servers are set): every
// comment answered 303 is stored exactly once, nothing is stored that was answered with a
// refusal, requests after the drain began are refused (503 or no connection), the process exits 0.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { uniquePrefix, deleteKeys } from '../../test/redis.ts';
import {
  MARK, OPEN_LIMITS, commentForm, freshPostgres, makeTempDir, postComment, seedArticle, startServe, storedBodies, type ServeChild, type Target,
} from './serve.testkit.ts';

const BURST = 200;
const postgresUrl = process.env.SERAI_TEST_DATABASE_URL;
const redisUrl = process.env.SERAI_TEST_REDIS_URL;
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

function track(server: ServeChild, dataDir: string): void {
  cleanups.push(async () => {
    server.signal('SIGKILL');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

async function waitForDrain(server: ServeChild, drainers: number): Promise<void> {
  let exited = false;
  void server.exited.then(() => { exited = true; });
  const deadline = Date.now() + 30_000;
  // Serving processes' lines, not the primary's.
  const draining = () => server.output().split('\n').filter((line) => line.includes('"event":"shutdown_draining"') && !line.includes('"role":"primary"')).length;
  while (!exited && draining() < drainers) {
    if (Date.now() > deadline) throw new Error(`no drain logged:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Fires the burst, sends SIGTERM once the first answer is back, then a second wave after it. */
async function burstThroughShutdown(target: Target, server: ServeChild, articlePath: string, drainers: number) {
  const form = await commentForm(server.url, articlePath);
  const answers = new Map<string, number | 'error'>();
  // SIGTERM once a quarter of the burst is answered: the rest is in flight or queued when the drain begins.
  let answered = 0;
  let signalled: () => void = () => undefined;
  const firstAnswers = new Promise<void>((resolve) => { signalled = resolve; });
  const first = Array.from({ length: BURST }, async (_, i) => {
    const text = `${MARK} ${i} before the signal`;
    answers.set(text, await postComment(server.url, form, text));
    if (++answered >= BURST / 4) signalled();
  });
  await firstAnswers;
  server.signal('SIGTERM');
  // The late wave goes out once every serving process has logged that it is draining (or has exited).
  await waitForDrain(server, drainers);
  const late = Array.from({ length: 20 }, async (_, i) => {
    const text = `${MARK} ${i} after the signal`;
    answers.set(text, await postComment(server.url, form, text));
  });
  await Promise.all([...first, ...late]);
  const exitCode = await server.exited;
  return { answers, exitCode, stored: await storedBodies(target), output: server.output() };
}

function expectNothingLost(result: Awaited<ReturnType<typeof burstThroughShutdown>>): void {
  const accepted = [...result.answers].filter(([, status]) => status === 303).map(([text]) => text);
  expect(accepted.length).toBeGreaterThan(0);
  for (const text of accepted) expect(result.stored.get(text), `accepted comment "${text}"`).toBe(1);
  for (const [text, status] of result.answers) {
    // A refusal is a 503 from the draining server or no connection at all; never another error.
    if (status !== 303) expect([503, 'error'], `answer to "${text}"`).toContain(status);
    // What was refused with an answer was not stored either (a dropped connection may have been, once).
    if (status === 503) expect(result.stored.has(text), `refused comment "${text}"`).toBe(false);
  }
  for (const [text, count] of result.stored) expect(count, `stored comment "${text}"`).toBe(1);
  // The late wave started after the drain began: none of it was accepted.
  expect([...result.answers].filter(([text, status]) => text.endsWith('after the signal') && status === 303)).toEqual([]);
  expect(result.exitCode, result.output).toBe(0);
}

describe('graceful shutdown', () => {
  it(`drains ${BURST} concurrent comment POSTs on SIGTERM: nothing accepted is lost, exit 0 (SQLite, one process)`, async () => {
    const target = { dataDir: makeTempDir() };
    const articlePath = await seedArticle(target);
    const server = await startServe(target, [], OPEN_LIMITS);
    track(server, target.dataDir);
    const result = await burstThroughShutdown(target, server, articlePath, 1);
    expectNothingLost(result);
    expect(server.output()).toMatch(/"event":"shutdown_draining"/);
    expect(server.output()).toMatch(/"event":"shutdown_drained"/);
    expect(server.output()).not.toMatch(/example\.org/);
  }, 120_000);

  // Two workers need PostgreSQL and Redis (CI sets both); the SQLite case above always runs.
  const clusterCases = postgresUrl && redisUrl ? [2] : [];
  for (const workers of clusterCases) it(`drains ${workers} cluster workers on PostgreSQL + Redis: the primary forwards SIGTERM and exits 0`, async () => {
    const database = await freshPostgres(postgresUrl!);
    const prefix = uniquePrefix();
    cleanups.push(() => database.drop(), () => deleteKeys(redisUrl!, prefix));
    const target = { dataDir: makeTempDir(), databaseUrl: database.url };
    const articlePath = await seedArticle(target);
    const server = await startServe(target, ['--workers', String(workers)], { ...OPEN_LIMITS, SERAI_REDIS_URL: redisUrl!, SERAI_REDIS_PREFIX: prefix });
    track(server, target.dataDir);
    const result = await burstThroughShutdown(target, server, articlePath, workers);
    expectNothingLost(result);
    expect(server.output()).toMatch(/"role":"primary","event":"shutdown_drained","exitCode":0/);
  }, 120_000);
});
