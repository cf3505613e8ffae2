/** Rebuilding the search index: `communique reindex`, and the rebuilder on both databases. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { searchIndexRebuilder, searchIndexIsEmpty } from '../../src/search/indexer.ts';
import { searchItems } from '../../src/search/queries.ts';

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));

for (const kind of DATABASE_KINDS) {
  describe(`search index rebuild on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await seedDemo(store);
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('`communique reindex` builds the index of a seeded database', () => {
      const r = spawnSync(process.execPath, [BIN, 'reindex'], { env: { ...process.env, DATABASE_URL: database.url }, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /search index rebuilt: 36 items, 72 language versions/);
    });

    test('a rebuild drops items that are no longer published and keeps one entry per version', async () => {
      const doc = await store.db.selectFrom('document').select('id').where('slug', '=', '2021-09-16-collective-security-council-dushanbe').executeTakeFirstOrThrow();
      assert.equal((await searchItems(store.db, store.dialect, { q: 'Dushanbe', locale: 'en' })).total, 1);
      // Withdrawn behind the index's back (no event): a rebuild must notice.
      await store.db.updateTable('edition').set({ state: 'withdrawn' }).where('document_id', '=', doc.id).where('state', '=', 'published').execute();
      const result = await searchIndexRebuilder(store.db, store.dialect, { timeZone: 'Europe/Moscow' });
      assert.deepEqual(result, { documents: 35, entries: 70 });
      assert.equal((await searchItems(store.db, store.dialect, { q: 'Dushanbe', locale: 'en' })).total, 0);
      const counts = await store.db.selectFrom('search_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(counts.n), 70);
      assert.equal(await searchIndexIsEmpty(store.db), false);
    });
  });
}
