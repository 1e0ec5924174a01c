// One per app: the open live streams of this node, by article. A bus notice that an
// article's log grew makes the hub read the new events from the database once for that
// article (not once per reader), render each comment once, and write it to every stream
// that has not had it yet. Each stream remembers the last seq it was sent, so a stream
// that joined late or reconnected with Last-Event-ID gets exactly the events after it,
// in order, once. Bus notices may be lost (Redis down): on resync, and every few seconds
// while the bus is disconnected, the hub reads the log of every watched article instead.
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { effectiveCommentMode } from '../comments/comment-mode.ts';
import { findLiveComment, listLiveEventsAfter, type LiveArticle, type LiveEventRow } from './live-events.queries.ts';
import { isVisible, renderLiveComment } from './live-render.tsx';
import { eventFrame, KEEP_ALIVE } from './live-frames.ts';

export interface LiveStream {
  /** The last seq this stream was sent (or, for a new stream, already shows). */
  lastSeq: number;
  ip: string;
  write(chunk: string): void;
  end(): void;
}

export type Admission = 'ok' | 'node_full' | 'ip_full';

export interface LiveHub {
  admit(ip: string): Admission;
  /** Starts delivering to the stream; returns the function that forgets it. */
  open(article: LiveArticle, stream: LiveStream): () => void;
  /** Ends every stream (shutdown); the hub stays usable. */
  endAll(): void;
  close(): void;
  readonly size: number;
}

export interface LiveLimits { perNode: number; perIp: number; heartbeatMs: number; pollMs: number }

export const LIVE_LIMITS: LiveLimits = { perNode: 5_000, perIp: 20, heartbeatMs: 20_000, pollMs: 3_000 };

/** Events read per query, and the rendered events each article keeps for streams that fall a little behind. */
const BATCH = 200;
const RECENT = 256;
/** A reconnect far behind is served at most this many batches at a time (the rest on the next pass). */
const BACKFILL_BATCHES = 10;

interface Rendered { seq: number; frame: string }

interface Channel {
  article: LiveArticle;
  streams: Set<LiveStream>;
  /** The highest seq read from the log into `recent`. */
  cursor: number;
  recent: Rendered[];
  running: boolean;
  again: boolean;
}

type HubDeps = Pick<AppDeps, 'db' | 'events' | 'sites' | 'clock'>;

export function createLiveHub(deps: HubDeps, log: FastifyBaseLogger, limits: LiveLimits = LIVE_LIMITS): LiveHub {
  const channels = new Map<string, Channel>();
  const perIp = new Map<string, number>();
  let total = 0;

  async function isOpen(article: LiveArticle): Promise<boolean> {
    const site = await deps.sites.byId(article.siteId);
    if (!site) return false;
    const mode = effectiveCommentMode({ site, section: article.commentModes.section, article: article.commentModes.article, publishedAt: article.publishedAt }, deps.clock.now());
    return mode.mode !== 'closed';
  }

  /** One event as the wire carries it; a comment hidden again since is sent as a count. */
  async function render(article: LiveArticle, row: LiveEventRow): Promise<Rendered> {
    if (row.kind === 'comment' && row.commentId) {
      const comment = await findLiveComment(deps.db, article.id, row.commentId);
      if (comment && isVisible(comment)) {
        const html = renderLiveComment(article, comment, await isOpen(article));
        return { seq: row.seq, frame: eventFrame(row.seq, 'comment', { commentId: comment.id, parentId: comment.parentId, html, count: row.visibleCount }) };
      }
    }
    return { seq: row.seq, frame: eventFrame(row.seq, 'count', { count: row.visibleCount }) };
  }

  async function renderAll(article: LiveArticle, rows: LiveEventRow[]): Promise<Rendered[]> {
    const out: Rendered[] = [];
    for (const row of rows) out.push(await render(article, row));
    return out;
  }

  function send(stream: LiveStream, events: readonly Rendered[]) {
    for (const event of events) {
      if (event.seq <= stream.lastSeq) continue;
      stream.write(event.frame);
      stream.lastSeq = event.seq;
    }
  }

  /** A stream behind what `recent` holds (a reconnect from long ago): its own reads, up to `until`. */
  async function backfill(channel: Channel, stream: LiveStream, until: number) {
    for (let i = 0; i < BACKFILL_BATCHES && stream.lastSeq < until; i++) {
      const rows = (await listLiveEventsAfter(deps.db, channel.article.id, stream.lastSeq, BATCH)).filter((r) => r.seq <= until);
      if (rows.length === 0) {
        // Pruned (older than the log keeps): nothing more to replay before `until`.
        stream.lastSeq = until;
        return;
      }
      send(stream, await renderAll(channel.article, rows));
    }
  }

  /** Reads the article's new events once, then brings every stream up to date. */
  async function step(channel: Channel) {
    const rows = await listLiveEventsAfter(deps.db, channel.article.id, channel.cursor, BATCH);
    if (rows.length === BATCH) channel.again = true;
    if (rows.length > 0) {
      channel.recent.push(...(await renderAll(channel.article, rows)));
      channel.cursor = rows[rows.length - 1]!.seq;
      if (channel.recent.length > RECENT) channel.recent.splice(0, channel.recent.length - RECENT);
    }
    const base = (channel.recent[0]?.seq ?? channel.cursor + 1) - 1;
    for (const stream of [...channel.streams]) {
      if (stream.lastSeq < base) await backfill(channel, stream, base);
      // Still behind after this pass's backfill: sending `recent` now would skip the events in
      // between; the next round backfills on from where this one stopped.
      if (stream.lastSeq < base) channel.again = true;
      else if (channel.streams.has(stream)) send(stream, channel.recent);
    }
  }

  /** One pass per article at a time; a notice during a pass makes it go round once more. */
  async function pump(channel: Channel) {
    if (channel.running) {
      channel.again = true;
      return;
    }
    channel.running = true;
    try {
      for (let round = 0; round < 100; round++) {
        channel.again = false;
        await step(channel);
        if (!channel.again || channel.streams.size === 0) break;
      }
    } catch (error) {
      // The database is away: the next notice or poll tries again.
      log.warn({ err: error, articleId: channel.article.id }, 'live events could not be read');
    } finally {
      channel.running = false;
    }
  }

  const pumpAll = () => {
    for (const channel of channels.values()) void pump(channel);
  };

  const unsubscribe = deps.events.subscribe((message) => {
    if (message.type !== 'live') return;
    const channel = channels.get(message.articleId);
    if (channel && message.seq > channel.cursor) void pump(channel);
  });
  const unresync = deps.events.onResync(pumpAll);
  const poll = setInterval(() => {
    if (deps.events.status() === 'disconnected') pumpAll();
  }, limits.pollMs);
  poll.unref();
  const heartbeat = setInterval(() => {
    for (const channel of channels.values()) for (const stream of channel.streams) stream.write(KEEP_ALIVE);
  }, limits.heartbeatMs);
  heartbeat.unref();

  function forget(channel: Channel, stream: LiveStream) {
    if (!channel.streams.delete(stream)) return;
    total--;
    const left = (perIp.get(stream.ip) ?? 1) - 1;
    if (left > 0) perIp.set(stream.ip, left);
    else perIp.delete(stream.ip);
    if (channel.streams.size === 0 && channels.get(channel.article.id) === channel) channels.delete(channel.article.id);
  }

  return {
    admit(ip) {
      if (total >= limits.perNode) return 'node_full';
      if ((perIp.get(ip) ?? 0) >= limits.perIp) return 'ip_full';
      return 'ok';
    },
    open(article, stream) {
      let channel = channels.get(article.id);
      if (!channel) {
        channel = { article, streams: new Set(), cursor: stream.lastSeq, recent: [], running: false, again: false };
        channels.set(article.id, channel);
      }
      channel.streams.add(stream);
      total++;
      perIp.set(stream.ip, (perIp.get(stream.ip) ?? 0) + 1);
      // Replays what a reconnecting stream missed, and catches up with events since the lookup.
      void pump(channel);
      const joined = channel;
      return () => forget(joined, stream);
    },
    endAll() {
      for (const channel of [...channels.values()]) {
        for (const stream of [...channel.streams]) {
          forget(channel, stream);
          stream.end();
        }
      }
    },
    close() {
      clearInterval(poll);
      clearInterval(heartbeat);
      unsubscribe();
      unresync();
      this.endAll();
    },
    get size() {
      return total;
    },
  };
}
