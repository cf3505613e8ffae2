/** Scheduled publication: a due edition is published on boot after a restart, exactly once, also with two app instances on one database. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { buildApp } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { accountCreator } from '../../src/accounts/commands.ts';
import { documentCreator, editionScheduler, editionSubmitter, sectionCreator } from '../../src/newsroom/commands.ts';
import { findOfficeEdition } from '../../src/office/queries.ts';
import { listAuditEvents } from '../../src/audit/queries.ts';

for (const kind of DATABASE_KINDS) {
  describe(`scheduler on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('a due edition is published when two instances start, exactly once', async () => {
      const { editionId } = await store.db.transaction().execute(async (trx) => {
        const editor = await accountCreator(trx, { email: 'e@press.test', role: 'editor', password: 'a long enough password' });
        const publisher = await accountCreator(trx, { email: 'p@press.test', role: 'publisher', password: 'a long enough password' });
        const sectionId = await sectionCreator(trx, { slug: 'news', names: { en: { name: 'News' }, ru: { name: 'Новости' } } });
        const created = await documentCreator(trx, { slug: 'embargoed', type: 'press_release', sectionId, actorId: editor, translations: { en: { title: 'Embargoed', summary: '', body: 'Text' } }, readyLocales: ['en'] });
        await editionSubmitter(trx, { editionId: created.editionId, actorId: editor });
        await editionScheduler(trx, { editionId: created.editionId, actorId: publisher, publishAt: new Date(Date.now() + 3_600_000).toISOString() });
        return created;
      });
      assert.equal((await findOfficeEdition(store.db, editionId))!.state, 'scheduled');
      // While "the servers were down" the time passed.
      await store.db.updateTable('edition_workflow').set({ scheduled_for: new Date(Date.now() - 60_000).toISOString() }).where('edition_id', '=', editionId).execute();

      const stores = [await database.open(), await database.open()];
      const published: string[] = [];
      const apps = await Promise.all(stores.map(async (s) => {
        const app = await buildApp({ store: s, config: loadConfig({ DATABASE_URL: database.url }) });
        app.events.on('edition.published', (p) => { published.push(p.slug); });
        return app;
      }));
      try {
        await Promise.all(apps.map((a) => a.fastify.ready()));
        // The cache of each instance heard of it (the cluster bridge may relay the event to the other one too).
        assert.ok(published.length >= 1 && published.every((slug) => slug === 'embargoed'), published.join(', '));
        const e = (await findOfficeEdition(store.db, editionId))!;
        assert.equal(e.state, 'published');
        assert.equal((await listAuditEvents(store.db, { action: 'edition.publish_scheduled' })).total, 1, 'published exactly once');
        const page = await apps[0]!.fastify.inject({ url: '/en/news/news/embargoed/' });
        assert.equal(page.statusCode, 200);
      } finally {
        for (const a of apps) await a.fastify.close();
        for (const s of stores) await s.close();
      }
    });
  });
}
