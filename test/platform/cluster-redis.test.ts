/**
 * Events relayed between instances over Redis pub/sub (REDIS_URL), on PostgreSQL and on one
 * SQLite file shared by two instances: a change published through one is served by the other at
 * once; a Redis that goes away never slows or fails a publish, and once it is back every instance
 * listens again with its cache emptied; a Redis unreachable at start does not stop the app; the
 * password never reaches the logs. Each suite runs its own redis-server (test/support/redis.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { startTwoInstances, until, type TwoInstances } from '../support/cluster.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { AppError } from '../../src/platform/errors.ts';
import { EventBus } from '../../src/platform/events.ts';
import { bridgeEvents, type ClusterBridge, type Envelope } from '../../src/platform/cluster.ts';
import type { App } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';

const SLUG = '2020-09-28-statement-nagorno-karabakh';
const ITEM = `/en/news/statements/${SLUG}/`;

/** A pino logger whose lines (JSON) are kept in `lines`. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines, has: (instance: string, text: string) => lines.some((l) => l.includes(`"instance":"${instance}"`) && l.includes(text)) };
}

const uniquePrefix = () => `test-${randomBytes(4).toString('hex')}`;

/** Changes the item's English title through `store`, then emits the publish on `app`'s bus, as a publish would. */
async function retitle(store: Store, app: App, title: string): Promise<void> {
  const item = await store.db.selectFrom('document').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow();
  const edition = await store.db.selectFrom('edition').select('id').where('document_id', '=', item.id).where('state', '=', 'published').executeTakeFirstOrThrow();
  await store.db.updateTable('edition_translation').set({ title }).where('edition_id', '=', edition.id).where('locale', '=', 'en').execute();
  await app.events.emit('edition.published', { documentId: item.id, editionId: edition.id, slug: SLUG, firstPublication: false });
}

/** Emits on `from` until `to` hears it (messages sent while a subscriber reconnects are lost, by design). */
async function eventsFlow(what: string, from: App, to: App, attempts = 100): Promise<void> {
  let heard = false;
  const off = to.events.on('meeting.changed', () => { heard = true; });
  try {
    await until(what, async () => {
      await from.events.emit('meeting.changed', { meetingId: 1 });
      return heard;
    }, attempts);
  } finally {
    off();
  }
}

describe('REDIS_URL and REDIS_PREFIX', () => {
  const base = { DATABASE_URL: 'sqlite::memory:' };
  const rejects = (env: NodeJS.ProcessEnv, where: string, secret?: string) => {
    assert.throws(() => loadConfig({ ...base, ...env }), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'config.invalid');
      assert.equal(error.where, where);
      assert.match(error.message, new RegExp(where));
      if (secret) assert.doesNotMatch(error.message, new RegExp(secret));
      return true;
    });
  };

  test('without REDIS_URL there is no Redis', () => {
    assert.equal(loadConfig(base).redis, null);
  });

  test('a redis:// or rediss:// URL is taken, described without its credentials', () => {
    const redis = loadConfig({ ...base, REDIS_URL: 'redis://:s3cret-pw@cache.internal:6380/2' }).redis;
    assert.deepEqual(redis, { url: 'redis://:s3cret-pw@cache.internal:6380/2', description: 'redis://cache.internal:6380/2', channel: 'communique:events' });
    const tls = loadConfig({ ...base, REDIS_URL: 'rediss://app:s3cret-pw@cache.internal', REDIS_PREFIX: 'site-a' }).redis;
    assert.equal(tls?.description, 'rediss://cache.internal');
    assert.equal(tls?.channel, 'site-a:events');
  });

  test('a bad REDIS_URL or REDIS_PREFIX is a configuration error naming it, without the password', () => {
    rejects({ REDIS_URL: 'http://user:s3cret-pw@cache.internal:6379' }, 'REDIS_URL', 's3cret-pw');
    rejects({ REDIS_URL: 'redis://:s3cret-pw@cache.internal:6379/zero' }, 'REDIS_URL', 's3cret-pw');
    rejects({ REDIS_URL: 'redis://:s3cret-pw@cache.internal:99999' }, 'REDIS_URL', 's3cret-pw');
    rejects({ REDIS_URL: 'redis://:s3cret-pw@cache.internal/0?password=x' }, 'REDIS_URL', 's3cret-pw');
    rejects({ REDIS_URL: 'cache.internal:6379' }, 'REDIS_URL');
    rejects({ REDIS_URL: 'redis://' }, 'REDIS_URL');
    rejects({ REDIS_PREFIX: 'two words' }, 'REDIS_PREFIX');
  });
});

describe('two instances on one PostgreSQL, events over Redis', () => {
  let redis: PrivateRedis;
  let cluster: TwoInstances;
  let a: App;
  let b: App;
  let stores: [Store, Store];
  const prefix = uniquePrefix();
  const log = capturingLogger();
  const extra: { close(): Promise<void> }[] = [];

  before(async () => {
    redis = await startPrivateRedis();
    cluster = await startTwoInstances({ env: { REDIS_URL: redis.url, REDIS_PREFIX: prefix }, logger: log.logger });
    ({ a, b, stores } = cluster);
  });
  after(async () => {
    for (const c of extra) await c.close();
    await cluster?.close();
    await redis?.destroy();
  });

  test('a change published through one instance is served by the other at once, relayed over Redis', async () => {
    const watcher = new Redis(redis.url);
    extra.push({ close: async () => { watcher.disconnect(); } });
    const seen: Envelope[] = [];
    watcher.on('message', (_channel: string, text: string) => seen.push(JSON.parse(text) as Envelope));
    await watcher.subscribe(`${prefix}:events`);

    const before = await b.fastify.inject({ url: ITEM });
    assert.match(before.body, /Nagorno-Karabakh/);
    assert.ok(b.cache.size > 0, 'instance B cached the page');
    let remote = 0;
    b.events.on('edition.published', () => { remote++; });
    await retitle(stores[0], a, 'Corrected title of the statement');

    await until('instance B hears of the publish', () => remote === 1);
    const after = await b.fastify.inject({ url: ITEM });
    assert.match(after.body, /Corrected title of the statement/);
    assert.notEqual(after.headers.etag, before.headers.etag);

    await until('the envelope is seen on the Redis channel', () => seen.some((e) => e.event === 'edition.published'));
    const envelope = seen.find((e) => e.event === 'edition.published')!;
    assert.equal(typeof envelope.origin, 'string');
    assert.equal((envelope.payload as { slug: string }).slug, SLUG);
    // …and not over the database: nobody LISTENs on it.
    const listeners = await sql<{ n: number }>`select count(*) as n from pg_stat_activity
      where datname = current_database() and query ilike 'listen %'`.execute(stores[0].db);
    assert.equal(Number(listeners.rows[0]!.n), 0);
  });

  test('an instance does not hear its own events twice', async () => {
    let own = 0;
    let heardFromB = false;
    const offs = [
      a.events.on('site.changed', () => { own++; }),
      b.events.on('site.changed', () => { void b.events.emit('meeting.changed', { meetingId: 7 }); }),
      a.events.on('meeting.changed', () => { heardFromB = true; }),
    ];
    // A's message reaches A's subscriber before B's reply, which B sends only after hearing A's.
    await a.events.emit('site.changed', { entity: 'test' });
    await until('instance A hears the answer of instance B', () => heardFromB);
    offs.forEach((off) => off());
    assert.equal(own, 1);
  });

  test('instances with another REDIS_PREFIX hear nothing of these', async () => {
    const settings = loadConfig({ DATABASE_URL: 'sqlite::memory:', REDIS_URL: redis.url, REDIS_PREFIX: uniquePrefix() }).redis;
    const senderBus = new EventBus();
    const listenerBus = new EventBus();
    const bridges: ClusterBridge[] = [
      (await bridgeEvents(stores[0], senderBus, { redis: settings }))!,
      (await bridgeEvents(stores[0], listenerBus, { redis: settings }))!,
    ];
    extra.push({ close: async () => { for (const br of bridges) await br.close(); } });
    const heard: string[] = [];
    listenerBus.onAny((event, _payload, origin) => { if (origin === 'remote') heard.push(event); });
    let bHeard = false;
    const off = b.events.on('site.changed', () => { bHeard = true; });
    await a.events.emit('site.changed', { entity: 'other-site' });
    await until('instance B hears of the change', () => bHeard);
    off();
    // Published after A's message went through Redis: had the listener heard that channel, A's would come first.
    await senderBus.emit('meeting.changed', { meetingId: 3 });
    await until('the other site hears its own events', () => heard.includes('meeting.changed'));
    assert.deepEqual(heard, ['meeting.changed']);
  });

  // The timeout only turns a hang into a failure; nothing here measures speed.
  test('publishing while Redis is down completes, is reported, and the site keeps serving', { timeout: 60_000 }, async () => {
    await redis.kill();
    try {
      await a.events.emit('site.changed', { entity: 'while-down' });
      await until('instance A reports that it could not relay the event', () => log.has('a', 'could not relay an event'));
      const page = await a.fastify.inject({ url: '/en/news/' });
      assert.equal(page.statusCode, 200);
    } finally {
      await redis.start();
    }
    await eventsFlow('events flow again once Redis is back', a, b, 200);
  });

  test('Redis killed and restarted: the subscriber comes back with the cache emptied, and events flow again', async () => {
    await b.fastify.inject({ url: '/en/news/' });
    assert.ok(b.cache.size > 0);
    const lostBefore = log.lines.filter((l) => l.includes('"instance":"b"') && l.includes('lost the connection to Redis')).length;
    await redis.kill();
    await until('instance B notices the lost connection', () =>
      log.lines.filter((l) => l.includes('"instance":"b"') && l.includes('lost the connection to Redis')).length > lostBefore);
    assert.ok(b.cache.size > 0, 'the cache is kept while Redis is away');
    await redis.start();
    await until('instance B listens again and empties its cache', () => b.cache.size === 0, 200);
    assert.ok(log.has('b', 'listening to other instances over Redis again'));
    await eventsFlow('instance B hears events after reconnecting', a, b);
    await eventsFlow('instance A hears events after reconnecting', b, a);
  });
});

describe('two instances on one SQLite file, events over Redis', () => {
  let redis: PrivateRedis;
  let cluster: TwoInstances;

  before(async () => {
    redis = await startPrivateRedis();
    cluster = await startTwoInstances({ kind: 'sqlite', env: { REDIS_URL: redis.url, REDIS_PREFIX: uniquePrefix() } });
  });
  after(async () => {
    await cluster?.close();
    await redis?.destroy();
  });

  test('each instance purges the other\'s cached page when it publishes', async () => {
    const { a, b, stores } = cluster;
    assert.equal(stores[0].dialect.kind, 'sqlite');
    for (const [from, to, store, title] of [[a, b, stores[0], 'Title set through A'], [b, a, stores[1], 'Title set through B']] as const) {
      const before = await to.fastify.inject({ url: ITEM });
      assert.equal(before.statusCode, 200);
      assert.ok(to.cache.size > 0, 'the other instance cached the page');
      assert.doesNotMatch(before.body, new RegExp(title));
      let heard = false;
      const off = to.events.on('edition.published', () => { heard = true; });
      await retitle(store, from, title);
      await until('the other instance hears of the publish', () => heard);
      off();
      const after = await to.fastify.inject({ url: ITEM });
      assert.match(after.body, new RegExp(title));
    }
  });
});

describe('Redis unreachable when the instances start', () => {
  let redis: PrivateRedis;
  let cluster: TwoInstances;
  const log = capturingLogger();

  before(async () => {
    redis = await startPrivateRedis({ running: false });
    cluster = await startTwoInstances({ kind: 'sqlite', env: { REDIS_URL: redis.url, REDIS_PREFIX: uniquePrefix() }, logger: log.logger });
  });
  after(async () => {
    await cluster?.close();
    await redis?.destroy();
  });

  test('they start and serve, warn, and relay events once Redis is there', async () => {
    const { a, b } = cluster;
    assert.equal((await b.fastify.inject({ url: '/en/news/' })).statusCode, 200);
    assert.ok(log.has('a', 'cannot connect to Redis'));
    assert.ok(log.has('b', 'cannot connect to Redis'));
    await a.events.emit('site.changed', { entity: 'before-redis' });
    await redis.start();
    await until('instance B listens and empties what it cached meanwhile', () => b.cache.size === 0, 200);
    await eventsFlow('events flow once Redis is up', a, b, 200);
  });
});

describe('a Redis that refuses the password', () => {
  let redis: PrivateRedis;
  let cluster: TwoInstances;
  const log = capturingLogger();
  const wrong = 'wrong-secret-4711';

  before(async () => {
    redis = await startPrivateRedis({ password: 'the-right-one' });
    cluster = await startTwoInstances({
      kind: 'sqlite',
      env: { REDIS_URL: `redis://:${wrong}@127.0.0.1:${redis.port}`, REDIS_PREFIX: uniquePrefix() },
      logger: log.logger,
    });
  });
  after(async () => {
    await cluster?.close();
    await redis?.destroy();
  });

  test('is reported without the password, and the site serves', async () => {
    await cluster.a.events.emit('site.changed', { entity: 'denied' });
    await until('the failed relay is reported', () => log.has('a', 'could not relay an event'));
    assert.ok(log.has('a', 'Redis'));
    assert.ok(log.lines.some((l) => /WRONGPASS|NOAUTH|invalid password/i.test(l)), 'the refusal is in the log');
    assert.equal(log.lines.filter((l) => l.includes(wrong)).length, 0, 'the password is not logged');
    assert.equal((await cluster.a.fastify.inject({ url: '/en/news/' })).statusCode, 200);
  });
});
