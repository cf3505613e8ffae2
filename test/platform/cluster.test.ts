/**
 * Two app instances on one PostgreSQL: a change published through one is served by the other,
 * which drops its stale cached page at once (LISTEN/NOTIFY), and a lost listening connection
 * is re-established with the cache emptied.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTwoInstances, until, type TwoInstances } from '../support/cluster.ts';
import { sql } from 'kysely';
import type { App } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { EVENTS_CHANNEL } from '../../src/platform/cluster.ts';
import { webhookAdder } from '../../src/webhooks/commands.ts';

const ITEM = '/en/news/statements/2020-09-28-statement-nagorno-karabakh/';

describe('two instances on one PostgreSQL', () => {
  let cluster: TwoInstances;
  let a: App;
  let b: App;
  let stores: [Store, Store];

  before(async () => {
    cluster = await startTwoInstances();
    ({ a, b, stores } = cluster);
  });
  after(async () => { await cluster?.close(); });

  test('a change published through one instance is served by the other at once', async () => {
    const before = await b.fastify.inject({ url: ITEM });
    assert.match(before.body, /Nagorno-Karabakh/);
    assert.ok(b.cache.size > 0, 'instance B cached the page');

    // Instance A changes the title (as a publish would) and emits the event after the commit.
    const item = await stores[0]!.db.selectFrom('document').select('id').where('slug', '=', '2020-09-28-statement-nagorno-karabakh').executeTakeFirstOrThrow();
    const edition = await stores[0]!.db.selectFrom('edition').select('id').where('document_id', '=', item.id).where('state', '=', 'published').executeTakeFirstOrThrow();
    await stores[0]!.db.updateTable('edition_translation').set({ title: 'Corrected title of the statement' })
      .where('edition_id', '=', edition.id).where('locale', '=', 'en').execute();
    let remote = 0;
    b.events.on('edition.published', () => { remote++; });
    await a.events.emit('edition.published', { documentId: item.id, editionId: edition.id, slug: '2020-09-28-statement-nagorno-karabakh', firstPublication: false });

    await until('instance B hears of the publish', () => remote === 1);
    const after = await b.fastify.inject({ url: ITEM });
    assert.match(after.body, /Corrected title of the statement/);
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  test('a publish heard by both instances is queued for webhooks once, by the instance it happened in', async () => {
    await webhookAdder(stores[0]!.db, { url: 'http://127.0.0.1:9/hook', secret: 'a-secret-of-enough-length' });
    const item = await stores[0]!.db.selectFrom('document').select('id').where('slug', '=', '2020-09-28-statement-nagorno-karabakh').executeTakeFirstOrThrow();
    const edition = await stores[0]!.db.selectFrom('edition').select('id').where('document_id', '=', item.id).where('state', '=', 'published').executeTakeFirstOrThrow();
    let heard = false;
    // Registered after B's own listeners, so it runs once they have finished with the event.
    const off = b.events.on('edition.published', () => { heard = true; }, { only: 'remote' });
    await a.events.emit('edition.published', { documentId: item.id, editionId: edition.id, slug: '2020-09-28-statement-nagorno-karabakh', firstPublication: false });
    await until('instance B hears of the publish', () => heard);
    off();
    const queued = await stores[0]!.db.selectFrom('webhook_delivery').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(queued.n), 1);
  });

  test('an instance does not hear its own events twice', async () => {
    let count = 0;
    a.events.on('site.changed', () => { count++; });
    await a.events.emit('site.changed', { entity: 'test' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(count, 1);
  });

  test('a lost listening connection comes back, and the cache is emptied in case messages were missed', async () => {
    await b.fastify.inject({ url: '/en/news/' });
    assert.ok(b.cache.size > 0);
    // Kill B's listening session from the server side.
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query ilike ${`listen ${EVENTS_CHANNEL}%`}`.execute(stores[0]!.db);
    await until('instance B reconnects and empties its cache', () => b.cache.size === 0);
    // And it hears events again.
    let heard = false;
    b.events.on('meeting.changed', () => { heard = true; });
    await until('instance B hears events after reconnecting', async () => {
      await a.events.emit('meeting.changed', { meetingId: 1 });
      return heard;
    }, 40);
  });
});
