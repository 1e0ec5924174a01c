// GET /api/articles/:articleId/live: the article's live comments as Server-Sent Events
// (issue 7). The wire contract (ids, event names, data) is in src/live/CONTEXT.md and
// live-frames.ts; other nodes' test clients depend on it byte for byte.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { findLiveArticle } from './live-events.queries.ts';
import { RETRY_FRAME, parseLastEventId } from './live-frames.ts';
import { createLiveHub, type LiveHub, type LiveLimits, type LiveStream } from './live-hub.ts';

/** Article ids are UUIDs as the app writes them; anything else names no article. */
const ARTICLE_ID = /^[0-9a-f-]{36}$/;

const STREAM_HEADERS: Readonly<Record<string, string>> = {
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

/** Bytes a stream may have waiting for its reader before it is cut off (about a thousand comments). */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * Writes to a stream's body unless its reader has fallen this far behind: a reader that does
 * not read (a stalled connection, or on purpose) would otherwise make the node keep every event
 * for it in memory. `cutOff` ends the connection; a browser reconnects with Last-Event-ID and
 * replays what it missed from the log.
 */
export function boundedWriter(body: PassThrough, cutOff: () => void, maxBuffered = MAX_BUFFERED_BYTES): (chunk: string) => void {
  return (chunk) => {
    if (body.writableEnded || body.destroyed) return;
    if (body.writableLength + body.readableLength + chunk.length > maxBuffered) {
      cutOff();
      return;
    }
    body.write(chunk);
  };
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
  let closing = false;
  // Before the server stops accepting: open streams would otherwise hold a graceful shutdown.
  app.addHook('preClose', (done) => {
    closing = true;
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
      const current = article.liveSeq;
      // Its lookups were still running when shutdown began (endAll has passed): a stream opened now
      // would hold the server's close until the reader leaves. Answer with the retry alone; the
      // browser reconnects in 3 s, to a node that is up.
      if (closing) return reply.headers(STREAM_HEADERS).header('connection', 'close').send(RETRY_FRAME);
      // Admitted right before hub.open, with no await between: streams opening at the same moment
      // must not all pass the check before any of them is counted.
      admitOrThrow(hub, request.ip);
      const body = new PassThrough();
      const stream: LiveStream = {
        // Without Last-Event-ID the stream starts now; an id past the log (another database) starts now too.
        lastSeq: lastEventId === undefined ? current : Math.min(lastEventId, current),
        ip: request.ip,
        write: boundedWriter(body, () => {
          body.destroy();
          reply.raw.destroy();
        }),
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
