/** The public site over real HTTP (Fastify inject) on a seeded database, SQLite and PostgreSQL. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { startTestSite, type TestSite } from '../support/app.ts';
import { demoArchive } from '../../src/demo/archive.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

for (const kind of DATABASE_KINDS) {
  describe(`public site on ${kind}`, () => {
    let site: TestSite;
    before(async () => { site = await startTestSite(kind); });
    after(async () => { await site?.close(); });

    async function get(url: string, headers: Record<string, string> = {}) {
      const res = await site.app.fastify.inject({ method: 'GET', url, headers });
      return { res, document: parseHTML(res.body).document };
    }

    const MEETING_ITEM = '/news/organization-news/2022-05-24-council-of-defence-ministers/';
    const STATEMENT = '/news/statements/2020-09-28-statement-nagorno-karabakh/';

    describe('item page', () => {
      test('shows the meeting report with its generated paragraph and structured facts (en)', async () => {
        const { res, document } = await get(`/en${MEETING_ITEM}`);
        assert.equal(res.statusCode, 200);
        assert.equal(document.documentElement.getAttribute('lang'), 'en');
        const body = document.querySelector('.item-body')!.textContent!;
        assert.match(body, /^On 24 May 2022 the Council of Defence Ministers of the Collective Security Treaty Organization met by videoconference/);
        const time = document.querySelector('.item-dates time')!;
        assert.equal(time.getAttribute('datetime'), '2022-05-24');
        assert.equal(time.textContent, '24 May 2022');
        const facts = document.querySelector('.meeting dl')!.textContent!;
        assert.match(facts, /Council of Defence Ministers/);
        assert.match(facts, /Videoconference/);
        assert.match(facts, /Suren Papikyan, Minister of Defence of the Republic of Armenia/);
        const participants = [...document.querySelectorAll('.participants li')].map((li) => li.textContent);
        assert.equal(participants.length, 7);
        assert.equal(participants[0], 'Lieutenant General Viktor Khrenin, Minister of Defence of the Republic of Belarus');
      });

      test('shows the Russian version with Russian dates and grammar', async () => {
        const { res, document } = await get(`/ru${MEETING_ITEM}`);
        assert.equal(res.statusCode, 200);
        assert.equal(document.documentElement.getAttribute('lang'), 'ru');
        assert.equal(document.querySelector('.item-dates time')!.textContent, '24 мая 2022 г.');
        assert.match(document.querySelector('.item-body')!.textContent!, /под председательством Министра обороны Республики Армения Сурена Папикяна/);
        const nav = [...document.querySelectorAll('.item-nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
        assert.deepEqual(nav, [
          ['Назад', '/ru/news/organization-news/'],
          ['Вернуться в раздел', '/ru/news/organization-news/'],
          ['Ко всем новостям', '/ru/news/'],
        ]);
      });

      test('has the press contact with tel: links formatted for the locale', async () => {
        const en = (await get(`/en${STATEMENT}`)).document;
        const ru = (await get(`/ru${STATEMENT}`)).document;
        const links = (d: Document) => [...d.querySelectorAll('.press-contact a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]);
        assert.deepEqual(links(en), [['tel:+74957952710', '+7 495 795 27 10'], ['tel:+74956213323', '+7 495 621 33 23']]);
        assert.deepEqual(links(ru), [['tel:+74957952710', '+7 (495) 795-27-10'], ['tel:+74956213323', '+7 (495) 621-33-23']]);
        assert.match(en.querySelector('.press-contact')!.textContent!, /Vladimir Zaynetdinov/);
        assert.match(ru.querySelector('.press-contact')!.textContent!, /Владимир Зайнетдинов/);
      });

      test('the statement shows its own date (2020), never the date of a later item', async () => {
        const { document } = await get(`/en${STATEMENT}`);
        assert.equal(document.querySelector('.item-dates time')!.getAttribute('datetime'), '2020-09-28');
        assert.match(document.querySelector('.item-author')!.textContent!, /CSTO Secretary General Stanislav Zas/);
        assert.doesNotMatch(document.querySelector('.item-body')!.textContent!, /this year/);
      });

      test('has the three navigation links, hreflang alternates and a language switch to the same item', async () => {
        const { document } = await get(`/en${STATEMENT}`);
        const nav = [...document.querySelectorAll('.item-nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
        assert.deepEqual(nav, [
          ['Go back', '/en/news/statements/'],
          ['Back to the section', '/en/news/statements/'],
          ['Back to all news', '/en/news/'],
        ]);
        assert.ok(document.querySelector('.item-nav a[data-history-back]'));
        const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
        assert.deepEqual(alternates, [['en', `http://press.test/en${STATEMENT}`], ['ru', `http://press.test/ru${STATEMENT}`]]);
        const switchLink = document.querySelector('.language-switch a')!;
        assert.equal(switchLink.getAttribute('href'), `/ru${STATEMENT}`);
        assert.equal(switchLink.getAttribute('lang'), 'ru');
        assert.equal(switchLink.getAttribute('hreflang'), 'ru');
      });

      test('an item asked for under another section is not found', async () => {
        const { res } = await get('/en/news/statements/2022-05-24-council-of-defence-ministers/');
        assert.equal(res.statusCode, 404);
      });

      test('answers 304 to a matching If-None-Match', async () => {
        const first = await get(`/en${STATEMENT}`);
        const etag = first.res.headers.etag as string;
        assert.ok(etag);
        const second = await site.app.fastify.inject({ method: 'GET', url: `/en${STATEMENT}`, headers: { 'if-none-match': etag } });
        assert.equal(second.statusCode, 304);
        assert.equal(second.body, '');
      });
    });

    describe('lists', () => {
      test('all news is newest first and paged', async () => {
        const { res, document } = await get('/en/news/');
        assert.equal(res.statusCode, 200);
        const dates = [...document.querySelectorAll('.item-card time')].map((t) => t.getAttribute('datetime')!);
        assert.equal(dates.length, 10);
        assert.deepEqual(dates, [...dates].sort().reverse());
        const total = demoArchive.documents.length;
        const pages = Math.ceil(total / 10);
        assert.match(document.querySelector('.pagination')!.textContent!, new RegExp(`Page 1 of ${pages}`));
        const last = await get(`/en/news/?page=${pages}`);
        assert.equal(last.document.querySelectorAll('.item-card').length, total - (pages - 1) * 10);
        const lastDates = [...last.document.querySelectorAll('.item-card time')].map((t) => t.getAttribute('datetime')!);
        assert.ok(lastDates[0]! <= dates[dates.length - 1]!, 'later pages hold older items');
      });

      test('a section lists only its items', async () => {
        const { res, document } = await get('/ru/news/statements/');
        assert.equal(res.statusCode, 200);
        const types = [...document.querySelectorAll('.item-card .item-type')].map((t) => t.textContent);
        assert.ok(types.length > 0);
        const hrefs = [...document.querySelectorAll('.item-card .item-title a')].map((a) => a.getAttribute('href')!);
        assert.ok(hrefs.every((h) => h.startsWith('/ru/news/statements/')));
        assert.equal(document.querySelector('h1')!.textContent, 'Заявления');
      });

      test('the home page lists the latest news and the sections in each language', async () => {
        for (const locale of ['en', 'ru']) {
          const { res, document } = await get(`/${locale}/`);
          assert.equal(res.statusCode, 200);
          assert.ok(document.querySelectorAll('.item-card').length > 0);
          assert.ok(document.querySelectorAll('.section-list li').length >= 3);
        }
      });

      test('the root redirects by Accept-Language', async () => {
        const ru = await site.app.fastify.inject({ url: '/', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
        assert.equal(ru.statusCode, 302);
        assert.equal(ru.headers.location, '/ru/');
        const other = await site.app.fastify.inject({ url: '/', headers: { 'accept-language': 'de' } });
        assert.equal(other.headers.location, '/en/');
      });
    });

    describe('bad addresses and input', () => {
      for (const [url, status, lang, text] of [
        ['/fr/news/', 404, 'en', 'Page not found'],
        ['/ru/news/no-such-section/', 404, 'ru', 'Страница не найдена'],
        ['/en/news/statements/no-such-item/', 404, 'en', 'Page not found'],
        ['/ru/news/?page=abc', 400, 'ru', 'Номер страницы «abc»'],
        ['/en/news/?page=0', 400, 'en', 'The page number "0"'],
        ['/en/news/?page=999999', 400, 'en', 'There is no page 999999'],
        ['/en/news/?page=1&page=2', 400, 'en', 'Invalid request'],
        ['/en/news/%E0%A4%A', 400, 'en', 'Invalid request'],
        ['/ru/news/statements/%ff/', 400, 'ru', 'Неверный запрос'],
      ] as const) {
        test(`${url} → ${status} page in ${lang}`, async () => {
          const { res, document } = await get(url);
          assert.equal(res.statusCode, status);
          assert.match(String(res.headers['content-type']), /text\/html/);
          assert.equal(document.documentElement.getAttribute('lang'), lang);
          assert.match(document.querySelector('main')!.textContent!, new RegExp(text.replace(/[()]/g, '\\$&')));
        });
      }

      test('a legacy address recorded as a redirect leads to the current page', async () => {
        await site.store.db.insertInto('redirect').values({
          from_path: '/en/news/detail.php', to_path: `/en${STATEMENT}`, status_code: 301, created_at: new Date().toISOString(),
        }).execute();
        const res = await site.app.fastify.inject({ url: '/en/news/detail.php?ELEMENT_ID=1234' });
        assert.equal(res.statusCode, 301);
        assert.equal(res.headers.location, `/en${STATEMENT}`);
        // An old site that told items apart by their query string: the full address wins.
        await site.store.db.insertInto('redirect').values({
          from_path: '/en/news/detail.php?ELEMENT_ID=99', to_path: `/en${MEETING_ITEM}`, status_code: 301, created_at: new Date().toISOString(),
        }).execute();
        const exact = await site.app.fastify.inject({ url: '/en/news/detail.php?ELEMENT_ID=99' });
        assert.equal(exact.headers.location, `/en${MEETING_ITEM}`);
      });

      test('security headers are set', async () => {
        const { res } = await get('/en/news/');
        const csp = String(res.headers['content-security-policy']);
        assert.match(csp, /script-src 'self'/);
        assert.doesNotMatch(csp, /unsafe-inline/);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
        for (const url of ['/nowhere', '/en/news/?page=x', '/assets/site.css']) {
          const other = await site.app.fastify.inject({ url });
          assert.equal(other.headers['content-security-policy'], csp, `same policy on ${url}`);
          assert.equal(other.headers['x-content-type-options'], 'nosniff');
        }
      });
    });
  });
}
