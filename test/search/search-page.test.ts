/**
 * The search page over HTTP (Fastify inject) on a seeded demo, SQLite and PostgreSQL: results,
 * highlighting, filters, sorting, paging, bad input, and the index following publish/withdraw.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { startTestSite, type TestSite } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { documentCreator } from '../../src/newsroom/commands.ts';

const PAPIKYAN = '/news/organization-news/2021-11-16-congratulations-to-suren-papikyan/';
const DB_ERROR_TEXT = /sqlite|fts5|syntax error|tsquery|tsvector|SQLSTATE|select |search_fts|search_entry/i;

for (const kind of DATABASE_KINDS) {
  describe(`search page on ${kind}`, () => {
    let site: TestSite;
    before(async () => { site = await startTestSite(kind); });
    after(async () => { await site?.close(); });

    async function get(url: string) {
      const res = await site.app.fastify.inject({ method: 'GET', url });
      return { res, document: parseHTML(res.body).document };
    }
    const resultLinks = (d: Document) => [...d.querySelectorAll('.search-results .item-title a')].map((a) => a.getAttribute('href'));

    test('a freshly seeded demo is searchable: a transliterated name finds the item, marked', async () => {
      const { res, document } = await get('/en/search?q=Papikian');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      const links = resultLinks(document);
      assert.ok(links.includes(`/en${PAPIKYAN}`) || links.includes(`/ru${PAPIKYAN}`), JSON.stringify(links));
      assert.match(document.querySelector('h1')!.textContent!, /Papikian/);
      assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
      assert.equal((document.querySelector('main form[role="search"] input[name="q"]') as HTMLInputElement | null)?.getAttribute('value'), 'Papikian');
    });

    test('«министров обороны» on the Russian page marks «Министра обороны» in a result', async () => {
      const { res, document } = await get(`/ru/search?q=${encodeURIComponent('министров обороны')}`);
      assert.equal(res.statusCode, 200);
      const marks = [...document.querySelectorAll('.search-results mark')].map((m) => m.textContent!.toLowerCase());
      assert.ok(marks.some((m) => /^министр(а|ом|у)?$/.test(m)), JSON.stringify(marks.slice(0, 10)));
      assert.ok(marks.some((m) => m === 'обороны'));
      assert.match(document.querySelector('.search-count')!.textContent!, /Найдено \d+ материал/);
    });

    test('a Russian query on the English page links to the Russian version and says so', async () => {
      const { document } = await get(`/en/search?q=${encodeURIComponent('Душанбе')}`);
      const title = document.querySelector('.search-results .item-title')!;
      assert.equal(title.getAttribute('lang'), 'ru');
      assert.equal(title.querySelector('a')!.getAttribute('href'), '/ru/news/organization-news/2021-09-16-collective-security-council-dushanbe/');
      assert.match(document.querySelector('.result-language')!.textContent!, /in Russian/);
    });

    test('filters come with counts and links; a chosen filter narrows the results and can be removed', async () => {
      const all = await get('/en/search?q=chairmanship');
      const stateFacet = [...all.document.querySelectorAll('.facet')].find((f) => f.querySelector('h3')!.textContent === 'Member state')!;
      assert.ok(stateFacet, 'a member-state filter is offered');
      const armenia = [...stateFacet.querySelectorAll('li')].find((li) => /Armenia/.test(li.textContent!))!;
      assert.match(armenia.textContent!, /\(\d+\)/);
      const href = armenia.querySelector('a')!.getAttribute('href')!;
      assert.match(href, /state=AM/);
      const filtered = await get(href);
      assert.equal(filtered.res.statusCode, 200);
      const total = Number(/\d+/.exec(filtered.document.querySelector('.search-count')!.textContent!)![0]);
      assert.equal(total, Number(/\((\d+)\)/.exec(armenia.textContent!)![1]));
      assert.equal(resultLinks(filtered.document)[0], '/en/news/organization-news/2022-01-01-armenia-assumes-chairmanship/');
      const remove = filtered.document.querySelector('.active-filters a')!;
      assert.match(remove.textContent!, /Member state: Armenia/);
      assert.doesNotMatch(remove.getAttribute('href')!, /state=/);
      // Every facet: section, type, year, body, person are offered too.
      const names = [...all.document.querySelectorAll('.facet h3')].map((h) => h.textContent);
      for (const n of ['Section', 'Type', 'Year', 'Body', 'Person']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
    });

    test('sorting by date puts the newest first; paging moves on', async () => {
      const { document } = await get('/en/search?q=chairmanship&sort=date');
      assert.equal(resultLinks(document)[0], '/en/news/organization-news/2026-01-01-russia-assumes-chairmanship/');
      const times = [...document.querySelectorAll('.search-results time')].map((t) => t.getAttribute('datetime')!);
      assert.deepEqual(times, [...times].sort().reverse());
      const first = await get('/en/search?q=council');
      const next = first.document.querySelector('.pagination a[rel="next"]')!.getAttribute('href')!;
      assert.match(next, /page=2/);
      const second = await get(next);
      assert.equal(second.res.statusCode, 200);
      assert.match(second.document.querySelector('.pagination [aria-current="page"]')!.textContent!, /Page 2 of/);
      const overlap = resultLinks(second.document).filter((l) => resultLinks(first.document).includes(l));
      assert.deepEqual(overlap, []);
    });

    test('an empty query shows the form and a hint', async () => {
      for (const url of ['/en/search', '/en/search?q=', '/ru/search?q=%20%20', '/en/search?q=%22%22']) {
        const { res, document } = await get(url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(document.querySelector('form[role="search"]'), url);
        assert.equal(document.querySelectorAll('.search-results li').length, 0, url);
      }
    });

    test('search-engine syntax is read as words: a normal page, never a 500 or a database message', async () => {
      const queries = ['"', '*', 'NEAR(', 'NEAR(a b, 2)', 'OR OR', 'AND', 'NOT', '"unbalanced quote', 'a"b"c"', '(((', ')', '^', '-', '+', ':',
        'title:x', '{title}: x', "'; drop table document; --", '\\', '%', '_', 'a*', '*a', '\u0000', '<script>alert(1)</script>', '\'\'', '!', '&', '|', '<->',
        'x'.repeat(499), 'минист*', 'OR "министров обороны" OR'];
      for (const q of queries) {
        const { res } = await get(`/en/search?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, `${JSON.stringify(q)} → ${res.statusCode}`);
        assert.doesNotMatch(res.body.replace(/<form[\s\S]*?<\/form>/, '').replace(/<title>[\s\S]*?<\/title>|<h1>[\s\S]*?<\/h1>/g, ''), DB_ERROR_TEXT, JSON.stringify(q));
        assert.doesNotMatch(res.body, /<script>alert/);
      }
    });

    test('a 10 KB query and malformed parameters get a 400 page that names the problem', async () => {
      const cases: [string, RegExp][] = [
        [`/en/search?q=${'word+'.repeat(2048)}`, /too long \(\d{5} characters\); at most 500/],
        ['/en/search?q=x&section=no-such-section', /no section "no-such-section"/],
        ['/en/search?q=x&section=Bad%20Slug!', /section filter "Bad Slug!" is not a valid identifier/],
        ['/en/search?q=x&person=nobody', /no person "nobody"/],
        ['/en/search?q=x&body=nobody', /no body "nobody"/],
        ['/en/search?q=x&state=XX', /no member state "XX"/],
        ['/en/search?q=x&state=Armenia', /not a two-letter country code/],
        ['/en/search?q=x&year=20x2', /not a four-digit year/],
        ['/en/search?q=x&type=rumour', /type filter "rumour" is not one of/],
        ['/en/search?q=x&sort=random', /sort order "random" is not known/],
        ['/en/search?q=council&page=0', /page "0" is not a whole number/],
        ['/en/search?q=council&page=-1', /page "-1" is not a whole number/],
        ['/en/search?q=council&page=abc', /page "abc" is not a whole number/],
        ['/en/search?q=council&page=999', /There is no page 999: the results have \d+ pages/],
        ['/en/search?q=council&page=99999999999', /not a whole number from 1 to 999999/],
        ['/en/search?q=a&q=b', /"q" was given more than once/],
        ['/ru/search?q=council&page=999', /Страницы 999 нет/],
      ];
      for (const [url, message] of cases) {
        const { res, document } = await get(url);
        assert.equal(res.statusCode, 400, `${url.slice(0, 80)} → ${res.statusCode}`);
        const detail = document.querySelector('.error-detail')?.textContent ?? res.body;
        assert.match(detail, message, url.slice(0, 80));
        assert.doesNotMatch(detail, DB_ERROR_TEXT);
      }
      assert.equal((await get('/xx/search?q=a')).res.statusCode, 404);
    });

    test('the index follows publication and withdrawal; text is escaped, marks are real elements', async () => {
      const { store, app } = site;
      const section = await store.db.selectFrom('section').select('id').where('slug', '=', 'statements').executeTakeFirstOrThrow();
      const now = new Date(Date.now() - 60_000).toISOString();
      const { documentId, editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: 'zzyzx-test-statement', type: 'statement', sectionId: section.id,
        translations: {
          en: { title: 'On <script>alert(1)</script> the Zzyzx question', summary: 'A summary about Zzyzx & <b>bold</b> claims.', body: 'Body text on **Zzyzx**.' },
          ru: { title: 'О вопросе Зизикс', summary: 'Кратко о Зизиксе.', body: 'Текст.' },
        },
        now,
      }));
      assert.equal(resultLinks((await get('/en/search?q=zzyzx')).document).length, 0, 'a draft is not found');
      // Published (as the publisher command does), then the event after commit.
      await store.db.updateTable('edition').set({ state: 'published', public_timestamp: now, published_at: now }).where('id', '=', editionId).execute();
      await store.db.updateTable('document').set({ first_published_at: now }).where('id', '=', documentId).execute();
      await app.events.emit('edition.published', { documentId, editionId, slug: 'zzyzx-test-statement', firstPublication: true });
      const found = await get('/en/search?q=zzyzx');
      assert.deepEqual(resultLinks(found.document), ['/en/news/statements/zzyzx-test-statement/']);
      assert.doesNotMatch(found.res.body, /<script>alert|<b>bold/);
      assert.match(found.res.body, /&lt;script>alert\(1\)&lt;\/script>/);
      assert.equal(found.document.querySelectorAll('main script, main b').length, 0);
      assert.match(found.document.querySelector('.search-results .item-title')!.textContent!, /On <script>alert\(1\)<\/script> the Zzyzx question/);
      assert.equal(found.document.querySelector('.search-results .item-title mark')!.textContent, 'Zzyzx');
      // Russian inflection of the new word: «Зизиксе» is found by «Зизикс».
      assert.equal(resultLinks((await get(`/ru/search?q=${encodeURIComponent('Зизикс')}`)).document).length, 1);

      await store.db.updateTable('edition').set({ state: 'withdrawn' }).where('id', '=', editionId).execute();
      await app.events.emit('document.withdrawn', { documentId, slug: 'zzyzx-test-statement' });
      assert.equal(resultLinks((await get('/en/search?q=zzyzx')).document).length, 0, 'a withdrawn item is gone');
    });

    test('an item under embargo (public timestamp ahead) is not found until its time', async () => {
      const { store, app } = site;
      const section = await store.db.selectFrom('section').select('id').where('slug', '=', 'statements').executeTakeFirstOrThrow();
      const later = new Date(Date.now() + 86_400_000).toISOString();
      const { documentId, editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: 'qwyjibo-embargoed', type: 'statement', sectionId: section.id,
        translations: { en: { title: 'The Qwyjibo statement', summary: 'Qwyjibo.', body: 'Qwyjibo.' } },
      }));
      await store.db.updateTable('edition').set({ state: 'published', public_timestamp: later, published_at: later }).where('id', '=', editionId).execute();
      await app.events.emit('edition.published', { documentId, editionId, slug: 'qwyjibo-embargoed', firstPublication: true });
      assert.equal(resultLinks((await get('/en/search?q=qwyjibo')).document).length, 0);
      const entries = await store.db.selectFrom('search_entry').select('id').where('document_id', '=', documentId).execute();
      assert.equal(entries.length, 1, 'it is indexed, waiting for its time');
    });
  });
}
