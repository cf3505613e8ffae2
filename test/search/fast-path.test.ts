/**
 * The fast SQLite search (bare FTS5 ids + the in-memory copy of the index's filter keys + bm25
 * only where ranking needs it) must give what the rules of `rankMatches` give over every match:
 * same total, same filter counts, same items in the same order, same language version shown.
 * Also: the copy follows changes of the index, and relevance confined to the newest items
 * (RANK_WINDOW) keeps totals and counts exact, on both databases.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { documentsIndexer, documentsUnindexer, searchIndexRebuilder } from '../../src/search/indexer.ts';
import { rankedMatches, searchItems } from '../../src/search/queries.ts';
import { parseQuery, rankMatches, type FacetCounts, type ResolvedFilters, type SortOrder } from '../../src/search/domain.ts';
import { sqliteFullText } from '../../src/platform/db/fulltext.ts';
import { indexSnapshot } from '../../src/search/snapshot.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';

interface Case {
  q: string;
  locale: Locale;
  filters?: ResolvedFilters;
  sort?: SortOrder;
  page?: number;
  pageSize?: number;
  now?: string;
}

const plain = (facets: FacetCounts) => Object.fromEntries(Object.entries(facets).map(([k, m]) => [k, Object.fromEntries([...m].sort())]));

describe('fast SQLite search against the rules over every match', () => {
  let database: TestDatabase;
  let store: Store;
  let cases: Case[] = [];
  before(async () => {
    database = await createDatabase('sqlite');
    store = await database.open();
    await migrate(store);
    await seedDemo(store);
    await searchIndexRebuilder(store.db, store.dialect, { timeZone: 'Europe/Moscow' });
    const am = await store.db.selectFrom('member_state').select('code').where('code', '=', 'AM').executeTakeFirstOrThrow();
    const section = await store.db.selectFrom('section').select('id').orderBy('id').executeTakeFirstOrThrow();
    const body = await store.db.selectFrom('body').select('id').where('slug', '=', 'council-of-defence-ministers').executeTakeFirstOrThrow();
    const person = await store.db.selectFrom('person').select('id').where('slug', '=', 'suren-papikyan').executeTakeFirstOrThrow();
    cases = [
      { q: 'security', locale: 'en' },
      { q: 'security', locale: 'ru', sort: 'date' },
      { q: 'security', locale: 'en', pageSize: 3, page: 2 },
      { q: 'security', locale: 'en', pageSize: 3, page: 3, sort: 'date' },
      { q: 'council', locale: 'en', filters: { year: 2022 } },
      { q: 'council', locale: 'en', filters: { state: am.code, type: 'meeting_report' } },
      { q: 'министр обороны', locale: 'ru', filters: { person: person.id } },
      { q: 'defence', locale: 'en', filters: { body: body.id } },
      { q: 'collective', locale: 'en', filters: { section: section.id }, sort: 'date' },
      { q: 'Papikian', locale: 'en' },
      { q: 'Khrenin', locale: 'ru' },
      { q: '"collective security"', locale: 'ru' },
      { q: 'statement', locale: 'en', filters: { year: 1999 } },
      { q: 'security', locale: 'en', now: '2022-01-01T00:00:00.000Z' },
      { q: 'nothingmatcheshere', locale: 'en' },
    ];
  });
  after(async () => {
    await store?.close();
    await database?.drop();
  });

  test('the fast path is the one SQLite takes', () => {
    assert.equal(store.dialect.kind, 'sqlite');
    assert.ok(sqliteFullText.matchingIds && sqliteFullText.scores);
  });

  test('same totals, filter counts, items and versions as rankMatches over every match', async () => {
    assert.ok(cases.length >= 15);
    for (const c of cases) {
      const query = parseQuery(c.q, c.locale);
      const options = {
        filters: c.filters ?? {}, sort: c.sort ?? 'relevance', page: c.page ?? 1, pageSize: c.pageSize ?? 10,
        locale: c.locale, now: c.now ?? new Date().toISOString(), rankWindow: 5000,
      } as const;
      const fast = await rankedMatches(store.db, store.dialect, query, options);
      const rows = await sqliteFullText.matches(store.db, query.clauses, { now: options.now, preferLocale: c.locale });
      const reference = rankMatches(rows, options);
      const label = JSON.stringify(c);
      assert.equal(fast.total, reference.total, `total of ${label}`);
      assert.deepEqual(plain(fast.facets), plain(reference.facets), `filter counts of ${label}`);
      assert.deepEqual(fast.hits.map((h) => `${h.documentId}/${h.locale}`), reference.hits.map((h) => `${h.documentId}/${h.locale}`), `items of ${label}`);
      for (const [i, h] of fast.hits.entries()) {
        if (options.sort === 'relevance') assert.ok(Math.abs(h.score - reference.hits[i]!.score) < 1e-6, `score of ${label}`);
      }
    }
    assert.ok(cases.some((c) => c.q === 'security'), 'the set has a query with many matches');
  });

  test('after items leave and come back, the refreshed copy still gives what the rules give', async () => {
    const ids = (await store.db.selectFrom('search_entry').select('document_id').distinct().orderBy('document_id').execute()).map((r) => r.document_id);
    assert.ok(ids.length > 6);
    const snapshotBefore = await indexSnapshot(store.db);
    // Out: two items; again: one of them and one that stayed (so old slots die and new ones come).
    await store.db.transaction().execute((trx) => documentsUnindexer(trx, store.dialect, [ids[0]!, ids[3]!]));
    await searchItems(store.db, store.dialect, { q: 'security', locale: 'en' });
    await store.db.transaction().execute((trx) => documentsIndexer(trx, store.dialect, [ids[0]!, ids[5]!], { timeZone: 'Europe/Moscow' }));
    const refreshed = await indexSnapshot(store.db);
    assert.notEqual(refreshed, snapshotBefore);
    assert.ok(refreshed.size > snapshotBefore.size, 'refreshed in place: the old slots are kept, new ones appended');
    for (const c of cases) {
      const query = parseQuery(c.q, c.locale);
      const options = {
        filters: c.filters ?? {}, sort: c.sort ?? 'relevance', page: c.page ?? 1, pageSize: c.pageSize ?? 10,
        locale: c.locale, now: c.now ?? new Date().toISOString(), rankWindow: 5000,
      } as const;
      const fast = await rankedMatches(store.db, store.dialect, query, options);
      const reference = rankMatches(await sqliteFullText.matches(store.db, query.clauses, { now: options.now, preferLocale: c.locale }), options);
      const label = JSON.stringify(c);
      assert.equal(fast.total, reference.total, `total of ${label}`);
      assert.deepEqual(plain(fast.facets), plain(reference.facets), `filter counts of ${label}`);
      assert.deepEqual(fast.hits.map((h) => `${h.documentId}/${h.locale}`), reference.hits.map((h) => `${h.documentId}/${h.locale}`), `items of ${label}`);
    }
    const full = await indexSnapshot(store.db, { reload: true });
    const q = parseQuery('security', 'en');
    const o = { filters: {}, sort: 'relevance', page: 1, pageSize: 10, locale: 'en', now: new Date().toISOString(), rankWindow: 5000 } as const;
    assert.equal(full.generation, refreshed.generation);
    assert.equal((await rankedMatches(store.db, store.dialect, q, o)).total, (await searchItems(store.db, store.dialect, { q: 'security', locale: 'en' })).total);
  });

  test('a query with results, and the rules give some (the comparison above is not empty)', async () => {
    const r = await searchItems(store.db, store.dialect, { q: 'security', locale: 'en' });
    assert.ok(r.total > 5, `found ${r.total}`);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`the search follows the index, and ranks within the newest items, on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await seedDemo(store);
      await searchIndexRebuilder(store.db, store.dialect, { timeZone: 'Europe/Moscow' });
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('an item taken out of the index and put back is found, then not, then again', async () => {
      const first = await searchItems(store.db, store.dialect, { q: 'Dushanbe', locale: 'en' });
      assert.equal(first.total, 1);
      const documentId = first.items[0]!.documentId;
      const yearBefore = first.facets.year.map((v) => `${v.value}:${v.count}`);
      await store.db.transaction().execute((trx) => documentsUnindexer(trx, store.dialect, [documentId]));
      const gone = await searchItems(store.db, store.dialect, { q: 'Dushanbe', locale: 'en' });
      assert.equal(gone.total, 0);
      assert.deepEqual(gone.facets.year, []);
      await store.db.transaction().execute((trx) => documentsIndexer(trx, store.dialect, [documentId], { timeZone: 'Europe/Moscow' }));
      const back = await searchItems(store.db, store.dialect, { q: 'Dushanbe', locale: 'en' });
      assert.equal(back.total, 1);
      assert.equal(back.items[0]!.documentId, documentId);
      assert.deepEqual(back.facets.year.map((v) => `${v.value}:${v.count}`), yearBefore);
    });

    test('relevance within the newest items: totals and counts stay exact, the items come from the newest', async () => {
      const all = await searchItems(store.db, store.dialect, { q: 'security', locale: 'en', pageSize: 50 });
      assert.ok(all.total > 6, `found ${all.total}`);
      const windowed = await searchItems(store.db, store.dialect, { q: 'security', locale: 'en', pageSize: 50, rankWindow: 3 });
      assert.equal(windowed.total, all.total);
      assert.deepEqual(windowed.facets, all.facets);
      assert.equal(windowed.items.length, 3, 'only the window is ranked');
      // The newest-indexed items: the three highest index entries among the matches.
      const entries = await store.db.selectFrom('search_entry').select(['document_id', 'id'])
        .where('document_id', 'in', all.items.map((i) => i.documentId)).execute();
      const newest = new Map<number, number>();
      for (const e of entries) newest.set(e.document_id, Math.max(newest.get(e.document_id) ?? 0, e.id));
      const expected = [...newest].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([d]) => d).sort();
      assert.deepEqual(windowed.items.map((i) => i.documentId).sort(), expected);
      // Ranked among themselves as in the full ranking.
      const order = all.items.map((i) => i.documentId).filter((d) => expected.includes(d));
      assert.deepEqual(windowed.items.map((i) => i.documentId), order);
    });
  });
}
