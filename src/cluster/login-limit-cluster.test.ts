// The login limit holds across nodes: two apps over one database and one Redis count the
// same IP's attempts together; while Redis is down each node still limits on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createUser } from '../../test/factories.ts';
import { csrfFrom } from '../../test/login.ts';
import { startPrivateRedis, uniquePrefix, waitFor, type PrivateRedis } from '../../test/redis.ts';
import { closeRedisClient, openRedisClient } from './redis-connection.ts';
import { redisWindowCounter } from './redis-rate-limiter.ts';

const cookiesFrom = (setCookie: string | string[] | undefined): string =>
  (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((c) => c.split(';')[0]).join('; ');

async function postLogin(app: FastifyInstance, email: string) {
  const form = await app.inject({ url: '/admin/login' });
  return app.inject({ method: 'POST', url: '/admin/login', headers: { cookie: cookiesFrom(form.headers['set-cookie']) }, payload: { _csrf: csrfFrom(form.body), email, password: 'wrong wrong wrong' } });
}

describe.each(engines)('login limit across two nodes on %s', (engine) => {
  let t: TestContext;
  let redis: PrivateRedis;
  const clients: ReturnType<typeof openRedisClient>[] = [];
  const apps: FastifyInstance[] = [];
  const prefix = uniquePrefix(); // one for both nodes: they share the counters
  beforeAll(async () => {
    redis = await startPrivateRedis();
    t = await buildTestApp(engine, { loginRateLimit: 3 });
  }, 20_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await Promise.all(clients.map(closeRedisClient));
    await t.close();
    await redis.stop();
  });

  async function node(): Promise<FastifyInstance> {
    const client = openRedisClient(redis.url);
    clients.push(client);
    await waitFor(() => client.status === 'ready', 5000, 'redis ready');
    const sharedCounter = redisWindowCounter({ redis: client, prefix, clock: t.deps.clock });
    const app = await buildApp({ ...t.deps, sharedCounter });
    await app.ready();
    apps.push(app);
    return app;
  }

  it('counts attempts on both nodes together, and keeps limiting per node while Redis is down', async () => {
    const [a, b] = [await node(), await node()];
    const user = await createUser(t.deps, { email: `limit-${engine}@example.test` });
    const statuses = [];
    for (const app of [a, b, a, b]) statuses.push((await postLogin(app, user.email)).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429]);

    await redis.stop();
    await waitFor(() => clients.every((c) => c.status !== 'ready'), 5000, 'clients see the outage');
    const down = [];
    for (let i = 0; i < 4; i++) down.push((await postLogin(a, user.email)).statusCode);
    expect(down).toEqual([400, 400, 400, 429]); // never a 500, never unlimited
    await redis.start();
  }, 30_000);
});
