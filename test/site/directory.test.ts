/** Directory pages (person, body, member state), the meetings archive and meeting pages, on SQLite and PostgreSQL. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { startTestSite, type TestSite } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { demoArchive } from '../../src/demo/archive.ts';
import { personCreator } from '../../src/directory/commands.ts';
import { listLinkedItems } from '../../src/directory/queries.ts';

const texts = (d: Document, selector: string) => [...d.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

for (const kind of DATABASE_KINDS) {
  describe(`directory pages on ${kind}`, () => {
    let site: TestSite;
    let cdmMeetingId: number;
    before(async () => {
      site = await startTestSite(kind);
      const row = await site.store.db.selectFrom('meeting').select('id').where('date', '=', '2022-05-24').executeTakeFirstOrThrow();
      cdmMeetingId = row.id;
    });
    after(async () => { await site?.close(); });

    async function get(url: string) {
      const res = await site.app.fastify.inject({ method: 'GET', url });
      return { res, document: parseHTML(res.body).document as unknown as Document };
    }

    describe('person', () => {
      test('shows positions with no more date precision than recorded (month)', async () => {
        const en = await get('/en/people/arshak-karapetyan/');
        assert.equal(en.res.statusCode, 200);
        assert.equal(en.document.querySelector('h1')!.textContent, 'Arshak Karapetyan');
        const [position] = texts(en.document, '.appointments li');
        assert.match(position!, /Minister of Defence of the Republic of Armenia/);
        assert.match(position!, /August 2021 – 15 November 2021/);
        assert.doesNotMatch(position!, /1 August 2021/);
        const times = [...en.document.querySelectorAll('.appointments time')].map((t) => t.getAttribute('datetime'));
        assert.deepEqual(times, ['2021-08', '2021-11-15']);
        const ru = await get('/ru/people/arshak-karapetyan/');
        assert.match(texts(ru.document, '.appointments li')[0]!, /август 2021 г\. – 15 ноября 2021 г\./);
        assert.equal(ru.document.documentElement.getAttribute('lang'), 'ru');
      });

      test('a term known only by its year is written as the year', async () => {
        const { document } = await get('/en/people/baktybek-bekbolotov/');
        const [position] = texts(document, '.appointments li');
        assert.match(position!, /Minister of Defence of the Kyrgyz Republic \(Kyrgyzstan\): 2022/);
        assert.doesNotMatch(position!, /January|December/);
        assert.match(position!, /Only his tenure during 2022 is recorded/);
        assert.equal(document.querySelector('.appointments time')!.getAttribute('datetime'), '2022');
        assert.deepEqual(texts(document, '.ranks li'), ['Lieutenant General, since 2022']);
        const ru = await get('/ru/people/arshak-karapetyan/');
        assert.deepEqual(texts(ru.document, '.ranks li'), ['генерал-майор, с 2021 г.']);
      });

      test('lists meetings attended with the role held then, and the chair', async () => {
        const sidorov = await get('/en/people/anatoly-sidorov/');
        const rows = texts(sidorov.document, '.meeting-row');
        assert.equal(rows.length, 1);
        assert.match(rows[0]!, /24 May 2022 · Council of Defence Ministers · Videoconference · Chief of the CSTO Joint Staff/);
        assert.equal(sidorov.document.querySelector('.meeting-row a')!.getAttribute('href'), `/en/meetings/${cdmMeetingId}/`);
        const papikyan = await get('/en/people/suren-papikyan/');
        assert.ok(texts(papikyan.document, '.meeting-row').some((r) => /Council of Defence Ministers.*Minister of Defence of the Republic of Armenia \(chair\)/.test(r)));
      });

      test('lists the items that mention the person (document_person), newest first', async () => {
        const slug = 'viktor-khrenin';
        const expected = demoArchive.documents.filter((d) => d.people?.includes(slug)).sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
        assert.ok(expected.length > 0);
        const { document } = await get(`/en/people/${slug}/`);
        const hrefs = [...document.querySelectorAll('.item-card .item-title a')].map((a) => a.getAttribute('href'));
        assert.deepEqual(hrefs, expected.slice(0, 10).map((d) => `/en/news/${d.section}/${d.slug}/`));
      });

      test('unknown person → 404 in the language of the address', async () => {
        for (const [url, lang, text] of [['/ru/people/nobody/', 'ru', 'Страница не найдена'], ['/en/people/nobody/', 'en', 'Page not found']] as const) {
          const { res, document } = await get(url);
          assert.equal(res.statusCode, 404);
          assert.equal(document.documentElement.getAttribute('lang'), lang);
          assert.match(document.querySelector('main')!.textContent!, new RegExp(text));
        }
      });

      test('names are escaped in the page and in its JSON-LD', async () => {
        const evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
        await site.store.db.transaction().execute((trx) => personCreator(trx, {
          slug: 'evil-person', gender: 'male',
          names: { en: { given: 'Eve', family: evil }, ru: { given: 'Ева', family: evil } },
          aliases: [], ranks: [],
        }));
        await site.app.events.emit('directory.changed', { entity: 'person', id: 'evil-person' });
        const { res, document } = await get('/en/people/evil-person/');
        assert.equal(res.statusCode, 200);
        assert.equal(document.querySelector('h1')!.textContent, `Eve ${evil}`);
        assert.equal(document.querySelectorAll('img').length, 0);
        // Only the JSON-LD block is a script element besides the site's own script file.
        const scripts = [...document.querySelectorAll('script')];
        assert.deepEqual(scripts.map((s) => s.getAttribute('type') ?? s.getAttribute('src')!.split('?')[0]).sort(), ['/assets/site.js', 'application/ld+json']);
        assert.doesNotMatch(res.body, /<\/script><script>alert/);
        const ld = JSON.parse(scripts.find((s) => s.getAttribute('type') === 'application/ld+json')!.textContent!);
        assert.equal(ld.name, `Eve ${evil}`);
      });
    });

    test('linked items: both query plans (from the link table, or newest first) give the same list', async () => {
      const db = site.store.db;
      const person = await db.selectFrom('person').select('id').where('slug', '=', 'stanislav-zas').executeTakeFirstOrThrow();
      const body = await db.selectFrom('body').select('id').where('slug', '=', 'secretariat').executeTakeFirstOrThrow();
      for (const filter of [{ personId: person.id }, { bodyId: body.id }, { stateCode: 'KZ' }]) {
        for (const page of [{ limit: 5, offset: 0 }, { limit: 5, offset: 5 }, { limit: 100, offset: 0 }]) {
          const fromLinks = await listLinkedItems(db, { locale: 'ru', ...filter, ...page, sortLimit: 1_000_000 });
          const newestFirst = await listLinkedItems(db, { locale: 'ru', ...filter, ...page, sortLimit: 0 });
          assert.ok(fromLinks.length > 0);
          assert.deepEqual(newestFirst, fromLinks);
        }
      }
    });

    describe('body', () => {
      test('shows chairs by year, meetings and news', async () => {
        const { res, document } = await get('/en/bodies/council-of-defence-ministers/');
        assert.equal(res.statusCode, 200);
        assert.equal(document.querySelector('h1')!.textContent, 'Council of Defence Ministers');
        const chairs = texts(document, '.chairmanships li');
        assert.ok(chairs.includes('2022: Armenia'), chairs.join('|'));
        assert.ok(chairs.includes('2020: Russia'));
        assert.equal(chairs.length, demoArchive.chairmanships.length);
        assert.deepEqual([...document.querySelectorAll('.meeting-row a')].map((a) => a.getAttribute('href')), [`/en/meetings/${cdmMeetingId}/`, '/en/bodies/council-of-defence-ministers/']);
        const expected = demoArchive.documents.filter((d) => d.bodies?.includes('council-of-defence-ministers'));
        assert.equal(document.querySelectorAll('.item-card').length, Math.min(10, expected.length));
      });

      test('lists the holders of its own offices', async () => {
        const { document } = await get('/ru/bodies/secretariat/');
        const officials = texts(document, '.appointments li');
        assert.match(officials[0]!, /^Имангали Тасмагамбетов, Генеральный секретарь ОДКБ: 1 января 2023 г\. – 31 декабря 2025 г\./);
        assert.ok(officials.some((o) => /Владимир Зайнетдинов.*даты не указаны/.test(o)));
      });

      test('unknown body → 404', async () => {
        const { res, document } = await get('/ru/bodies/no-such-body/');
        assert.equal(res.statusCode, 404);
        assert.equal(document.documentElement.getAttribute('lang'), 'ru');
      });
    });

    describe('member state', () => {
      test('shows its officials over time, chairmanship years and meetings', async () => {
        const { res, document } = await get('/en/states/am/');
        assert.equal(res.statusCode, 200);
        assert.equal(document.querySelector('h1')!.textContent, 'Armenia');
        const officials = texts(document, '.appointments li');
        const ministers = officials.filter((o) => o.includes('Minister of Defence'));
        assert.deepEqual(ministers.map((o) => o.split(',')[0]), ['Suren Papikyan', 'Arshak Karapetyan', 'Vagharshak Harutyunyan', 'Davit Tonoyan']);
        assert.match(ministers[0]!, /since 15 November 2021$/);
        assert.match(ministers[3]!, /until 20 November 2020$/);
        assert.match(ministers[2]!, /20 November 2020 – August 2021$/);
        assert.deepEqual(texts(document, '.chairmanships li'), ['2022: Chairmanship of the Organization']);
        assert.ok(document.querySelectorAll('.meeting-row').length >= 5);
      });

      test('upper-case codes lead to the canonical address; unknown codes are 404', async () => {
        const res = await site.app.fastify.inject({ url: '/en/states/AM/' });
        assert.equal(res.statusCode, 301);
        assert.equal(res.headers.location, '/en/states/am/');
        for (const url of ['/en/states/zz/', '/ru/states/xyz/', '/ru/states/%3Cb%3E/']) {
          const { res: r, document } = await get(url);
          assert.equal(r.statusCode, 404, url);
          assert.equal(document.documentElement.getAttribute('lang'), url.slice(1, 3));
        }
      });
    });

    describe('meetings archive', () => {
      const total = demoArchive.meetings.length;
      const count = (f: (m: (typeof demoArchive.meetings)[number]) => boolean) => demoArchive.meetings.filter(f).length;
      for (const [query, expected] of [
        ['', total],
        ['?body=council-of-defence-ministers', count((m) => m.body === 'council-of-defence-ministers')],
        ['?year=2022', count((m) => m.date.startsWith('2022'))],
        ['?format=videoconference', count((m) => m.format === 'videoconference')],
        ['?body=collective-security-council&year=2022&format=in_person', count((m) => m.body === 'collective-security-council' && m.date.startsWith('2022') && m.format === 'in_person')],
        ['?body=&year=&format=', total],
        ['?year=1999', 0],
      ] as const) {
        test(`filters ${query || '(none)'} → ${expected}`, async () => {
          const { res, document } = await get(`/en/meetings/${query}`);
          assert.equal(res.statusCode, 200);
          assert.equal(document.querySelectorAll('.meeting-row').length, expected);
          const dates = [...document.querySelectorAll('.meeting-row time')].map((t) => t.getAttribute('datetime')!);
          assert.deepEqual(dates, [...dates].sort().reverse());
        });
      }

      test('the filter form keeps the chosen values', async () => {
        const { document } = await get('/ru/meetings/?year=2022&format=videoconference');
        assert.equal(document.querySelector('#filter-year option[selected]')!.getAttribute('value'), '2022');
        assert.equal(document.querySelector('#filter-format option[selected]')!.getAttribute('value'), 'videoconference');
        assert.equal(document.querySelector('form.filters')!.getAttribute('action'), '/ru/meetings/');
        assert.equal(document.querySelector('h1')!.textContent, 'Архив заседаний');
      });

      for (const [url, lang, text] of [
        ['/en/meetings/?year=abc', 'en', 'The year "abc"'],
        ['/en/meetings/?year=20222', 'en', 'The year "20222"'],
        ['/ru/meetings/?format=zoom', 'ru', 'in_person, videoconference или hybrid'],
        ['/en/meetings/?body=no-such-body', 'en', 'There is no body "no-such-body"'],
        ['/en/meetings/?body=%3Cscript%3E', 'en', 'There is no body "<script>"'],
        ['/en/meetings/?year=2022&year=2023', 'en', 'Invalid request'],
        ['/en/meetings/?page=0', 'en', 'The page number "0"'],
        ['/en/meetings/?page=99', 'en', 'There is no page 99'],
      ] as const) {
        test(`${url} → 400 in ${lang}`, async () => {
          const { res, document } = await get(url);
          assert.equal(res.statusCode, 400);
          assert.equal(document.documentElement.getAttribute('lang'), lang);
          assert.ok(document.querySelector('main')!.textContent!.includes(text), document.querySelector('main')!.textContent!);
        });
      }

      test('the main navigation has a Meetings entry, current on the archive', async () => {
        const { document } = await get('/en/meetings/');
        const link = [...document.querySelectorAll('.main-nav a')].find((a) => a.getAttribute('href') === '/en/meetings/')!;
        assert.equal(link.textContent, 'Meetings');
        assert.equal(link.getAttribute('aria-current'), 'page');
        const ru = await get('/ru/news/');
        assert.ok(texts(ru.document, '.main-nav a').includes('Заседания'));
      });
    });

    describe('meeting', () => {
      test('shows the record with links to people, the body and its coverage', async () => {
        const { res, document } = await get(`/en/meetings/${cdmMeetingId}/`);
        assert.equal(res.statusCode, 200);
        assert.equal(document.querySelector('h1')!.textContent, 'Meeting of the Council of Defence Ministers, 24 May 2022');
        const participants = [...document.querySelectorAll('.participants a')].map((a) => a.getAttribute('href'));
        assert.equal(participants.length, 7);
        assert.equal(participants[0], '/en/people/viktor-khrenin/');
        assert.deepEqual([...document.querySelectorAll('.coverage a')].map((a) => a.getAttribute('href')), ['/en/news/organization-news/2022-05-24-council-of-defence-ministers/']);
        const ru = await get(`/ru/meetings/${cdmMeetingId}/`);
        assert.equal(ru.document.querySelector('h1')!.textContent, 'Заседание Совета министров обороны, 24 мая 2022 г.');
      });

      test('unknown or malformed ids → 404 in the language of the address', async () => {
        for (const url of ['/en/meetings/99999/', '/ru/meetings/abc/', '/ru/meetings/0/', '/en/meetings/99999999999999999999/']) {
          const { res, document } = await get(url);
          assert.equal(res.statusCode, 404, url);
          assert.equal(document.documentElement.getAttribute('lang'), url.slice(1, 3));
        }
      });

      test('the item page links to its people, bodies, states and meeting', async () => {
        const { document } = await get('/en/news/organization-news/2022-05-24-council-of-defence-ministers/');
        const hrefs = [...document.querySelectorAll('nav.related a')].map((a) => a.getAttribute('href'));
        assert.ok(hrefs.includes(`/en/meetings/${cdmMeetingId}/`));
        assert.ok(hrefs.includes('/en/bodies/council-of-defence-ministers/'));
        assert.ok(hrefs.includes('/en/people/viktor-khrenin/'));
        assert.ok(hrefs.includes('/en/states/by/'));
        for (const href of hrefs) {
          const r = await site.app.fastify.inject({ url: href! });
          assert.equal(r.statusCode, 200, href!);
        }
        assert.equal(document.querySelector('.meeting .person-ref a')!.getAttribute('href'), '/en/people/suren-papikyan/');
      });
    });
  });
}
