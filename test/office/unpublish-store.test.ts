/** Unpublishing (gone / replaced), withdrawn items for the public site, and check overrides, on SQLite and PostgreSQL. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { accountCreator } from '../../src/accounts/commands.ts';
import { listAuditEvents } from '../../src/audit/queries.ts';
import {
  checkOverrideRecorder, checkOverrideReviewer, documentCreator, documentUnpublisher, documentWithdrawer, editionPublisher, editionSubmitter, newDraftCreator, sectionCreator,
} from '../../src/newsroom/commands.ts';
import { findPublishedItem, findRedirect } from '../../src/newsroom/queries.ts';
import { findOfficeEdition, findUnpublication, findWithdrawnItem, listCheckOverrides, listEditionCheckOverrides, listOfficeEditions } from '../../src/office/queries.ts';
import { AppError } from '../../src/platform/errors.ts';

async function rejects(promise: Promise<unknown>, pattern: RegExp, where?: string) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof AppError, `expected AppError, got ${String(e)}`);
    assert.match(e.message, pattern);
    if (where) assert.equal(e.where, where);
    return true;
  });
}

for (const kind of DATABASE_KINDS) {
  describe(`unpublishing and check overrides on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let sectionId = 0;
    let editor = 0;
    let publisher = 0;
    let publisher2 = 0;

    const tx = <T>(fn: (trx: Store['db']) => Promise<T>) => store.db.transaction().execute(fn);
    async function publishedDoc(slug: string): Promise<{ documentId: number; editionId: number }> {
      const ids = await tx((trx) => documentCreator(trx, {
        slug, type: 'news', sectionId, translations: { en: { title: `T ${slug}`, summary: '', body: 'Body' }, ru: { title: `З ${slug}`, summary: '', body: 'Текст' } },
      }));
      await tx((trx) => editionSubmitter(trx, { editionId: ids.editionId, actorId: editor }));
      await tx((trx) => editionPublisher(trx, { editionId: ids.editionId, actorId: publisher }));
      return ids;
    }

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      sectionId = await tx((trx) => sectionCreator(trx, { slug: 'news', names: { en: { name: 'News' }, ru: { name: 'Новости' } } }));
      editor = await tx((trx) => accountCreator(trx, { email: 'e@press.test', role: 'editor', password: 'a long enough password' }));
      publisher = await tx((trx) => accountCreator(trx, { email: 'p@press.test', role: 'publisher', password: 'a long enough password' }));
      publisher2 = await tx((trx) => accountCreator(trx, { email: 'p2@press.test', role: 'publisher', password: 'a long enough password' }));
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('a withdrawn item is found for the public site with its explanation; an unpublished one is not', async () => {
      const { documentId } = await publishedDoc('withdrawn-one');
      await tx((trx) => documentWithdrawer(trx, { documentId, actorId: publisher, explanation: { en: 'Wrong figures.', ru: 'Неверные цифры.' } }));
      const w = (await findWithdrawnItem(store.db, 'ru', 'withdrawn-one'))!;
      assert.equal(w.explanation, 'Неверные цифры.');
      assert.equal(w.section.slug, 'news');
      assert.deepEqual(w.locales, ['en', 'ru']);
      assert.ok(w.withdrawnAt);
      await tx((trx) => documentUnpublisher(trx, { documentId, actorId: publisher, kind: 'gone' }));
      assert.equal(await findWithdrawnItem(store.db, 'en', 'withdrawn-one'), undefined);
      assert.equal((await findUnpublication(store.db, 'withdrawn-one'))!.kind, 'gone');
    });

    test('the office tells an unpublished item from a withdrawn one, and forgets it once it is published again', async () => {
      const w = await publishedDoc('office-withdrawn');
      await tx((trx) => documentWithdrawer(trx, { documentId: w.documentId, actorId: publisher, explanation: { en: 'Wrong.', ru: 'Неверно.' } }));
      const u = await publishedDoc('office-unpublished');
      await tx((trx) => documentUnpublisher(trx, { documentId: u.documentId, actorId: publisher, kind: 'gone' }));
      const rows = await listOfficeEditions(store.db, 'en');
      const row = (slug: string) => rows.find((r) => r.slug === slug)!;
      assert.deepEqual([row('office-withdrawn').state, row('office-withdrawn').unpublished], ['withdrawn', null]);
      assert.deepEqual([row('office-unpublished').state, row('office-unpublished').unpublished], ['withdrawn', 'gone']);
      assert.equal((await findOfficeEdition(store.db, u.editionId))!.unpublished, 'gone');
      assert.equal((await findOfficeEdition(store.db, w.editionId))!.unpublished, null);
      // A new edition of the unpublished item, published: it is on the site again.
      const draft = await tx((trx) => newDraftCreator(trx, { editionId: u.editionId, actorId: editor }));
      await tx((trx) => editionSubmitter(trx, { editionId: draft, actorId: editor }));
      await tx((trx) => editionPublisher(trx, { editionId: draft, actorId: publisher }));
      const again = (await listOfficeEditions(store.db, 'en')).find((r) => r.slug === 'office-unpublished')!;
      assert.deepEqual([again.state, again.unpublished], ['published', null]);
    });

    test('replaced: a 301 redirect from the item\'s address in every locale; refusals name the field', async () => {
      const a = await publishedDoc('replaced-old');
      await publishedDoc('replaced-new');
      await rejects(tx((trx) => documentUnpublisher(trx, { documentId: a.documentId, actorId: publisher, kind: 'vanished' })), /gone for good or replaced/, 'unpublish_kind');
      await rejects(tx((trx) => documentUnpublisher(trx, { documentId: a.documentId, actorId: publisher, kind: 'replaced', replacementSlug: 'replaced-old' })), /replaced by itself/, 'replacement');
      await rejects(tx((trx) => documentUnpublisher(trx, { documentId: a.documentId, actorId: publisher, kind: 'replaced', replacementSlug: 'nope', reasonLocale: 'ru' })), /Материала-замены не существует/, 'replacement');
      await tx((trx) => documentUnpublisher(trx, { documentId: a.documentId, actorId: publisher, kind: 'replaced', replacementSlug: 'replaced-new', reason: 'merged' }));
      assert.deepEqual(await findRedirect(store.db, '/en/news/news/replaced-old/'), { to: '/en/news/news/replaced-new/', status: 301 });
      assert.deepEqual(await findRedirect(store.db, '/ru/news/news/replaced-old/'), { to: '/ru/news/news/replaced-new/', status: 301 });
      assert.equal(await findPublishedItem(store.db, 'en', 'replaced-old'), undefined);
      const audit = await listAuditEvents(store.db, { action: 'document.unpublish', limit: 10 });
      assert.ok(audit.rows.some((r) => r.after?.includes('replaced-new') && r.after.includes('merged')));

      // Published again from a new draft: its addresses are its own again.
      const draft = await tx((trx) => newDraftCreator(trx, { editionId: a.editionId, actorId: editor }));
      await tx((trx) => editionSubmitter(trx, { editionId: draft, actorId: editor }));
      await tx((trx) => editionPublisher(trx, { editionId: draft, actorId: publisher }));
      assert.equal(await findRedirect(store.db, '/en/news/news/replaced-old/'), undefined);
      assert.equal(await findUnpublication(store.db, 'replaced-old'), undefined);
      assert.ok(await findPublishedItem(store.db, 'en', 'replaced-old'));
    });

    test('nothing to unpublish before publication', async () => {
      const { documentId } = await tx((trx) => documentCreator(trx, { slug: 'never-public', type: 'news', sectionId, translations: { en: { title: 'T', summary: '', body: 'B' } } }));
      await rejects(tx((trx) => documentUnpublisher(trx, { documentId, actorId: publisher, kind: 'gone' })), /nothing to unpublish/);
    });

    test('a check override needs a reason, is audited, listed, and reviewed by another publisher once', async () => {
      const { editionId } = await publishedDoc('overridden');
      const findings = [{ code: 'date.weekday_mismatch', sentence: '2022-05-25 was a Wednesday, not a Tuesday.', where: { field: 'body', locale: 'en', offset: 3 } }];
      await rejects(tx((trx) => checkOverrideRecorder(trx, { editionId, actorId: publisher, action: 'publish', reason: '  ', findings })), /written reason/, 'override_reason');
      const id = await tx((trx) => checkOverrideRecorder(trx, { editionId, actorId: publisher, action: 'publish', reason: 'Quoted as written.', findings }));
      const listed = await listEditionCheckOverrides(store.db, editionId);
      assert.equal(listed.length, 1);
      assert.deepEqual(listed[0]!.findings, findings);
      assert.equal((await listCheckOverrides(store.db))[0]!.reason, 'Quoted as written.');
      const audit = await listAuditEvents(store.db, { action: 'edition.checks_overridden', limit: 10 });
      assert.equal(audit.rows.length, 1);
      assert.match(audit.rows[0]!.after!, /Quoted as written\./);
      await rejects(tx((trx) => checkOverrideReviewer(trx, { id, actorId: publisher })), /another publisher/);
      await tx((trx) => checkOverrideReviewer(trx, { id, actorId: publisher2 }));
      await rejects(tx((trx) => checkOverrideReviewer(trx, { id, actorId: publisher2 })), /already been reviewed/);
      assert.ok((await listCheckOverrides(store.db))[0]!.reviewedAt);
    });
  });
}
