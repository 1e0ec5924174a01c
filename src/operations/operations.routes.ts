// GET /healthz, /readyz and /metrics: for load balancers, orchestrators and Prometheus.
// Never cached, no cookies, not logged at info level (probes every few seconds would drown
// the request log), not rate limited. While the app closes, Fastify itself answers 503
// (return503OnClosing), so a draining node drops out of the balancer.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { hostMetricsText, joinClusterMetrics } from './cluster-metrics.ts';
import { countWorkQueues, pingDatabase } from './operations.queries.ts';

type OperationsDeps = Pick<AppDeps, 'db' | 'events' | 'metrics' | 'config'>;

/** A database that takes longer than this for `select 1` is as good as down for serving pages. */
export const READY_DB_TIMEOUT_MS = 2000;
const QUIET = { logLevel: 'warn' as const };
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type CheckResult = 'ok' | 'failed';

async function databaseCheck(deps: OperationsDeps, request: FastifyRequest): Promise<CheckResult> {
  try {
    await within(pingDatabase(deps.db), READY_DB_TIMEOUT_MS);
    return 'ok';
  } catch (error) {
    request.log.warn({ err: error }, 'readiness: database check failed');
    return 'failed';
  }
}

/** Redis is optional: without it ('local') the node is ready; with it, it must be connected. */
function redisCheck(deps: OperationsDeps): CheckResult | 'not_configured' {
  const status = deps.events.status();
  if (status === 'local') return 'not_configured';
  return status === 'connected' ? 'ok' : 'failed';
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Headers a reverse proxy adds: a request carrying one was relayed for someone else, not made on this host. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

/**
 * Loopback callers (a local Prometheus or agent) by the socket's own address, never X-Forwarded-For; else the bearer token.
 * A reverse proxy on the same host (nginx in docs/operations.md) also connects from loopback, for any client on the
 * internet: a request it relayed (it names the client in a forwarding header) is not a local one.
 */
function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  const relayed = FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined);
  if (!relayed && LOOPBACK.has(request.socket.remoteAddress ?? '')) return true;
  const header = request.headers.authorization;
  if (!token || typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  // Equal-length digests: the comparison takes the same time whatever was sent.
  return timingSafeEqual(sha256(header.slice('Bearer '.length)), sha256(token));
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

export async function operationsRoutes(app: FastifyInstance, opts: { deps: OperationsDeps }): Promise<void> {
  const { deps } = opts;
  deps.metrics.watchQueues(() => countWorkQueues(deps.db));
  joinClusterMetrics(deps.metrics.registry);

  app.get('/healthz', QUIET, async (_request, reply) => noStore(reply).send({ status: 'ok' }));

  app.get('/readyz', QUIET, async (request, reply) => {
    const checks = { database: await databaseCheck(deps, request), redis: redisCheck(deps) };
    const ready = checks.database === 'ok' && checks.redis !== 'failed';
    return noStore(reply).code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
  });

  app.get('/metrics', QUIET, async (request, reply) => {
    noStore(reply);
    if (!mayReadMetrics(request, deps.config.metricsToken)) {
      return reply.code(403).send({ error: { code: 'forbidden', message: 'Metrics are available from this host or with the metrics token.' } });
    }
    const text = await hostMetricsText(deps.metrics.registry);
    return reply.type(deps.metrics.registry.contentType).send(text);
  });
}
