// The EventBus across app nodes, over Redis pub/sub on one channel (`<prefix>events`).
// Two connections: a subscriber (Redis allows nothing else on it) and a publisher that
// also serves this node's commands (rate-limit counters), see `commands`.
// Every message carries the sending node's random id: Redis echoes a node's own messages
// back to it, and those were already delivered locally (origin 'local') when published.
// While Redis is down, publish still delivers locally and drops the remote send; when the
// subscriber is back, onResync handlers run, since messages from other nodes were missed.
// The other way round too: the connections reconnect each on its own schedule, so other nodes
// may be subscribed (their own resync done) while this node's publisher still drops messages;
// once it can publish again it asks them to resync (an envelope with `resync`, no message).
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { BusStatus, ClusterMessage, EventBus, MessageOrigin } from './event-bus.ts';
import { closeRedisClient, isReady, openRedisClient, silentLog, type ClusterLog } from './redis-connection.ts';

export interface RedisEventBus extends EventBus {
  /** This node's command connection (fails fast while Redis is down); closed with the bus. */
  readonly commands: Redis;
  /** This node's id on the bus, for logs and tests. */
  readonly nodeId: string;
}

export interface RedisEventBusOptions {
  url: string;
  /** Key and channel prefix (config.redisPrefix), e.g. 'serai:'. */
  prefix: string;
  log?: ClusterLog;
}

type Handler = (message: ClusterMessage, origin: MessageOrigin) => void;

type Envelope = { from: string; message: ClusterMessage; resync?: undefined } | { from: string; resync: true; message?: undefined };

const MESSAGE_TYPES = new Set(['invalidate-site', 'invalidate-page', 'sites-changed', 'screening-changed', 'live']);

function parseEnvelope(raw: string): Envelope | undefined {
  try {
    const parsed = JSON.parse(raw) as { from?: unknown; message?: { type?: unknown }; resync?: unknown };
    if (typeof parsed.from !== 'string') return undefined;
    if (parsed.resync === true) return { from: parsed.from, resync: true };
    if (!parsed.message || !MESSAGE_TYPES.has(parsed.message.type as string)) return undefined;
    return parsed as Envelope;
  } catch {
    return undefined;
  }
}

/** Runs every handler; one that throws must not keep the others from running, nor throw into publish. */
function callEach<T extends (...args: never[]) => void>(handlers: Set<T>, call: (handler: T) => void, log: ClusterLog, what: string): void {
  for (const handler of handlers) {
    try {
      call(handler);
    } catch (error) {
      log.warn({ err: error }, `${what} failed`);
    }
  }
}

interface ChannelHooks {
  onMessage(raw: string): void;
  /** Subscribed; `afterOutage` when messages may have been missed since the last subscription. */
  onUp(afterOutage: boolean): void;
  onDown(reason: string): void;
}

/**
 * Keeps `subscriber` subscribed to `channel`: subscribes on every 'ready' (ioredis's own
 * resubscription is off), so a subscription lost with Redis comes back with it. A node that
 * starts while Redis is down serves pages meanwhile, so the first subscription after a failed
 * start counts as after an outage as well.
 */
function followChannel(subscriber: Redis, channel: string, hooks: ChannelHooks): { subscribed(): boolean; stop(): void } {
  let subscribed = false;
  let missed = false;
  let stopped = false;
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(() => {
      subscribed = true;
      hooks.onUp(missed);
      missed = false;
    }, (error: Error) => {
      // Refused or timed out on a live connection: nothing would subscribe again (the node would stay
      // deaf to other nodes and not ready). Reconnect, so the next 'ready' tries again, with backoff.
      hooks.onDown(error.message);
      if (!stopped) subscriber.disconnect(true);
    });
  });
  subscriber.on('close', () => {
    subscribed = false;
    if (stopped) return;
    missed = true;
    hooks.onDown('subscriber disconnected');
  });
  subscriber.on('message', (from: string, raw: string) => { if (from === channel) hooks.onMessage(raw); });
  return { subscribed: () => subscribed, stop: () => { stopped = true; } };
}

export function openRedisEventBus(options: RedisEventBusOptions): RedisEventBus {
  const log = options.log ?? silentLog;
  const channel = `${options.prefix}events`;
  const nodeId = randomBytes(8).toString('hex');
  const handlers = new Set<Handler>();
  const resyncHandlers = new Set<() => void>();
  const publisher = openRedisClient(options.url);
  const subscriber = openRedisClient(options.url, { autoResubscribe: false });
  let warned = false; // one warning per outage
  let closed = false;
  /** A publish was not sent (or may not have been): other nodes must resync once we can reach them. */
  let dropped = false;
  const warnOnce = (reason: string) => {
    if (warned || closed) return;
    warned = true;
    log.warn({ reason }, 'redis unreachable: cluster messages stay on this node until it is back');
  };
  const deliver = (message: ClusterMessage, origin: MessageOrigin) =>
    callEach(handlers, (handler) => handler(message, origin), log, `cluster message handler (${message.type})`);

  const following = followChannel(subscriber, channel, {
    onMessage(raw) {
      const envelope = parseEnvelope(raw);
      if (!envelope || envelope.from === nodeId) return;
      if (envelope.resync) callEach(resyncHandlers, (handler) => handler(), log, 'cluster resync handler');
      else deliver(envelope.message, 'remote');
    },
    onUp(afterOutage) {
      if (warned) log.info({}, 'redis reachable again: cluster messages resume');
      warned = false;
      if (afterOutage) callEach(resyncHandlers, (handler) => handler(), log, 'cluster resync handler');
    },
    onDown: warnOnce,
  });

  const send = (envelope: Envelope) => {
    publisher.publish(channel, JSON.stringify(envelope)).catch((error: Error) => {
      dropped = true;
      warnOnce(error.message);
    });
  };
  /** Sent before anything else once the publisher is back (one connection keeps the order). */
  const askResyncIfDropped = () => {
    if (!dropped || closed || !isReady(publisher)) return;
    dropped = false;
    send({ from: nodeId, resync: true });
  };
  publisher.on('ready', askResyncIfDropped);

  return {
    commands: publisher,
    nodeId,
    publish(message) {
      deliver(message, 'local');
      if (closed) return;
      if (!isReady(publisher)) {
        dropped = true;
        warnOnce('publisher disconnected');
        return;
      }
      askResyncIfDropped();
      send({ from: nodeId, message });
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => { handlers.delete(handler); };
    },
    onResync(handler) {
      resyncHandlers.add(handler);
      return () => { resyncHandlers.delete(handler); };
    },
    status(): BusStatus {
      return following.subscribed() && isReady(publisher) ? 'connected' : 'disconnected';
    },
    async close() {
      closed = true;
      following.stop();
      handlers.clear();
      resyncHandlers.clear();
      await Promise.all([closeRedisClient(subscriber), closeRedisClient(publisher)]);
    },
  };
}
