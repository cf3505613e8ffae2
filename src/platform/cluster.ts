/**
 * Several app instances of one site: events that happen in one instance (a publish, a
 * withdrawal…) are relayed to the others, so every instance drops stale pages from its cache at
 * once. The relay is one function over a transport that only publishes and listens: Redis pub/sub
 * when REDIS_URL is set (src/platform/redis.ts; on either database), else PostgreSQL
 * LISTEN/NOTIFY; on SQLite without Redis there is no one to tell. When the listening connection
 * was lost and comes back, messages may have been missed, so `onResync` lets the instance drop
 * everything it cached.
 */
import { randomUUID } from 'node:crypto';
import type { Notifications, Store } from './db/connect.ts';
import type { RedisSettings } from './config.ts';
import type { EventBus, EventName } from './events.ts';
import { redisTransport } from './redis.ts';

export const EVENTS_CHANNEL = 'communique_events';

/** What travels between instances: the event of the bus and the instance it happened in. */
export interface Envelope {
  origin: string;
  event: EventName;
  payload: unknown;
}

export interface ClusterBridge {
  readonly instanceId: string;
  close(): Promise<void>;
}

/** A way to reach the other instances: publishes text to all of them (this one included) and listens. */
export interface EventTransport {
  /**
   * Starts listening. `onResync` is called once listening again after the connection was lost
   * (or could not be made at first), when messages may have been missed. Resolves once
   * listening, or — for a transport that keeps trying in the background — once it knows it cannot yet.
   */
  open(onMessage: (text: string) => void, onResync: () => void): Promise<void>;
  /** Sends `text` to every listener. May reject; must never wait long for a server that is down. */
  publish(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Where a transport reports the state of its connection (a pino logger fits). */
export interface StatusLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface BridgeOptions {
  /** The cache must be emptied: messages may have been missed while not listening. */
  onResync?: () => void;
  /** An event could not be relayed to the other instances. */
  onError?: (error: unknown) => void;
  /** Relay over Redis instead of the database (config.redis). */
  redis?: RedisSettings | null;
  log?: StatusLog;
}

/**
 * Relays the bus's local events to other instances and theirs to this bus: over Redis when
 * `options.redis` is given, else over PostgreSQL LISTEN/NOTIFY. Null on SQLite without Redis.
 */
export async function bridgeEvents(store: Store, bus: EventBus, options: BridgeOptions = {}): Promise<ClusterBridge | null> {
  if (options.redis) {
    options.log?.info({ redis: options.redis.description, channel: options.redis.channel }, 'events are relayed to other instances over Redis');
    return relayEvents(redisTransport(options.redis, options.log), bus, options);
  }
  if (store.notifications) return relayEvents(postgresTransport(store.notifications), bus, options);
  return null;
}

/** The relay itself, whatever the transport: local events out, other instances' events in as 'remote'. */
export async function relayEvents(
  transport: EventTransport,
  bus: EventBus,
  options: Pick<BridgeOptions, 'onResync' | 'onError'> = {},
): Promise<ClusterBridge> {
  const instanceId = randomUUID();
  let closed = false;
  await transport.open((text) => {
    const envelope = parseEnvelope(text);
    if (!envelope || envelope.origin === instanceId) return;
    void bus.emit(envelope.event, envelope.payload as never, 'remote');
  }, () => options.onResync?.());
  bus.onAny((event, payload, origin) => {
    if (origin !== 'local' || closed) return;
    const envelope: Envelope = { origin: instanceId, event, payload };
    // Fire and forget: the caller of emit never waits for the transport nor hears of its failures.
    let sending: Promise<void>;
    try {
      sending = transport.publish(JSON.stringify(envelope));
    } catch (error) {
      options.onError?.(error);
      return;
    }
    sending.catch((error: unknown) => options.onError?.(error));
  });
  return {
    instanceId,
    async close() {
      closed = true;
      await transport.close();
    },
  };
}

/** An envelope, or null for text that is not one (anyone who can publish on the channel may send anything). */
function parseEnvelope(text: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { origin, event } = value as Partial<Envelope>;
  if (typeof origin !== 'string' || typeof event !== 'string') return null;
  return value as Envelope;
}

/** LISTEN/NOTIFY on the store's own PostgreSQL (see Notifications in db/connect.ts). */
function postgresTransport(notifications: Notifications): EventTransport {
  let stop: (() => Promise<void>) | undefined;
  return {
    async open(onMessage, onResync) {
      stop = await notifications.listen(EVENTS_CHANNEL, onMessage, onResync);
    },
    publish: (text) => notifications.notify(EVENTS_CHANNEL, text),
    async close() {
      await stop?.();
    },
  };
}
