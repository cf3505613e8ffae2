/**
 * PostgreSQL restarted while the site serves: cached pages keep being served, uncached ones fail
 * fast with a 503 page in the reader's language, and the site recovers by itself.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.ts';
import { openStore, type Store } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { buildApp, type App } from '../../src/platform/http/server.ts';

const CACHED = '/en/news/statements/2020-09-28-statement-nagorno-karabakh/';
const UNCACHED = '/ru/news/organization-news/2022-05-24-council-of-defence-ministers/';

describe('PostgreSQL restarted while serving', () => {
  let pg: PrivatePostgres;
  let store: Store;
  let app: App;

  before(async () => {
    pg = await startPrivatePostgres();
    store = await openStore(pg.url);
    await migrate(store);
    await seedDemo(store);
    app = await buildApp({ store, config: loadConfig({ DATABASE_URL: pg.url }) });
  });
  after(async () => {
    await app?.fastify.close();
    await store?.close();
    pg?.destroy();
  });

  test('while the database is down: cached pages are served, others get a 503 page', async () => {
    const warm = await app.fastify.inject({ url: CACHED });
    assert.equal(warm.statusCode, 200);
    pg.stop('fast');

    const cached = await app.fastify.inject({ url: CACHED });
    assert.equal(cached.statusCode, 200);
    assert.equal(cached.body, warm.body);

    const uncached = await app.fastify.inject({ url: UNCACHED });
    assert.equal(uncached.statusCode, 503);
    assert.equal(uncached.headers['retry-after'], '5');
    assert.match(uncached.body, /<html lang="ru"/);
    assert.match(uncached.body, /Временно недоступно/);
    assert.doesNotMatch(uncached.body, /ECONNREFUSED|postgres|Connection terminated/i, 'no database error text is shown');
  });

  test('after the database is back, the site recovers without a restart', async () => {
    pg.start();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await app.fastify.inject({ url: UNCACHED })).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(status, 200);
  });
});
