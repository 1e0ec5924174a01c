// The ioredis options every Serai connection shares. Redis is an accelerator, never a
// dependency a request waits on: connections open in the background (a node starts
// while Redis is down), retry forever with a capped backoff, and commands fail fast
// instead of queueing while disconnected, so callers fall back to in-process state.
import { Redis, type RedisOptions } from 'ioredis';

/** What the cluster parts log through (pino's shape; no message contents, keys or IPs). */
export interface ClusterLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export const silentLog: ClusterLog = { warn: () => undefined, info: () => undefined };

/** Milliseconds before the next reconnection attempt: grows, then stays at 2 s forever. */
const reconnectDelay = (attempt: number): number => Math.min(attempt * 200, 2000);

/** A command-or-publish connection: no offline queue, so a call while Redis is down fails at once. */
export function openRedisClient(url: string, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // A Redis that accepts connections but does not answer must not hold a request either.
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: reconnectDelay,
    ...extra,
  });
  // Without a listener ioredis prints every connection error; the owner logs outages once.
  client.on('error', () => undefined);
  // The first attempt may fail (Redis down at start): retryStrategy keeps trying in the background.
  client.connect().catch(() => undefined);
  return client;
}

export const isReady = (client: Redis): boolean => client.status === 'ready';

/** Quits politely when connected, else stops the reconnection loop; resolves once the connection has ended. */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  const ended = new Promise<void>((resolve) => {
    client.once('end', () => resolve());
    // Bounded: an 'end' that never comes must not hold a shutdown.
    setTimeout(resolve, 2000).unref();
  });
  try {
    if (client.status !== 'ready') throw new Error('not connected');
    await client.quit();
  } catch {
    client.disconnect(); // the connection is down or went away while quitting
  }
  await ended;
}
