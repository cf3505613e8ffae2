/**
 * Redis pub/sub as the transport of the cluster bridge (REDIS_URL; see cluster.ts): one
 * connection publishes, one subscribes to `${REDIS_PREFIX}:events`. A Redis that is down never
 * slows or fails the caller of a publish: the publishing connection queues nothing while it is
 * disconnected (the publish is rejected at once and reported), a publish in flight when the
 * connection drops is rejected then, and a reply is awaited at most PUBLISH_TIMEOUT_MS. Both
 * connections reconnect by themselves with backoff, forever, so the app starts and serves while
 * Redis is unreachable; once listening again after an outage, `onResync` empties the cache.
 * Errors are reported with their message and code only: ioredis attaches the command's arguments
 * to its errors, and the handshake's carry the password.
 */
import type { Redis, RedisOptions } from 'ioredis';
import type { RedisSettings } from './config.ts';
import type { EventTransport, StatusLog } from './cluster.ts';

const CONNECT_TIMEOUT_MS = 5000;
const PUBLISH_TIMEOUT_MS = 2000;

export function redisTransport(settings: RedisSettings, log?: StatusLog): EventTransport {
  let publisher: Redis | undefined;
  let subscriber: Redis | undefined;
  let closing = false;
  const secrets = secretsOf(settings.url);
  const clean = (error: unknown) => safeError(error, secrets);
  const where = { redis: settings.description, channel: settings.channel };

  return {
    async open(onMessage, onResync) {
      const { Redis } = await import('ioredis');
      const common: RedisOptions = {
        connectTimeout: CONNECT_TIMEOUT_MS,
        // Nothing waits for a connection: a command sent while disconnected fails at once…
        enableOfflineQueue: false,
        // …and one in flight when the connection drops fails then, rather than being resent later.
        maxRetriesPerRequest: 0,
      };
      const pub = new Redis(settings.url, { ...common, commandTimeout: PUBLISH_TIMEOUT_MS, connectionName: 'communique-events-pub' });
      const sub = new Redis(settings.url, { ...common, autoResubscribe: false, connectionName: 'communique-events-sub' });
      publisher = pub;
      subscriber = sub;

      // The publisher's troubles surface through the publishes that fail; the subscriber reports the connection.
      const publisherStarted = new Promise<void>((resolve) => {
        pub.once('ready', resolve);
        pub.once('close', resolve);
      });
      pub.on('error', () => {});

      let reportStarted!: () => void;
      const subscriberStarted = new Promise<void>((resolve) => { reportStarted = resolve; });
      let everListened = false;
      let missed = false;
      let reported = false;
      const trouble = (error: unknown, failure?: string) => {
        if (closing) return;
        missed = true;
        reportStarted();
        if (reported) return;
        reported = true;
        const message = failure
          ?? (everListened
            ? 'lost the connection to Redis: events of other instances are not heard until it is back (retrying in the background)'
            : 'cannot connect to Redis: events of other instances are not heard until it can (retrying in the background)');
        log?.warn({ ...where, ...(error === undefined ? {} : { err: clean(error) }) }, message);
      };
      sub.on('error', (error: unknown) => trouble(error));
      sub.on('close', () => trouble(undefined));
      sub.on('message', (channel: string, message: string) => {
        if (channel === settings.channel) onMessage(message);
      });
      sub.on('ready', () => {
        if (closing) return;
        sub.subscribe(settings.channel).then(() => {
          if (closing) return;
          const again = everListened;
          everListened = true;
          reportStarted();
          if (reported) {
            reported = false;
            log?.info(where, `listening to other instances over Redis${again ? ' again' : ''}`);
          }
          if (missed) {
            missed = false;
            onResync();
          }
        }, (error: unknown) => trouble(error, 'could not subscribe on Redis: events of other instances are not heard'));
      });

      // Starting waits for both connections, or for the first sign that Redis cannot be had yet.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([publisherStarted, subscriberStarted]),
        new Promise<void>((resolve) => { timer = setTimeout(resolve, CONNECT_TIMEOUT_MS + 1000); }),
      ]);
      clearTimeout(timer);
    },

    publish(text) {
      if (!publisher || closing) return Promise.reject(new Error('the Redis event transport is not open'));
      return publisher.publish(settings.channel, text).then(() => undefined, (error: unknown) => {
        throw clean(error);
      });
    },

    async close() {
      closing = true;
      await Promise.all([publisher, subscriber].map((client) => client && disconnect(client)));
    },
  };
}

/** Closes a connection for good; waits for its socket to close, if it has one, but not long. */
async function disconnect(client: Redis): Promise<void> {
  const connected = client.status === 'connecting' || client.status === 'connect' || client.status === 'ready';
  const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
  client.disconnect();
  if (!connected) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([ended, new Promise<void>((resolve) => { timer = setTimeout(resolve, 1000); })]);
  clearTimeout(timer);
}

/** The password of a Redis URL, as written and decoded, to scrub from error messages. */
function secretsOf(url: string): string[] {
  try {
    const { password } = new URL(url);
    if (!password) return [];
    const decoded = decodeURIComponent(password);
    return decoded === password ? [password] : [password, decoded];
  } catch {
    return [];
  }
}

/** A copy of `error` with its name, message, code and stack only, the password scrubbed from them. */
function safeError(error: unknown, secrets: string[]): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const scrub = (text: string) => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
  const copy = new Error(scrub(source.message));
  copy.name = source.name;
  copy.stack = source.stack === undefined ? undefined : scrub(source.stack);
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code: string }).code = code;
  return copy;
}
