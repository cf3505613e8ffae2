/** Pure parts of search: analysis, query reading, ranking with filters, snippets. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { propertyParams } from '../support/property.ts';
import { nameKey, nameKeys, queryNameKey, stems, markdownToPlain } from '../../src/search/analysis.ts';
import { highlight, parseQuery, parseSearchParams, rankMatches, snippet, type MatchRow } from '../../src/search/domain.ts';
import { fts5Expression, tsqueryText } from '../../src/platform/db/fulltext.ts';
import { AppError } from '../../src/platform/errors.ts';

describe('analysis', () => {
  test('Russian and English word forms share a stem', () => {
    assert.deepEqual(stems('министров обороны'), stems('министр обороны'));
    assert.deepEqual(stems('Министра Обороны'), stems('министр обороны'));
    assert.deepEqual(stems('ministers'), stems('minister'));
    assert.deepEqual(stems('ёлка'), stems('елка'));
  });

  test('spellings and scripts of a name meet on one key', () => {
    const key = (name: string) => nameKey(name);
    assert.equal(key('Papikian'), key('Papikyan'));
    assert.equal(key('Папикян'), key('Papikyan'));
    assert.equal(key('Harutyunyan'), key('Arutyunyan'));
    assert.equal(key('Арутюнян'), key('Arutyunyan'));
    assert.equal(key('Japarov'), key('Zhaparov'));
    assert.equal(key('Жапаров'), key('Japarov'));
    assert.equal(key('Shoygu'), key('Shoigu'));
    assert.equal(key('Шойгу'), key('Shoigu'));
    assert.equal(key('Токаев'), key('Tokayev'));
    assert.equal(key('Anatoliy'), key('Anatoly'));
    assert.notEqual(key('Papikyan'), key('Pashinyan'));
    // An inflected Cyrillic name in a query meets the stem keys of the indexed name.
    assert.ok(nameKeys('Сурен Папикян').includes(queryNameKey('папикяна')));
    assert.ok(nameKeys('Сурен Папикян').includes(queryNameKey('папикяну')));
  });

  test('Markdown becomes plain text', () => {
    assert.equal(markdownToPlain('## Head\n\nSome **bold** and [a link](https://x.org).\n\n- item'), 'Head\nSome bold and a link.\nitem');
  });
});

describe('query reading', () => {
  test('quotes make phrases; an unbalanced quote quotes to the end', () => {
    const q = parseQuery('council "defence ministers" "open', 'en');
    assert.deepEqual(q.clauses.map((c) => c.stems), [['council'], ['defenc', 'minist'], ['open']]);
  });

  test('search-engine syntax never reaches the database: only letters and digits do', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const q = parseQuery(text, 'en');
      for (const c of q.clauses) for (const t of [...c.stems, ...c.keys, ...c.alternatives]) assert.match(t, /^[\p{L}\p{N}]+$/u);
      const fts = fts5Expression(q.clauses);
      if (fts) assert.doesNotMatch(fts.replace(/"[\p{L}\p{N} ]+"/gu, ''), /[^()ORAND names:]/u);
      const tsq = tsqueryText(q.clauses);
      if (tsq) assert.doesNotMatch(tsq.replace(/'[\p{L}\p{N}]+'(:B)?/gu, ''), /[^()|&<\-> ]/u);
    }), propertyParams(100));
    const ors = parseQuery('OR OR NEAR( * "', 'en');
    assert.deepEqual(ors.clauses.map((c) => c.stems.join(' ')), ['or', 'near']);
  });

  test('a query longer than 500 characters is refused with a sentence', () => {
    assert.throws(() => parseQuery('a'.repeat(501), 'en'), (e: unknown) => e instanceof AppError && e.status === 400 && /too long/.test(e.message));
    assert.throws(() => parseQuery('a'.repeat(501), 'ru'), /Слишком длинный/);
  });

  test('parameters are checked and named', () => {
    assert.deepEqual(parseSearchParams({ q: 'x', state: 'am', year: '2022', sort: 'date', page: '2' }, 'en'),
      { q: 'x', filters: { state: 'AM', year: 2022 }, sort: 'date', page: 2 });
    for (const [query, where] of [[{ year: '22' }, 'year'], [{ type: 'x' }, 'type'], [{ page: '0' }, 'page'], [{ q: ['a', 'b'] }, 'q'], [{ body: 'A B' }, 'body']] as const) {
      assert.throws(() => parseSearchParams(query as Record<string, unknown>, 'en'), (e: unknown) => e instanceof AppError && e.where === where);
    }
  });
});

describe('ranking and filters', () => {
  const row = (documentId: number, locale: string, score: number, extra: Partial<MatchRow> = {}): MatchRow => ({
    entryId: documentId * 10 + (locale === 'en' ? 1 : 2), documentId, locale, score, sectionId: 1, type: 'news', year: 2022,
    publicTimestamp: `2022-01-0${documentId}T00:00:00.000Z`, bodies: '', states: '', people: '', ...extra,
  });
  const now = '2030-01-01T00:00:00.000Z';

  test('an item counts once, by its best version; the reader’s language wins a tie', () => {
    const r = rankMatches([row(1, 'en', 1), row(1, 'ru', 2), row(2, 'en', 3), row(2, 'ru', 3)], { filters: {}, sort: 'relevance', page: 1, pageSize: 10, locale: 'en', now });
    assert.equal(r.total, 2);
    assert.deepEqual(r.hits.map((h) => [h.documentId, h.locale]), [[2, 'en'], [1, 'ru']]);
  });

  test('counts of a filter ignore its own choice and respect the others', () => {
    const rows = [
      row(1, 'en', 1, { states: 'AM,BY', year: 2021 }),
      row(2, 'en', 1, { states: 'AM', year: 2022 }),
      row(3, 'en', 1, { states: 'RU', year: 2022 }),
    ];
    const r = rankMatches(rows, { filters: { state: 'AM', year: 2022 }, sort: 'relevance', page: 1, pageSize: 10, locale: 'en', now });
    assert.equal(r.total, 1);
    assert.deepEqual([...r.facets.state.entries()].sort(), [['AM', 1], ['RU', 1]]);
    assert.deepEqual([...r.facets.year.entries()].sort(), [['2021', 1], ['2022', 1]]);
  });

  test('embargoed versions are left out; date order is newest first', () => {
    const rows = [row(1, 'en', 5), row(2, 'en', 1), row(3, 'en', 9, { publicTimestamp: '2031-01-01T00:00:00.000Z' })];
    const r = rankMatches(rows, { filters: {}, sort: 'date', page: 1, pageSize: 10, locale: 'en', now });
    assert.deepEqual(r.hits.map((h) => h.documentId), [2, 1]);
  });
});

describe('snippets', () => {
  test('mark the matched words of every form, as plain segments', () => {
    const q = parseQuery('министров обороны', 'ru');
    const segments = highlight('Поздравил Министра обороны Армении', q);
    assert.deepEqual(segments.filter((s) => s.hit).map((s) => s.text), ['Министра', 'обороны']);
    assert.equal(segments.map((s) => s.text).join(''), 'Поздравил Министра обороны Армении');
  });

  test('a long text is cut around the match with ellipses', () => {
    const text = `${'alpha '.repeat(100)}the Papikyan meeting ${'omega '.repeat(100)}`.trim();
    const s = snippet(text, parseQuery('Papikian', 'en'), 20)!;
    assert.equal(s[0]!.text.startsWith('… '), true);
    assert.equal(s.at(-1)!.text.endsWith(' …'), true);
    assert.deepEqual(s.filter((x) => x.hit).map((x) => x.text), ['Papikyan']);
    assert.equal(snippet('nothing here', parseQuery('zzz', 'en')), null);
  });
});
