// GET /api/articles/:articleId/live: the article's live comments as Server-Sent Events
// (issue 7). The wire contract (ids, event names, data) is in src/live/CONTEXT.md and
// live-frames.ts; other nodes' test clients depend on it byte for byte.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { findLiveArticle, findLiveSeq } from './live-events.queries.ts';
import { RETRY_FRAME, parseLastEventId } from './live-frames.ts';
import { createLiveHub, type LiveHub, type LiveLimits, type LiveStream } from './live-hub.ts';

/** Article ids are UUIDs as the app writes them; anything else names no article. */
const ARTICLE_ID = /^[0-9a-f-]{36}$/;

export const STREAM_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  // nginx and similar proxies would otherwise hold events back to fill a buffer.
  'x-accel-buffering': 'no',
};

/** The browser's reconnect header wins over the query the page starts with. */
function lastEventIdOf(request: FastifyRequest<{ Querystring: { lastEventId?: unknown } }>): number | undefined {
  const header = request.headers['last-event-id'];
  const raw = header !== undefined ? header : request.query.lastEventId;
  const parsed = parseLastEventId(raw);
  if (parsed === null) throw new HttpError(400, 'bad_last_event_id', 'Last-Event-ID must be an event number.');
  return parsed;
}

function admitOrThrow(hub: LiveHub, ip: string) {
  const admission = hub.admit(ip);
  if (admission === 'node_full') throw new HttpError(503, 'too_many_streams', 'Too many live connections; try again later.');
  if (admission === 'ip_full') throw new HttpError(429, 'too_many_streams', 'Too many live connections from this address.');
}

export interface LiveRoutesOptions { deps: AppDeps; limits?: LiveLimits }

export async function liveRoutes(app: FastifyInstance, opts: LiveRoutesOptions): Promise<void> {
  const { deps } = opts;
  const hub = createLiveHub(deps, app.log, opts.limits);
  // Before the server stops accepting: open streams would otherwise hold a graceful shutdown.
  app.addHook('preClose', (done) => {
    hub.endAll();
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    hub.close();
    done();
  });

  app.get<{ Params: { articleId: string }; Querystring: { lastEventId?: unknown } }>(
    '/api/articles/:articleId/live', { compress: false }, async (request, reply) => {
      const lastEventId = lastEventIdOf(request);
      const { articleId } = request.params;
      if (!ARTICLE_ID.test(articleId)) throw notFound('article');
      const article = await findLiveArticle(deps.db, articleId);
      if (!article) throw notFound('article');
      // HEAD (Fastify answers it from this route) says the stream exists without holding one open.
      if (request.method === 'HEAD') return reply.headers(STREAM_HEADERS).send('');
      admitOrThrow(hub, request.ip);
      const current = await findLiveSeq(deps.db, articleId);
      const body = new PassThrough();
      const stream: LiveStream = {
        // Without Last-Event-ID the stream starts now; an id past the log (another database) starts now too.
        lastSeq: lastEventId === undefined ? current : Math.min(lastEventId, current),
        ip: request.ip,
        write: (chunk) => {
          if (!body.writableEnded) body.write(chunk);
        },
        end: () => body.end(),
      };
      body.write(RETRY_FRAME);
      const forget = hub.open(article, stream);
      reply.raw.on('close', () => {
        forget();
        body.end();
      });
      // The reader may have left while the article was looked up: 'close' has already fired.
      if (request.raw.socket?.destroyed) {
        forget();
        body.end();
      }
      return reply.headers(STREAM_HEADERS).send(body);
    },
  );
}
