// Redis for tests. Like engines.ts: the in-process bus always runs, the Redis one when
// SERAI_TEST_REDIS_URL is set (CI: redis://127.0.0.1:6379). Every test uses its own key
// prefix and deletes its keys after. Tests that stop or restart Redis start their OWN
// redis-server on a free port (startPrivateRedis), never the machine's.
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { Redis } from 'ioredis';
import { createLocalEventBus, type ClusterMessage, type EventBus, type MessageOrigin } from '../src/cluster/event-bus.ts';
import { openRedisEventBus } from '../src/cluster/redis-event-bus.ts';

export const redisTestUrl: string | undefined = process.env.SERAI_TEST_REDIS_URL || undefined;

export type BusKind = 'local' | 'redis';
export const busKinds: BusKind[] = redisTestUrl ? ['local', 'redis'] : ['local'];
/** The shared Redis URL as a list of zero or one, to loop suites over (no skipped suites when unset). */
export const sharedRedisUrls: string[] = redisTestUrl ? [redisTestUrl] : [];

/** A fresh key and channel prefix, `serai_test_<hex>:`. */
export const uniquePrefix = (): string => `serai_test_${randomBytes(6).toString('hex')}:`;

/** Deletes every key under the prefix (SCAN + DEL, so it never blocks Redis). */
export async function deleteKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    let cursor = '0';
    for (let rounds = 0; rounds < 10_000; rounds++) {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await client.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    client.disconnect();
  }
}

/** Resolves when `check()` is true; fails after `timeoutMs` (no fixed sleeps in tests). */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ping(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 500 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface PrivateRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM, then waits for the process to exit). */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: it saves nothing). */
  start(): Promise<void>;
  restart(): Promise<void>;
}

/** A redis-server of this test's own on a free loopback port, for outage tests. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child) return;
    child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], { stdio: 'ignore' });
    const spawned = child;
    // A test run that dies must not leave its redis-server behind.
    process.once('exit', () => { if (spawned.exitCode === null) spawned.kill('SIGKILL'); });
    await waitFor(() => {
      if (spawned.exitCode !== null) throw new Error(`redis-server on ${port} exited at start`);
      return ping(url);
    }, 10_000, `redis-server on ${port}`);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return { url, port, start, stop, restart: async () => { await stop(); await start(); } };
}

/** Two nodes' buses: two Redis connections on one prefix, or an in-process pair that hands messages across as remote. */
export function busPair(kind: BusKind, prefix: string): [EventBus, EventBus] {
  if (kind === 'redis') return [openRedisEventBus({ url: redisTestUrl!, prefix }), openRedisEventBus({ url: redisTestUrl!, prefix })];
  const a = createLocalEventBus();
  const b = createLocalEventBus();
  const bridge = (from: EventBus, to: EventBus) => {
    const forward = to.subscribe.bind(to);
    const toHandlers: Array<(m: ClusterMessage, o: MessageOrigin) => void> = [];
    to.subscribe = (h) => { toHandlers.push(h); return forward(h); };
    from.subscribe((m, origin) => { if (origin === 'local') for (const h of toHandlers) h(m, 'remote'); });
  };
  bridge(a, b);
  bridge(b, a);
  return [a, b];
}
