// Two (or more) `serai serve` nodes on one fresh PostgreSQL database and one private Redis:
// the fleet of issue 7 on loopback. Each node has its own data folder, as separate hosts would.
// stop() ends every process this file started and drops the database.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { makeDataDir, startSerai, type SeraiProcess } from '../../e2e/support/server.ts';
import { createClusterDatabase, type ClusterDatabase } from './database.ts';
import { startPrivateRedis, type PrivateRedis } from './redis.ts';
import { seedClusterNewsroom, type ClusterNewsroom } from './seed.ts';

export interface ClusterNode extends SeraiProcess {
  name: string;
  /** kill -9: no drain, no goodbye. */
  kill(): Promise<void>;
  alive(): boolean;
}

export interface Cluster {
  db: ClusterDatabase;
  redis: PrivateRedis;
  newsroom: ClusterNewsroom;
  nodes: ClusterNode[];
  /** Another node on the same database and Redis (e.g. with its own limits); stopped with the cluster. */
  startNode(name: string, env?: Record<string, string>): Promise<ClusterNode>;
  stop(): Promise<void>;
}

/** The settings that let a test post thousands of comments quickly; tests override what they measure. */
const TEST_LIMITS = {
  SERAI_COMMENT_RATE_LIMIT: '1000000',
  SERAI_COMMENT_EMAIL_RATE_LIMIT: '1000000',
  SERAI_COMMENT_MIN_SECONDS: '0',
  SERAI_LOG_LEVEL: 'warn',
};

export async function startCluster(options: { nodes?: number; env?: Record<string, string> } = {}): Promise<Cluster> {
  const scratch = makeDataDir('serai-cluster-');
  const db = await createClusterDatabase(scratch);
  const started: ClusterNode[] = [];
  const dirs = [scratch];
  let redis: PrivateRedis | undefined;
  const prefix = `serai_test_${randomBytes(4).toString('hex')}:`;

  const startNode = async (name: string, env: Record<string, string> = {}): Promise<ClusterNode> => {
    const dataDir = makeDataDir(`serai-cluster-${name}-`);
    dirs.push(dataDir);
    const proc = await startSerai({
      dataDir,
      env: { SERAI_DATABASE_URL: db.url, SERAI_REDIS_URL: redis!.url, SERAI_REDIS_PREFIX: prefix, ...TEST_LIMITS, ...options.env, ...env },
    });
    let killed = false;
    const node: ClusterNode = {
      ...proc, name,
      alive: () => !killed,
      async kill() {
        killed = true;
        process.kill(proc.pid, 'SIGKILL');
        await proc.stop();
      },
      async stop() {
        killed = true;
        await proc.stop();
      },
    };
    started.push(node);
    return node;
  };

  try {
    const newsroom = await seedClusterNewsroom(db.url, scratch);
    redis = await startPrivateRedis();
    const count = options.nodes ?? 2;
    const names = ['A', 'B', 'C', 'D'];
    const nodes = await Promise.all(Array.from({ length: count }, (_, i) => startNode(names[i]!)));
    return {
      db, redis, newsroom, nodes, startNode,
      async stop() {
        await Promise.all(started.map((node) => node.stop().catch(() => undefined)));
        await redis?.stop();
        await db.drop();
        for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(started.map((node) => node.stop().catch(() => undefined)));
    await redis?.stop();
    await db.drop().catch(() => undefined);
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A server's output, for failure messages (the last few thousand characters). */
export function outputOf(nodes: ClusterNode[]): string {
  return nodes.map((n) => `--- node ${n.name} ---\n${n.output().slice(-3_000)}`).join('\n');
}
