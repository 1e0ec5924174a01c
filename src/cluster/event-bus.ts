// What app nodes tell each other: page-cache invalidations, site-list changes and
// live-comment notices. One node alone (the embedded default) delivers in process;
// with SERAI_REDIS_URL the same messages cross nodes through Redis pub/sub
// (redis-event-bus.ts). Publishing never throws and never waits for Redis: a node
// keeps serving when Redis is down, and `onResync` tells subscribers when it returns
// so they can make up for what they may have missed.

export type ClusterMessage =
  | { type: 'invalidate-site'; siteId: string }
  | { type: 'invalidate-page'; siteId: string; path: string }
  | { type: 'sites-changed' }
  /** A site's screening settings or terms were saved. */
  | { type: 'screening-changed'; siteId: string }
  /** The article's live-event log (live_events) grew to `seq`. */
  | { type: 'live'; articleId: string; seq: number };

/** 'local': this node's own publish; 'remote': from another node through Redis. */
export type MessageOrigin = 'local' | 'remote';

export type BusStatus = 'local' | 'connected' | 'disconnected';

export interface EventBus {
  /** Delivers to this node's subscribers at once, and to other nodes when the bus is shared. */
  publish(message: ClusterMessage): void;
  subscribe(handler: (message: ClusterMessage, origin: MessageOrigin) => void): () => void;
  /** Called after the shared bus reconnects: messages published meanwhile may have been missed. */
  onResync(handler: () => void): () => void;
  /** 'local' when there is no shared bus; else whether Redis is reachable now. */
  status(): BusStatus;
  close(): Promise<void>;
}

export function createLocalEventBus(): EventBus {
  const handlers = new Set<(message: ClusterMessage, origin: MessageOrigin) => void>();
  return {
    publish(message) {
      for (const handler of handlers) handler(message, 'local');
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    onResync() {
      return () => undefined;
    },
    status: () => 'local',
    async close() {
      handlers.clear();
    },
  };
}
