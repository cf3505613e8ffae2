/** Sitemap index, per-locale sitemaps with hreflang alternates, the news sitemap and robots.txt. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { startTestSite, type TestSite } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { demoArchive } from '../../src/demo/archive.ts';
import { documentCreator, editionPublisher, editionSubmitter } from '../../src/newsroom/commands.ts';
import { renderUrlset, xmlEscape } from '../../src/site/sitemaps.ts';

const ORIGIN = 'http://press.test';
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const tags = (el: Document | Element, name: string) => [...el.getElementsByTagName(name)];
const text = (el: Element, name: string) => tags(el, name)[0]?.textContent?.trim() ?? '';

for (const kind of DATABASE_KINDS) {
  describe(`sitemaps on ${kind}`, () => {
    let site: TestSite;
    before(async () => { site = await startTestSite(kind); });
    after(async () => { await site?.close(); });
    const get = (url: string) => site.app.fastify.inject({ method: 'GET', url });

    test('robots.txt names the sitemap index', async () => {
      const res = await get('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/plain/);
      assert.ok(res.body.split('\n').includes(`Sitemap: ${ORIGIN}/sitemap.xml`));
      assert.ok(res.body.split('\n').includes('User-agent: *'));
    });

    test('the index lists a sitemap per locale and the news sitemap, each of which answers', async () => {
      const res = await get('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/xml/);
      const d = xml(res.body);
      assert.equal(d.documentElement.tagName, 'sitemapindex');
      assert.equal(d.documentElement.getAttribute('xmlns'), 'http://www.sitemaps.org/schemas/sitemap/0.9');
      const locs = tags(d, 'sitemap').map((s) => text(s, 'loc'));
      assert.deepEqual(locs, [`${ORIGIN}/sitemaps/en-1.xml`, `${ORIGIN}/sitemaps/ru-1.xml`, `${ORIGIN}/sitemaps/news.xml`]);
      for (const loc of locs) assert.equal((await get(loc.slice(ORIGIN.length))).statusCode, 200, loc);
    });

    for (const locale of ['en', 'ru'] as const) {
      test(`the ${locale} sitemap lists every page with hreflang alternates`, async () => {
        const d = xml((await get(`/sitemaps/${locale}-1.xml`)).body);
        const urlset = d.documentElement;
        assert.equal(urlset.tagName, 'urlset');
        assert.equal(urlset.getAttribute('xmlns:xhtml'), 'http://www.w3.org/1999/xhtml');
        const urls = tags(d, 'url');
        const locs = urls.map((u) => text(u, 'loc'));
        assert.equal(new Set(locs).size, locs.length, 'no duplicates');
        for (const doc of demoArchive.documents) assert.ok(locs.includes(`${ORIGIN}/${locale}/news/${doc.section}/${doc.slug}/`), doc.slug);
        for (const path of ['/', '/news/', '/news/statements/', '/meetings/', '/people/suren-papikyan/', '/bodies/secretariat/', '/states/am/']) {
          assert.ok(locs.includes(`${ORIGIN}/${locale}${path}`), path);
        }
        assert.equal(locs.filter((l) => /\/meetings\/\d+\/$/.test(l)).length, demoArchive.meetings.length);
        for (const u of urls) {
          const loc = text(u, 'loc');
          assert.ok(loc.startsWith(`${ORIGIN}/${locale}/`));
          const alternates = tags(u, 'xhtml:link').map((l) => [l.getAttribute('rel'), l.getAttribute('hreflang'), l.getAttribute('href')]);
          assert.deepEqual(alternates, [
            ['alternate', 'en', loc.replace(`/${locale}/`, '/en/')],
            ['alternate', 'ru', loc.replace(`/${locale}/`, '/ru/')],
          ], loc);
        }
        const item = urls.find((u) => text(u, 'loc').includes('2020-09-28-statement-nagorno-karabakh'))!;
        assert.ok(!Number.isNaN(Date.parse(text(item, 'lastmod'))));
      });
    }

    test('unknown sitemaps are 404', async () => {
      for (const url of ['/sitemaps/en-2.xml', '/sitemaps/fr-1.xml', '/sitemaps/en.xml', '/sitemaps/en-0.xml']) {
        assert.equal((await get(url)).statusCode, 404, url);
      }
    });

    test('the news sitemap holds the items first published in the last two days, in each of their languages', async () => {
      const before = xml((await get('/sitemaps/news.xml')).body);
      assert.equal(tags(before, 'url').length, 0, 'the demo archive is older than two days');
      const now = Date.now();
      await site.store.db.transaction().execute(async (trx) => {
        const section = await trx.selectFrom('section').select('id').where('slug', '=', 'organization-news').executeTakeFirstOrThrow();
        for (const [slug, at, locales] of [
          ['fresh-item', new Date(now - 60 * 60 * 1000).toISOString(), ['en', 'ru']],
          ['fresh-english-only', new Date(now - 47 * 60 * 60 * 1000).toISOString(), ['en']],
          ['three-days-old', new Date(now - 72 * 60 * 60 * 1000).toISOString(), ['en', 'ru']],
        ] as const) {
          const translations = Object.fromEntries(locales.map((l) => [l, { title: `${slug} ${l} & <co>`, summary: 's', body: 'b' }]));
          const { editionId } = await documentCreator(trx, { slug, type: 'news', sectionId: section.id, translations, now: at });
          await editionSubmitter(trx, { editionId, now: at });
          await editionPublisher(trx, { editionId, publicTimestamp: at, now: at });
        }
      });
      const res = await get('/sitemaps/news.xml');
      const d = xml(res.body);
      assert.equal(d.documentElement.getAttribute('xmlns:news'), 'http://www.google.com/schemas/sitemap-news/0.9');
      const urls = tags(d, 'url');
      assert.deepEqual(urls.map((u) => text(u, 'loc')).sort(), [
        `${ORIGIN}/en/news/organization-news/fresh-english-only/`,
        `${ORIGIN}/en/news/organization-news/fresh-item/`,
        `${ORIGIN}/ru/news/organization-news/fresh-item/`,
      ]);
      for (const u of urls) {
        const locale = text(u, 'loc').slice(ORIGIN.length + 1, ORIGIN.length + 3);
        assert.equal(text(u, 'news:language'), locale);
        assert.equal(text(u, 'news:name'), locale === 'en' ? 'CSTO Press Center' : 'Пресс-центр ОДКБ');
        assert.ok(!Number.isNaN(Date.parse(text(u, 'news:publication_date'))));
        assert.match(text(u, 'news:title'), new RegExp(` ${locale} & <co>$`));
      }
    });
  });
}

describe('sitemap rendering', () => {
  test('escapes XML specials in addresses', () => {
    const out = renderUrlset([{ loc: 'http://x/a?b=1&c=<2>', alternates: [] }]);
    assert.match(out, /<loc>http:\/\/x\/a\?b=1&amp;c=&lt;2&gt;<\/loc>/);
    assert.equal(xmlEscape('"\'\u0000'), '&quot;&apos;');
  });
});
