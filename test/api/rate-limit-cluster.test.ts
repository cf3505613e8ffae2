/**
 * The API rate limit counted in the database: two app instances on one PostgreSQL share one limit
 * per client address (the 4th request across both answers 429 with Retry-After), and concurrent
 * hits are never lost (the upsert is atomic).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp, type App } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { databaseRateLimitStore, windowOf } from '../../src/api/rate-limit-store.ts';

/** Starts counting well inside a minute, so a window boundary does not split the requests of a test. */
async function awayFromMinuteBoundary(): Promise<void> {
  const into = Date.now() % 60_000;
  if (into > 50_000) await new Promise((r) => setTimeout(r, 60_000 - into + 100));
}

test('windows are fixed: the start is the time rounded down to the window length', () => {
  assert.deepEqual(windowOf(125_000, 60_000), { start: 120_000, end: 180_000 });
  assert.deepEqual(windowOf(120_000, 60_000), { start: 120_000, end: 180_000 });
  assert.deepEqual(windowOf(999, 1000), { start: 0, end: 1000 });
});

for (const make of [createSqliteDatabase, createPostgresDatabase]) {
  describe(`the database store (${make === createSqliteDatabase ? 'sqlite' : 'postgres'})`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await make();
      store = await database.open();
      await migrate(store);
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('concurrent hits are all counted, per key and per window, and old windows expire', async () => {
      let clock = Date.parse('2030-01-01T00:00:10Z');
      const Store = databaseRateLimitStore(store.db, () => clock);
      const limiter = new Store();
      const incr = (key: string) => new Promise<{ current: number; ttl: number }>((resolve, reject) =>
        limiter.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), 60_000, 3));
      const results = await Promise.all(Array.from({ length: 20 }, () => incr('203.0.113.9')));
      assert.deepEqual(results.map((r) => r.current).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
      assert.equal(results[0]!.ttl, 50_000);
      assert.equal((await incr('203.0.113.10')).current, 1, 'another client counts apart');
      const child = limiter.child({ routeInfo: { method: 'GET', url: '/x' } });
      const childCount = await new Promise<number>((resolve, reject) =>
        child.incr('203.0.113.9', (error, result) => (error ? reject(error) : resolve(result!.current)), 60_000, 3));
      assert.equal(childCount, 1, 'a route with its own limit counts apart');
      // The next window starts from one; the ended one is swept.
      clock += 120_000;
      assert.equal((await incr('203.0.113.9')).current, 1);
      await new Promise((r) => setTimeout(r, 100));
      const rows = await store.db.selectFrom('rate_limit').select(['key', 'hits']).execute();
      assert.ok(rows.every((r) => r.hits === 1), `ended windows were swept: ${JSON.stringify(rows)}`);
    });
  });
}

describe('API rate limit across two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  const stores: Store[] = [];
  let a: App;
  let b: App;
  const saved = process.env.API_RATE_LIMIT;

  before(async () => {
    process.env.API_RATE_LIMIT = '3/minute';
    database = await createPostgresDatabase();
    const config = loadConfig({ DATABASE_URL: database.url, PUBLIC_ORIGIN: 'http://press.test' });
    for (let i = 0; i < 2; i++) stores.push(await database.open());
    await migrate(stores[0]!);
    await seedDemo(stores[0]!);
    a = await buildApp({ store: stores[0]!, config });
    b = await buildApp({ store: stores[1]!, config });
  });
  after(async () => {
    if (saved === undefined) delete process.env.API_RATE_LIMIT; else process.env.API_RATE_LIMIT = saved;
    await a?.fastify.close();
    await b?.fastify.close();
    for (const s of stores) await s.close();
    await database?.drop();
  });

  test('the 4th request across both instances answers 429 with Retry-After', async () => {
    await awayFromMinuteBoundary();
    const get = (app: App, ip: string) => app.fastify.inject({ method: 'GET', url: '/api/v1/sections', remoteAddress: ip });
    const statuses: number[] = [];
    for (const app of [a, b, a]) {
      const res = await get(app, '192.0.2.7');
      statuses.push(res.statusCode);
      assert.equal(res.headers['x-ratelimit-limit'], '3');
    }
    assert.deepEqual(statuses, [200, 200, 200]);
    const limited = await get(b, '192.0.2.7');
    assert.equal(limited.statusCode, 429, 'instance B counts the requests instance A served');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After: ${limited.headers['retry-after']}`);
    assert.equal(limited.json().error.code, 'rate_limited');
    assert.equal((await get(a, '192.0.2.7')).statusCode, 429, 'and so does A');
    // Another client is not affected.
    assert.equal((await get(a, '192.0.2.8')).statusCode, 200);
  });
});
