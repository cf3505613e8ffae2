/**
 * SQLite that cannot take writes (disk full, read-only): writers get a clear 503 page and nothing
 * is half-written; readers keep being served.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestSite, type TestSite } from '../support/app.ts';
import { sectionCreator } from '../../src/newsroom/commands.ts';
import { classifyStoreError, describeStoreTrouble } from '../../src/platform/db/store-errors.ts';

describe('SQLite that cannot take writes', () => {
  let site: TestSite;
  let attempt = 0;
  const countSections = async () => Number((await site.store.db.selectFrom('section').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  before(async () => {
    site = await startTestSite('sqlite');
    // A writer, as the back office or the importer would be: a command in a transaction.
    site.app.fastify.post('/__write', async () => {
      attempt++;
      const big = 'x'.repeat(200_000);
      await site.store.db.transaction().execute((trx) => sectionCreator(trx, {
        slug: `test-write-${attempt}`, names: { en: { name: 'W', description: big }, ru: { name: 'З', description: big } },
      }));
      return 'saved';
    });
  });
  after(async () => { await site?.close(); });

  test('a full disk: the writer gets a clear 503 page, readers are served, nothing is half-written', async () => {
    const sections = await countSections();
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(site.store.db);
    await sql.raw(`pragma max_page_count = ${pages.rows[0]!.page_count}`).execute(site.store.db);
    try {
      const write = await site.app.fastify.inject({ method: 'POST', url: '/__write', headers: { 'accept-language': 'ru' } });
      assert.equal(write.statusCode, 503);
      assert.match(write.body, /Сохранить изменения сейчас нельзя/);
      assert.equal(await countSections(), sections, 'nothing was written');
      const read = await site.app.fastify.inject({ url: '/en/news/statements/' });
      assert.equal(read.statusCode, 200);
    } finally {
      await sql.raw('pragma max_page_count = 1073741823').execute(site.store.db);
    }
    const again = await site.app.fastify.inject({ method: 'POST', url: '/__write' });
    assert.equal(again.statusCode, 200, 'writes work again once there is room');
  });

  test('a read-only database: the writer gets a clear 503 page, readers are served', async () => {
    await sql`pragma query_only = 1`.execute(site.store.db);
    try {
      const write = await site.app.fastify.inject({ method: 'POST', url: '/__write' });
      assert.equal(write.statusCode, 503);
      assert.match(write.body, /Changes cannot be saved right now/);
      const read = await site.app.fastify.inject({ url: '/ru/news/' });
      assert.equal(read.statusCode, 200);
    } finally {
      await sql`pragma query_only = 0`.execute(site.store.db);
    }
  });

  test('the CLI names the trouble in a sentence', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    assert.equal(classifyStoreError(full), 'unwritable');
    assert.match(describeStoreTrouble('unwritable', full), /database is full/);
    const readonly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    assert.match(describeStoreTrouble('unwritable', readonly), /read-only/);
    assert.equal(classifyStoreError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })), 'unavailable');
    assert.equal(classifyStoreError(new Error('a bug')), null);
  });
});
