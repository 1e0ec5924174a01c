// Structured JSON request logs (pino through Fastify) and the request-duration metric.
// One line per request, on completion: request id, method, route pattern, status and
// duration. Never the query string, the client's address, headers, cookies or bodies:
// readers' names, emails and comment text must not reach the logs (issue 7, part 4).
import { LogController, type FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.ts';

/** The route label of a request no route matched (404s for made-up addresses): one label, not one per URL. */
const UNMATCHED_ROUTE = 'unmatched';

/** An error as logged: what it is and where it came from; never driver details (PostgreSQL's `detail` names the values). */
interface LoggedError { type: string; message: string; stack: string; [key: string]: unknown }

function errorForLog(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name, message: error.message, stack: error.stack ?? '',
    ...(code !== undefined ? { code } : {}), ...(error.cause ? { cause: errorForLog(error.cause) } : {}),
  };
}

/** Fastify `logger` options: JSON lines at `level`, to stdout or the given stream (tests read it back). */
export function loggerOptions(level: string, stream?: { write(line: string): void }) {
  return {
    level,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: {
      // Fastify's default would add the client address; only these fields are ever logged for a request.
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      err: errorForLog,
    },
    ...(stream ? { stream } : {}),
  };
}

/**
 * Fastify's own request lines, minus the two per request (installRequestLog writes one instead)
 * and minus 'Route GET:/…?query not found', which would log the raw URL. Errors are still logged.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, _request: unknown, reply: { log: { error(fields: object, message: string): void } }): void {
    if (error) reply.log.error({ err: error }, 'request errored');
  }
  override routeNotFound(): void {}
}

/** The app's `logController` (src/app.ts). */
export function requestLogController(): LogController {
  return new OneLinePerRequest();
}

function routeOf(request: { routeOptions: { url?: string } }): string {
  return request.routeOptions.url ?? UNMATCHED_ROUTE;
}

/**
 * Adds the request id to every answer and logs/measures each request once it is answered.
 * Call on the root instance before any plugin, so every route (and the 404 handler) gets it;
 * the app is built with requestLogController() so Fastify's own two lines per request are not written.
 * Routes that set `logLevel: 'warn'` (health checks, metrics scrapes) are measured but not logged.
 */
export function installRequestLog(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = routeOf(request);
    const ms = reply.elapsedTime;
    metrics.requestDone(request.method, route, reply.statusCode, ms / 1000);
    request.log.info({ method: request.method, route, status: reply.statusCode, durationMs: Math.round(ms * 100) / 100 }, 'request done');
    done();
  });
}
