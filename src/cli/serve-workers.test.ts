// `serai serve --workers N`: the count is checked before anything starts, a worker that dies is
// replaced while the site keeps answering, a crash loop ends the primary with exit 1, and
// SIGTERM to the primary stops every worker with exit 0.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteKeys, uniquePrefix } from '../../test/redis.ts';
import { childPids, freshPostgres, makeTempDir, seedArticle, startServe, type ServeChild } from './serve.testkit.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/serai.js');
const postgresUrl = process.env.SERAI_TEST_DATABASE_URL;
const redisUrl = process.env.SERAI_TEST_REDIS_URL;
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

function serve(args: string[], env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-cli-'));
  try {
    return spawnSync(process.execPath, [BIN, 'serve', ...args], {
      env: { PATH: process.env.PATH ?? '', SERAI_DATA_DIR: dataDir, SERAI_HOST: '127.0.0.1', SERAI_PORT: '0', ...env }, encoding: 'utf8', timeout: 60_000,
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('serai serve --workers', () => {
  it.each([['0'], ['x'], ['65'], ['1.5'], ['-3']])('refuses --workers=%s with exit 2 and the allowed range', (count) => {
    const result = serve([`--workers=${count}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--workers must be a whole number from 1 to 64, or "auto"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses more than one worker without SERAI_REDIS_URL, saying why', () => {
    const result = serve(['--workers', '2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--workers 2 needs SERAI_REDIS_URL/);
    expect(result.stderr).toMatch(/page-cache invalidation, live comments/);
  });

  it('gives up with exit 1 when workers crash-loop (the port is taken)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as net.AddressInfo;
      const result = serve(['--workers', '1'], { SERAI_PORT: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/"event":"worker_died"/);
      expect(result.stderr).toMatch(/"event":"workers_crash_looping","deaths":5/);
    } finally {
      blocker.close();
    }
  }, 120_000);

  // Several workers need PostgreSQL and Redis (CI sets both); the checks above always run.
  const clusterCases = postgresUrl && redisUrl ? [2] : [];
  for (const workers of clusterCases) {
    it(`replaces a killed worker while the site keeps answering, and stops all ${workers} on SIGTERM with exit 0`, async () => {
      const database = await freshPostgres(postgresUrl!);
      const prefix = uniquePrefix();
      cleanups.push(() => database.drop(), () => deleteKeys(redisUrl!, prefix));
      const target = { dataDir: makeTempDir(), databaseUrl: database.url };
      const articlePath = await seedArticle(target);
      const server: ServeChild = await startServe(target, ['--workers', String(workers)], { SERAI_REDIS_URL: redisUrl!, SERAI_REDIS_PREFIX: prefix });
      cleanups.push(async () => { server.signal('SIGKILL'); await server.exited; fs.rmSync(target.dataDir, { recursive: true, force: true }); });
      expect(server.output()).toMatch(new RegExp(`Serai is serving on http://127\\.0\\.0\\.1:\\d+ with ${workers} workers`));
      await waitUntil(() => childPids(server.pid).length === workers, `${workers} workers`);
      const before = childPids(server.pid);

      process.kill(before[0]!, 'SIGKILL');
      // A connection the primary handed to the worker as it died can be lost (node:cluster); every
      // other request is answered, by the surviving worker, while the replacement starts.
      const answers: Array<number | 'lost'> = [];
      await waitUntil(async () => {
        answers.push(await fetch(`${server.url}${articlePath}`, { signal: AbortSignal.timeout(2_000) })
          .then(async (res) => { await res.arrayBuffer(); return res.status; }, () => 'lost' as const));
        const now = childPids(server.pid);
        return now.length === workers && !now.includes(before[0]!) && /"event":"worker_listening"/.test(server.output());
      }, 'a replacement worker');
      expect(answers.filter((status) => status !== 200 && status !== 'lost')).toEqual([]);
      expect(answers.filter((status) => status === 'lost').length).toBeLessThanOrEqual(1);
      // Once the replacement listens, both workers answer (its first page may take a moment to render cold).
      for (let i = 0; i < 4; i++) expect((await fetch(`${server.url}${articlePath}`, { signal: AbortSignal.timeout(15_000) })).status).toBe(200);
      expect(server.output()).toMatch(/"event":"worker_died".*"signal":"SIGKILL"/);

      const workersNow = childPids(server.pid);
      server.signal('SIGTERM');
      expect(await server.exited).toBe(0);
      for (const pid of workersNow) expect(() => process.kill(pid, 0)).toThrow();
    }, 120_000);
  }
});
