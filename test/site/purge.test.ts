/**
 * Precise purge: a change published to one item re-renders its page, its section's list, all
 * news, its feeds, its people's pages and the sitemaps, while an unrelated section page and an
 * unrelated item page stay cached (same cached object, same ETag) — on one instance (both
 * databases) and across two instances on one PostgreSQL (the event relayed over LISTEN/NOTIFY).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTwoInstances, until, type TwoInstances } from '../support/cluster.ts';
import type { Kysely } from 'kysely';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import type { App } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { cacheGeneration, documentPurgeKeys, findDocumentFacts, itemPageKeys, keepIfCurrent } from '../../src/site/purge.ts';
import { PageCache } from '../../src/site/page-cache.ts';

interface Scenario {
  documentId: number;
  editionId: number;
  slug: string;
  /** Pages that show the changed item. */
  affected: string[];
  /** Pages that do not. */
  unrelated: string[];
}

/** A statement linked to a person, and pages that do and do not show it. */
async function scenario(db: Kysely<DB>): Promise<Scenario> {
  const doc = await db.selectFrom('document')
    .innerJoin('section', 'section.id', 'document.section_id')
    .innerJoin('edition', (j) => j.onRef('edition.document_id', '=', 'document.id').on('edition.state', '=', 'published'))
    .innerJoin('document_person', 'document_person.document_id', 'document.id')
    .innerJoin('person', 'person.id', 'document_person.person_id')
    .select(['document.id', 'document.slug', 'edition.id as editionId', 'section.slug as sectionSlug', 'person.slug as personSlug'])
    .where('section.slug', '=', 'statements')
    .orderBy('document.id').executeTakeFirstOrThrow();
  // An item of another section that shares no person with it, and that other section's list.
  const other = await db.selectFrom('document')
    .innerJoin('section', 'section.id', 'document.section_id')
    .innerJoin('edition', (j) => j.onRef('edition.document_id', '=', 'document.id').on('edition.state', '=', 'published'))
    .select(['document.slug', 'section.slug as sectionSlug'])
    .where('section.slug', '!=', doc.sectionSlug)
    .orderBy('document.id').executeTakeFirstOrThrow();
  return {
    documentId: doc.id, editionId: doc.editionId, slug: doc.slug,
    affected: [
      `/en/news/${doc.sectionSlug}/${doc.slug}/`,
      `/en/news/${doc.sectionSlug}/`,
      '/en/news/',
      '/en/',
      `/en/news/${doc.sectionSlug}/feed.atom`,
      '/en/news/feed.rss',
      `/en/people/${doc.personSlug}/`,
      `/en/people/${doc.personSlug}/feed.json`,
      '/sitemaps/en-1.xml',
    ],
    unrelated: [
      `/en/news/${other.sectionSlug}/`,
      `/en/news/${other.sectionSlug}/${other.slug}/`,
      `/en/news/${other.sectionSlug}/feed.atom`,
    ],
  };
}

const NEW_TITLE = 'Purge check: the corrected title';

async function changeTitle(db: Kysely<DB>, editionId: number): Promise<string> {
  const old = await db.selectFrom('edition_translation').select('title').where('edition_id', '=', editionId).where('locale', '=', 'en').executeTakeFirstOrThrow();
  await db.updateTable('edition_translation').set({ title: NEW_TITLE }).where('edition_id', '=', editionId).where('locale', '=', 'en').execute();
  return old.title;
}

/** Fetches every page (filling the cache) and returns the cached entries and ETags. */
async function warm(app: App, urls: string[]) {
  const seen = new Map<string, { etag: string; page: unknown; body: string }>();
  for (const url of urls) {
    const res = await app.fastify.inject({ url });
    assert.equal(res.statusCode, 200, `${url} answers 200`);
    const page = app.cache.get(url);
    assert.ok(page, `${url} is cached`);
    assert.ok(page.keys.length > 0, `${url} carries surrogate keys`);
    assert.equal(res.headers['surrogate-key'], page.keys.join(' '));
    seen.set(url, { etag: String(res.headers.etag), page, body: res.body });
  }
  return seen;
}

async function checkAfter(app: App, s: Scenario, before: Map<string, { etag: string; page: unknown; body: string }>, oldTitle: string) {
  for (const url of s.unrelated) {
    assert.equal(app.cache.get(url), before.get(url)!.page, `${url} stays cached`);
    const res = await app.fastify.inject({ url, headers: { 'if-none-match': before.get(url)!.etag } });
    assert.equal(res.statusCode, 304, `${url} keeps its ETag`);
  }
  let showing = 0;
  for (const url of s.affected) {
    assert.equal(app.cache.get(url), undefined, `${url} was purged`);
    const res = await app.fastify.inject({ url });
    assert.equal(res.statusCode, 200);
    assert.ok(app.cache.get(url), `${url} is cached again`);
    // Pages that showed the old title now show the new one.
    if (before.get(url)!.body.includes(oldTitle)) {
      showing++;
      assert.notEqual(res.headers.etag, before.get(url)!.etag, `${url} was re-rendered`);
      assert.ok(res.body.includes(NEW_TITLE), `${url} shows the new title`);
    }
  }
  assert.ok(showing >= 4, `the item, its section, its feed and its person's page showed the title (${showing} pages did)`);
}

describe('surrogate keys and purge rules', () => {
  test('an item page is keyed by what it shows; a publish purges its lists, not its neighbours', () => {
    const facts = { documentId: 7, slug: 's', sectionSlug: 'statements', personIds: [3], bodyIds: [2], stateCodes: ['AM'], meetingId: 5 };
    assert.deepEqual(itemPageKeys(facts), ['doc:7', 'section:statements', 'person:3', 'body:2', 'state:AM', 'meeting:5']);
    const purged = documentPurgeKeys(facts, { documentId: 7, slug: 's' });
    for (const k of ['doc:7', 'item:s', 'list:all', 'list:section:statements', 'list:person:3', 'list:body:2', 'list:state:AM', 'list:meeting:5', 'sitemap']) {
      assert.ok(purged.includes(k), k);
    }
    // Neighbours of the item (same section, same person) carry these keys, which are not purged.
    for (const k of ['section:statements', 'person:3', 'body:2', 'state:AM', 'meeting:5']) assert.ok(!purged.includes(k), k);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`precise purge on ${kind}`, () => {
    let site: TestSite;
    before(async () => {
      site = await startTestSite(kind);
    });
    after(async () => site?.close());

    test('the facts of a document are read from the database', async () => {
      const s = await scenario(site.store.db);
      const facts = await findDocumentFacts(site.store.db, s.documentId);
      assert.ok(facts);
      assert.equal(facts.slug, s.slug);
      assert.equal(facts.sectionSlug, 'statements');
      assert.ok(facts.personIds.length > 0);
      assert.deepEqual(await findDocumentFacts(site.store.db, { slug: s.slug }), facts);
    });

    test('publishing a change to one item purges exactly the pages that show it', async () => {
      const s = await scenario(site.store.db);
      const before = await warm(site.app, [...s.affected, ...s.unrelated]);
      const oldTitle = await changeTitle(site.store.db, s.editionId);
      await site.app.events.emit('edition.published', { documentId: s.documentId, editionId: s.editionId, slug: s.slug, firstPublication: false });
      await checkAfter(site.app, s, before, oldTitle);
    });

    test('a page rendered across a change is served but not kept', async () => {
      const s = await scenario(site.store.db);
      const generation = cacheGeneration(site.app.cache);
      // A render that began before the publish and ends after it …
      await site.app.events.emit('edition.published', { documentId: s.documentId, editionId: s.editionId, slug: s.slug, firstPublication: false });
      keepIfCurrent(site.app.cache, generation, '/render-in-flight', PageCache.page('old state'));
      assert.equal(site.app.cache.get('/render-in-flight'), undefined);
      // … while one that began after it is kept.
      keepIfCurrent(site.app.cache, cacheGeneration(site.app.cache), '/render-after', PageCache.page('new state'));
      assert.ok(site.app.cache.get('/render-after'));
    });

    test('withdrawing an item purges its page and its lists', async () => {
      const s = await scenario(site.store.db);
      await warm(site.app, s.affected);
      await site.app.events.emit('document.withdrawn', { documentId: s.documentId, slug: s.slug });
      for (const url of s.affected) assert.equal(site.app.cache.get(url), undefined, `${url} was purged`);
    });
  });
}

describe('precise purge across two instances on one PostgreSQL', () => {
  let cluster: TwoInstances;
  let a: App;
  let b: App;
  let stores: [Store, Store];

  before(async () => {
    cluster = await startTwoInstances();
    ({ a, b, stores } = cluster);
  });
  after(async () => { await cluster?.close(); });

  test('a publish through one instance purges the same pages, and only those, on the other', async () => {
    const s = await scenario(stores[0]!.db);
    const before = await warm(b, [...s.affected, ...s.unrelated]);
    const oldTitle = await changeTitle(stores[0]!.db, s.editionId);
    let heard = false;
    b.events.on('edition.published', () => { heard = true; });
    await a.events.emit('edition.published', { documentId: s.documentId, editionId: s.editionId, slug: s.slug, firstPublication: false });
    await until('instance B hears of the publish', () => heard);
    // The listener runs after the event reaches B: wait for the item page to go.
    await until('instance B purges the item page', () => b.cache.get(s.affected[0]!) === undefined);
    await checkAfter(b, s, before, oldTitle);
  });
});
