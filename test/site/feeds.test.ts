/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 for all news, sections, bodies, people and states, in each locale. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser, parseHTML } from 'linkedom';
import { startTestSite, type TestSite } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { demoArchive } from '../../src/demo/archive.ts';
import { documentCreator, editionPublisher, editionSubmitter } from '../../src/newsroom/commands.ts';
import { renderFeed } from '../../src/site/feeds.ts';

const ORIGIN = 'http://press.test';
type Doc = (typeof demoArchive.documents)[number];
const newestFirst = (docs: Doc[]) => [...docs].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));

/** Lists under which feeds live, with the demo documents each should carry. */
const LISTS: { path: string; docs: Doc[] }[] = [
  { path: '/news/', docs: demoArchive.documents },
  { path: '/news/statements/', docs: demoArchive.documents.filter((d) => d.section === 'statements') },
  { path: '/bodies/council-of-defence-ministers/', docs: demoArchive.documents.filter((d) => d.bodies?.includes('council-of-defence-ministers')) },
  { path: '/people/stanislav-zas/', docs: demoArchive.documents.filter((d) => d.people?.includes('stanislav-zas')) },
  { path: '/states/kz/', docs: demoArchive.documents.filter((d) => d.states?.includes('KZ')) },
];

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}
const child = (el: Element, name: string) => [...el.children].find((c) => c.tagName === name);
const childText = (el: Element, name: string) => child(el, name)?.textContent?.trim() ?? '';

function checkRss(text: string, expectedLinks: string[], listUrl: string) {
  const d = xml(text);
  const rss = d.documentElement;
  assert.equal(rss.tagName, 'rss');
  assert.equal(rss.getAttribute('version'), '2.0');
  const channel = child(rss, 'channel')!;
  assert.ok(childText(channel, 'title'));
  assert.equal(childText(channel, 'link'), listUrl);
  assert.ok(child(channel, 'description'));
  assert.ok(!Number.isNaN(Date.parse(childText(channel, 'lastBuildDate'))));
  const items = [...channel.children].filter((c) => c.tagName === 'item');
  assert.deepEqual(items.map((i) => childText(i, 'link')), expectedLinks);
  for (const item of items) {
    assert.ok(childText(item, 'title'));
    assert.ok(childText(item, 'guid'));
    assert.ok(!Number.isNaN(Date.parse(childText(item, 'pubDate'))), 'pubDate is a date');
    assert.ok(childText(item, 'description'));
  }
}

function checkAtom(text: string, expectedLinks: string[], listUrl: string, feedUrl: string) {
  const d = xml(text);
  const feed = d.documentElement;
  assert.equal(feed.tagName, 'feed');
  assert.equal(feed.getAttribute('xmlns'), 'http://www.w3.org/2005/Atom');
  assert.ok(childText(feed, 'title'));
  assert.equal(childText(feed, 'id'), listUrl);
  assert.ok(!Number.isNaN(Date.parse(childText(feed, 'updated'))));
  const links = [...feed.children].filter((c) => c.tagName === 'link');
  assert.equal(links.find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href'), feedUrl);
  assert.equal(links.find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href'), listUrl);
  assert.ok(child(child(feed, 'author')!, 'name')?.textContent, 'feed author (required when entries have none)');
  const entries = [...feed.children].filter((c) => c.tagName === 'entry');
  assert.deepEqual(entries.map((e) => child(e, 'link')!.getAttribute('href')), expectedLinks);
  for (const e of entries) {
    assert.ok(childText(e, 'title'));
    assert.ok(childText(e, 'id'));
    assert.ok(!Number.isNaN(Date.parse(childText(e, 'updated'))));
    assert.ok(!Number.isNaN(Date.parse(childText(e, 'published'))));
  }
}

function checkJson(text: string, expectedLinks: string[], listUrl: string, feedUrl: string, locale: string) {
  const f = JSON.parse(text);
  assert.equal(f.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(f.title);
  assert.equal(f.home_page_url, listUrl);
  assert.equal(f.feed_url, feedUrl);
  assert.equal(f.language, locale);
  assert.equal(f.author, undefined, 'JSON Feed 1.1 uses authors');
  assert.ok(Array.isArray(f.authors) && f.authors[0].name);
  assert.deepEqual(f.items.map((i: { url: string }) => i.url), expectedLinks);
  for (const i of f.items) {
    assert.equal(typeof i.id, 'string');
    assert.ok(i.title);
    assert.ok(!Number.isNaN(Date.parse(i.date_published)));
    assert.ok(!Number.isNaN(Date.parse(i.date_modified)));
    assert.ok(i.content_html);
  }
}

for (const kind of DATABASE_KINDS) {
  describe(`feeds on ${kind}`, () => {
    let site: TestSite;
    before(async () => { site = await startTestSite(kind); });
    after(async () => { await site?.close(); });
    const get = (url: string) => site.app.fastify.inject({ method: 'GET', url });

    for (const locale of ['en', 'ru'] as const) {
      for (const list of LISTS) {
        const listUrl = `${ORIGIN}/${locale}${list.path}`;
        const expected = newestFirst(list.docs).slice(0, 50).map((d) => `${ORIGIN}/${locale}/news/${d.section}/${d.slug}/`);
        test(`/${locale}${list.path}: RSS, Atom and JSON Feed with ${expected.length} items, linked from the page`, async () => {
          assert.ok(expected.length > 0);
          const rss = await get(`/${locale}${list.path}feed.rss`);
          assert.equal(rss.statusCode, 200);
          assert.match(String(rss.headers['content-type']), /^application\/rss\+xml/);
          checkRss(rss.body, expected, listUrl);
          const atom = await get(`/${locale}${list.path}feed.atom`);
          assert.match(String(atom.headers['content-type']), /^application\/atom\+xml/);
          checkAtom(atom.body, expected, listUrl, `${listUrl}feed.atom`);
          const json = await get(`/${locale}${list.path}feed.json`);
          assert.match(String(json.headers['content-type']), /^application\/feed\+json/);
          checkJson(json.body, expected, listUrl, `${listUrl}feed.json`, locale);

          const page = await get(`/${locale}${list.path}`);
          const { document } = parseHTML(page.body);
          const links = [...document.querySelectorAll('link[rel="alternate"][type]')].map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
          assert.deepEqual(links, [
            ['application/rss+xml', `${listUrl}feed.rss`],
            ['application/atom+xml', `${listUrl}feed.atom`],
            ['application/feed+json', `${listUrl}feed.json`],
          ]);
        });
      }
    }

    test('feeds of unknown lists are 404 pages in the language of the address', async () => {
      for (const url of ['/ru/people/nobody/feed.rss', '/en/bodies/nothing/feed.atom', '/en/states/zz/feed.json', '/ru/news/no-such-section/feed.json', '/fr/news/feed.rss']) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(String(res.headers['content-type']), /text\/html/);
      }
    });

    test('a meeting report carries its generated paragraph, as on its page', async () => {
      const en = JSON.parse((await get('/en/news/feed.json')).body);
      const item = en.items.find((i: { url: string }) => i.url.endsWith('/2022-05-24-council-of-defence-ministers/'));
      assert.match(item.content_html, /^<p>On 24 May 2022 the Council of Defence Ministers of the Collective Security Treaty Organization met by videoconference/);
      const ru = xml((await get('/ru/news/organization-news/feed.atom')).body);
      const entry = [...ru.getElementsByTagName('entry')].find((e) => child(e, 'link')!.getAttribute('href')!.endsWith('/2022-05-24-council-of-defence-ministers/'))!;
      assert.match(childText(entry, 'content'), /под председательством Министра обороны Республики Армения Сурена Папикяна/);
    });

    test('feeds answer 304 to a matching If-None-Match', async () => {
      const first = await get('/en/news/feed.atom');
      const again = await site.app.fastify.inject({ url: '/en/news/feed.atom', headers: { 'if-none-match': String(first.headers.etag) } });
      assert.equal(again.statusCode, 304);
    });

    test('titles and text with markup and XML specials come through intact', async () => {
      const title = 'Tom & Jerry <b>bold</b> ]]> "quoted" \u0001end';
      await site.store.db.transaction().execute(async (trx) => {
        const section = await trx.selectFrom('section').select('id').where('slug', '=', 'statements').executeTakeFirstOrThrow();
        const { editionId } = await documentCreator(trx, {
          slug: 'feed-escaping-test', type: 'statement', sectionId: section.id,
          translations: { en: { title, summary: 'Summary <i>x</i> & ]]> more', body: 'Body with <script>alert(1)</script> and **bold**' } },
        });
        await editionSubmitter(trx, { editionId });
        await editionPublisher(trx, { editionId });
      });
      await site.app.events.emit('edition.published', { documentId: 0, editionId: 0, slug: 'feed-escaping-test', firstPublication: true });
      const clean = title.replace('\u0001', '');
      const rss = xml((await get('/en/news/statements/feed.rss')).body);
      const rssItem = [...rss.getElementsByTagName('item')][0]!;
      assert.equal(childText(rssItem, 'title').replace('\u200B', ''), clean);
      const atom = xml((await get('/en/news/statements/feed.atom')).body);
      const entry = [...atom.getElementsByTagName('entry')][0]!;
      // Atom titles are type="html": the text decodes to the escaped title.
      assert.equal(child(entry, 'title')!.getAttribute('type'), 'html');
      assert.equal(parseHTML(`<p>${childText(entry, 'title')}</p>`).document.querySelector('p')!.textContent!.replace('\u200B', ''), clean);
      const content = childText(entry, 'content');
      assert.doesNotMatch(content, /<script>/);
      assert.match(content, /<strong>bold<\/strong>/);
      const json = JSON.parse((await get('/en/news/statements/feed.json')).body);
      assert.equal(json.items[0].title, title);
      assert.doesNotMatch(json.items[0].content_html, /<script>/);
      // The Russian feed does not carry an item that has no Russian version.
      const ru = JSON.parse((await get('/ru/news/statements/feed.json')).body);
      assert.ok(!ru.items.some((i: { url: string }) => i.url.includes('feed-escaping-test')));
    });
  });
}

describe('renderFeed', () => {
  const base = {
    locale: 'en' as const, title: 'T', description: 'D', pageUrl: `${ORIGIN}/en/news/`,
    feedUrls: { rss: `${ORIGIN}/en/news/feed.rss`, atom: `${ORIGIN}/en/news/feed.atom`, json: `${ORIGIN}/en/news/feed.json` },
    publisher: { name: 'P', url: `${ORIGIN}/en/` }, emptyUpdated: '2026-01-01T00:00:00.000Z',
  };
  test('an empty feed is still valid and dated', () => {
    checkRss(renderFeed({ ...base, format: 'rss', entries: [] }), [], base.pageUrl);
    checkAtom(renderFeed({ ...base, format: 'atom', entries: [] }), [], base.pageUrl, base.feedUrls.atom);
    checkJson(renderFeed({ ...base, format: 'json', entries: [] }), [], base.pageUrl, base.feedUrls.json, 'en');
    assert.match(renderFeed({ ...base, format: 'atom', entries: [] }), /<updated>2026-01-01T00:00:00.000Z<\/updated>/);
  });
});
