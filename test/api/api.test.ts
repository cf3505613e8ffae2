/** The read API v1 over HTTP (Fastify inject) on a seeded demo site, on both databases. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import { documentCreator, editionPublisher, editionSubmitter } from '../../src/newsroom/commands.ts';

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

for (const kind of DATABASE_KINDS) {
  describe(`read API v1 on ${kind}`, () => {
    let site: TestSite;
    const get = (url: string, headers: Record<string, string> = {}) => site.app.fastify.inject({ method: 'GET', url, headers });
    const json = async (url: string) => {
      const r = await get(url);
      assert.equal(r.statusCode, 200, `${url}: ${r.body}`);
      assert.match(String(r.headers['content-type']), /^application\/json/);
      return r.json();
    };
    /** Follows `next` until the end; returns every element. */
    const all = async (url: string) => {
      const out: any[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const body: any = await json(next ? `${url}${url.includes('?') ? '&' : '?'}cursor=${next}` : url);
        out.push(...body.data);
        next = body.next;
        assert.ok(++pages < 200, 'paging ends');
      } while (next);
      return { items: out, pages };
    };
    const expectError = async (url: string, status: number, where?: string | null) => {
      const r = await get(url);
      assert.equal(r.statusCode, status, `${url}: ${r.body}`);
      assert.match(String(r.headers['content-type']), /^application\/json/, `${url} answers JSON`);
      const body = r.json();
      assert.equal(typeof body.error.code, 'string');
      assert.equal(typeof body.error.message, 'string');
      assert.ok(body.error.message.length > 0);
      if (where !== undefined) assert.equal(body.error.where, where, `${url}: ${body.error.message}`);
      assert.doesNotMatch(body.error.message, /SQLITE|syntax error|relation|column/i, 'no database text');
      return body;
    };

    before(async () => { site = await startTestSite(kind); });
    after(async () => { await site.close(); });

    test('items: cursor paging visits every published item once, newest first', async () => {
      const { items, pages } = await all('/api/v1/items?limit=7');
      assert.ok(pages > 1, 'more than one page');
      const slugs = items.map((i) => i.slug);
      assert.equal(new Set(slugs).size, slugs.length, 'no item twice');
      const published = await site.store.db.selectFrom('edition').innerJoin('edition_translation as t', 't.edition_id', 'edition.id')
        .select('edition.document_id').where('edition.state', '=', 'published').where('t.locale', '=', 'en').execute();
      assert.equal(items.length, published.length);
      for (let i = 1; i < items.length; i++) assert.ok(items[i - 1].publishedAt >= items[i].publishedAt, 'newest first');
      const one = await json('/api/v1/items?limit=100');
      assert.deepEqual(one.data.map((i: any) => i.slug), slugs);
      assert.equal(one.next, null);
    });

    test('items are per locale, with the translations available', async () => {
      const ru = await json('/api/v1/items?locale=ru&limit=5');
      assert.equal(ru.data.length, 5);
      for (const item of ru.data) {
        assert.equal(item.locale, 'ru');
        assert.match(item.title, /[А-Яа-яЁё]/);
        assert.match(item.url, /^http:\/\/press\.test\/ru\/news\//);
        assert.ok(item.translations.some((t: any) => t.locale === 'ru'));
        for (const t of item.translations) assert.match(t.api, new RegExp(`/api/v1/items/${item.slug}\\?locale=${t.locale}$`));
      }
      const en = await json('/api/v1/items?limit=5');
      assert.equal(en.data[0].locale, 'en');
      assert.doesNotMatch(en.data[0].title, /[А-Яа-я]/);
    });

    test('items: filters by type, section, year, body, state and person', async () => {
      const statements = (await all('/api/v1/items?type=statement&limit=50')).items;
      assert.ok(statements.length > 0);
      for (const i of statements) assert.equal(i.type, 'statement');
      const section = (await all('/api/v1/items?section=statements&limit=50')).items;
      assert.ok(section.length > 0);
      for (const i of section) assert.equal(i.section.slug, 'statements');
      const y2020 = (await all('/api/v1/items?year=2020&limit=50')).items;
      assert.ok(y2020.length > 0);
      for (const i of y2020) assert.match(i.publishedAt, /^2020-/);
      for (const [param, value, field, key] of [
        ['body', 'council-of-defence-ministers', 'bodies', 'slug'], ['state', 'BY', 'states', 'code'], ['person', 'stanislav-zas', 'people', 'slug'],
      ] as const) {
        const found = (await all(`/api/v1/items?${param}=${value}&limit=50`)).items;
        assert.ok(found.length > 0, `${param}=${value} finds items`);
        for (const i of found.slice(0, 5)) {
          const detail = await json(`/api/v1/items/${i.slug}`);
          assert.ok(detail.data[field].some((x: any) => x[key] === value), `${i.slug} is linked to ${value}`);
        }
      }
      const combined = (await all('/api/v1/items?state=by&year=2020&type=news')).items;
      for (const i of combined) assert.ok(i.type === 'news' && i.publishedAt.startsWith('2020'));
    });

    test('items: unknown filter values give an empty list or a 400 naming the parameter, never a 500', async () => {
      for (const url of ['/api/v1/items?section=no-such-section', '/api/v1/items?body=nobody', '/api/v1/items?person=nobody', '/api/v1/items?state=ZZ', '/api/v1/items?year=1901']) {
        const body = await json(url);
        assert.deepEqual(body, { data: [], next: null }, url);
      }
      await expectError('/api/v1/items?type=rumour', 400, 'type');
      await expectError('/api/v1/items?year=99999', 400, 'year');
      await expectError('/api/v1/items?year=abc', 400, 'year');
      await expectError('/api/v1/items?state=B', 400, 'state');
      await expectError('/api/v1/items?limit=0', 400, 'limit');
      await expectError('/api/v1/items?limit=101', 400, 'limit');
      await expectError('/api/v1/items?locale=fr', 400, 'locale');
      await expectError(`/api/v1/items?section=${'x'.repeat(300)}`, 400, 'section');
    });

    test('malformed cursors are refused with a 400 that names the parameter', async () => {
      const bad = ['zzz', '%21%21%21', b64([1]), b64('not json'), b64(['items', '2020-02-31T00:00:00.000Z', 1]), b64(['items', "x' or 1=1 --", 1]),
        b64(['meetings', '2020-01-01T00:00:00.000Z', 1]), b64(['items', '2020-01-01T00:00:00.000Z', -1]), b64(['people', 1.5]), b64(['appointments']),
        b64({ a: 1 }), 'A'.repeat(600)];
      for (const c of bad) {
        for (const path of ['/api/v1/items', '/api/v1/meetings', '/api/v1/people', '/api/v1/appointments']) {
          const r = await get(`${path}?cursor=${c}`);
          assert.equal(r.statusCode, 400, `${path} cursor ${c}: ${r.body}`);
          assert.match(r.json().error.where, /cursor/);
        }
      }
      // A cursor of one list is not a cursor of another.
      const people = await json('/api/v1/people?limit=1');
      await expectError(`/api/v1/items?cursor=${people.next}`, 400, 'cursor');
    });

    test('one item by slug, per locale, with its body, links and translations; 404 as JSON', async () => {
      const [first] = (await json('/api/v1/items?type=meeting_report&limit=1')).data;
      const en = (await json(`/api/v1/items/${first.slug}`)).data;
      const ru = (await json(`/api/v1/items/${first.slug}?locale=ru`)).data;
      assert.equal(en.slug, ru.slug);
      assert.notEqual(en.title, ru.title);
      assert.match(en.bodyHtml, /<p>/);
      assert.doesNotMatch(en.bodyHtml, /<script/i);
      assert.equal(typeof en.body, 'string');
      assert.ok(Array.isArray(en.bodies) && Array.isArray(en.people) && Array.isArray(en.states));
      assert.equal(typeof en.meetingId, 'number');
      assert.deepEqual(en.translations.map((t: any) => t.locale).sort(), ['en', 'ru']);
      const missing = await expectError('/api/v1/items/no-such-item', 404, 'slug');
      assert.equal(missing.error.code, 'not_found');
      await expectError(`/api/v1/items/${first.slug}?locale=de`, 400, 'locale');
    });

    test('sections, bodies, states, people and appointments', async () => {
      const sections = (await json('/api/v1/sections?locale=ru')).data;
      assert.ok(sections.some((s: any) => s.slug === 'statements' && /[А-Яа-я]/.test(s.name)));
      const bodies = (await json('/api/v1/bodies')).data;
      assert.ok(bodies.some((b: any) => b.slug === 'csto' && b.parent === null));
      assert.ok(bodies.some((b: any) => b.slug === 'council-of-defence-ministers' && b.parent === 'csto'));
      assert.equal((await json('/api/v1/bodies/council-of-defence-ministers?locale=ru')).data.abbreviation, 'СМО');
      await expectError('/api/v1/bodies/nobody', 404, 'slug');
      const states = (await json('/api/v1/states')).data;
      assert.ok(states.length >= 6);
      assert.deepEqual(states.map((s: any) => s.code).slice(0, 2), ['AM', 'BY']);
      assert.equal((await json('/api/v1/states/by?locale=ru')).data.shortName, 'Беларусь');
      await expectError('/api/v1/states/ZZ', 404, 'code');

      const people = (await all('/api/v1/people?limit=5')).items;
      const count = await site.store.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(people.length, Number(count.n));
      assert.equal(new Set(people.map((p) => p.slug)).size, people.length);
      const zas = (await json('/api/v1/people/stanislav-zas?locale=ru')).data;
      assert.equal(zas.familyName, 'Зась');
      await expectError('/api/v1/people/nobody', 404, 'slug');

      const appts = (await all('/api/v1/appointments?person=stanislav-zas')).items;
      assert.ok(appts.length >= 1);
      for (const a of appts) assert.equal(a.person.slug, 'stanislav-zas');
      const byState = (await all('/api/v1/appointments?state=am&limit=3')).items;
      assert.ok(byState.length > 0);
      for (const a of byState) assert.equal(a.state, 'AM');
      assert.deepEqual(await json('/api/v1/appointments?body=nobody'), { data: [], next: null });
    });

    test('meetings with their participants, filters and paging', async () => {
      const { items: meetings } = await all('/api/v1/meetings?limit=3');
      const count = await site.store.db.selectFrom('meeting').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(meetings.length, Number(count.n));
      for (let i = 1; i < meetings.length; i++) assert.ok(meetings[i - 1].date >= meetings[i].date);
      const withChair = meetings.find((m) => m.participants.length > 1 && m.participants[0].chair);
      assert.ok(withChair, 'a meeting lists its chair first');
      assert.equal(withChair.participants.filter((p: any) => p.chair).length, 1);
      const one = (await json(`/api/v1/meetings/${withChair.id}?locale=ru`)).data;
      assert.equal(one.id, withChair.id);
      assert.equal(one.participants.length, withChair.participants.length);
      assert.match(one.body.name, /[А-Яа-я]/);

      const vc = (await all('/api/v1/meetings?format=videoconference')).items;
      assert.ok(vc.length > 0);
      for (const m of vc) assert.equal(m.format, 'videoconference');
      const y = (await all('/api/v1/meetings?year=2021&body=collective-security-council')).items;
      assert.ok(y.length > 0);
      for (const m of y) assert.ok(m.date.startsWith('2021') && m.body.slug === 'collective-security-council');
      assert.deepEqual(await json('/api/v1/meetings?body=nobody'), { data: [], next: null });
      await expectError('/api/v1/meetings?format=telepathy', 400, 'format');
      await expectError('/api/v1/meetings/999999', 404, 'id');
      await expectError('/api/v1/meetings/abc', 400, 'id');
      await expectError('/api/v1/meetings/0', 400, 'id');
    });

    test('open data: one row per participant, as JSON and as CSV', async () => {
      const meetings = (await all('/api/v1/meetings?limit=50')).items;
      const expected = meetings.reduce((n, m) => n + m.participants.length, 0);
      const rows = (await json('/api/v1/meetings/participants')).data;
      assert.equal(rows.length, expected);
      const keys = ['meetingId', 'date', 'body', 'format', 'location', 'state', 'person', 'rank', 'role', 'chair'];
      for (const k of keys) assert.ok(k in rows[0], `row has ${k}`);
      assert.equal(rows.filter((r: any) => r.chair).length, meetings.filter((m) => m.participants.some((p: any) => p.chair)).length);
      const r = await get('/api/v1/meetings/participants.csv?locale=ru');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'text/csv; charset=utf-8');
      const lines = r.body.split('\r\n');
      assert.equal(lines[0], 'meeting_id,date,body,format,location,state,person,rank,role,chair');
      assert.equal(lines.at(-1), '');
      assert.equal(lines.length - 2, expected);
      assert.match(r.body, /[А-Яа-я]/);
      for (const line of lines.slice(1, -1)) assert.match(line, /,(yes|no)$/);
      const filtered = (await json('/api/v1/meetings/participants?format=videoconference&year=2020')).data;
      for (const row of filtered) assert.ok(row.format === 'videoconference' && row.date.startsWith('2020'));
      await expectError('/api/v1/meetings/participants?year=20x', 400, 'year');
    });

    test('ETag and 304', async () => {
      const first = await get('/api/v1/items?limit=3');
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
      const again = await get('/api/v1/items?limit=3', { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      assert.equal((await get('/api/v1/items?limit=3', { 'if-none-match': `W/${etag}, "other"` })).statusCode, 304);
      assert.equal((await get('/api/v1/items?limit=3', { 'if-none-match': '"stale"' })).statusCode, 200);
      assert.notEqual((await get('/api/v1/items?limit=4')).headers.etag, etag);
      assert.notEqual((await get('/api/v1/items?limit=3&locale=ru')).headers.etag, etag);
      // Errors are not cached.
      const err = await get('/api/v1/items?cursor=zzz');
      assert.equal(err.headers.etag, undefined);
      assert.equal(err.headers['cache-control'], 'no-store');
    });

    test('CORS for GET and a preflight; the site is unaffected', async () => {
      const r = await get('/api/v1/sections', { origin: 'https://elsewhere.example' });
      assert.equal(r.headers['access-control-allow-origin'], '*');
      assert.match(String(r.headers['access-control-expose-headers']), /ETag/);
      const pre = await site.app.fastify.inject({
        method: 'OPTIONS', url: '/api/v1/items?limit=2',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      assert.equal(pre.statusCode, 204);
      assert.equal(pre.headers['access-control-allow-origin'], '*');
      assert.match(String(pre.headers['access-control-allow-methods']), /GET/);
      assert.match(String(pre.headers['access-control-allow-headers']), /If-None-Match/i);
      const err = await get('/api/v1/items?locale=xx', { origin: 'https://elsewhere.example' });
      assert.equal(err.headers['access-control-allow-origin'], '*', 'errors carry CORS too, so scripts can read them');
      const page = await get('/en/news/');
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['access-control-allow-origin'], undefined);
    });

    test('API errors are JSON; the site keeps its HTML error pages', async () => {
      const missing = await expectError('/api/v1/no-such-endpoint', 404);
      assert.equal(missing.error.code, 'not_found');
      await expectError('/api/v1/items/x%ZZ', 400);
      const html = await get('/en/no-such-page/');
      assert.equal(html.statusCode, 404);
      assert.match(String(html.headers['content-type']), /^text\/html/);
      const bad = await get('/en/news/?page=abc');
      assert.match(String(bad.headers['content-type']), /^text\/html/);
    });

    test('responses are cached until published content changes', async () => {
      const before = (await json('/api/v1/sections')).data.find((x: any) => x.slug === 'statements');
      const section = await site.store.db.selectFrom('section').select('id').where('slug', '=', 'statements').executeTakeFirstOrThrow();
      await site.store.db.updateTable('section_translation').set({ name: 'Statements (renamed)' }).where('section_id', '=', section.id).where('locale', '=', 'en').execute();
      try {
        assert.equal((await json('/api/v1/sections')).data.find((x: any) => x.slug === 'statements').name, before.name, 'served from the cache');
        await site.app.events.emit('site.changed', { entity: 'section' });
        assert.equal((await json('/api/v1/sections')).data.find((x: any) => x.slug === 'statements').name, 'Statements (renamed)');
        const cached = await get('/api/v1/sections');
        assert.equal((await get('/api/v1/sections', { 'if-none-match': String(cached.headers.etag) })).statusCode, 304, 'a cached response answers 304 too');
      } finally {
        await site.store.db.updateTable('section_translation').set({ name: before.name }).where('section_id', '=', section.id).where('locale', '=', 'en').execute();
        await site.app.events.emit('site.changed', { entity: 'section' });
      }
    });

    test('an item published with a public time still ahead (embargo) is not served', async () => {
      await site.store.db.transaction().execute(async (trx) => {
        const section = await trx.selectFrom('section').select('id').where('slug', '=', 'statements').executeTakeFirstOrThrow();
        const { editionId } = await documentCreator(trx, {
          slug: 'embargoed-statement', type: 'statement', sectionId: section.id,
          translations: { en: { title: 'Embargoed', summary: 'Not yet', body: 'Secret until later.' } },
        });
        await editionSubmitter(trx, { editionId });
        await editionPublisher(trx, { editionId, publicTimestamp: '2999-01-01T00:00:00.000Z' });
      });
      const listed = (await all('/api/v1/items?section=statements&limit=100')).items;
      assert.ok(listed.length > 0);
      assert.ok(!listed.some((i) => i.slug === 'embargoed-statement'));
      await expectError('/api/v1/items/embargoed-statement', 404);
    });

    test('search, when the search capability is present', async () => {
      const found = await json('/api/v1/search?q=minister&limit=3');
      assert.ok(found.total > 0);
      assert.ok(found.data.length > 0 && found.data.length <= 3);
      assert.ok(found.data[0].titleSegments.length > 0);
      assert.match(found.data[0].url, /^http:\/\/press\.test\/(en|ru)\/news\//);
      assert.equal(typeof found.facets, 'object');
      if (found.total > 3) {
        const next = await json(`/api/v1/search?q=minister&limit=3&cursor=${found.next}`);
        assert.notDeepEqual(next.data.map((d: any) => d.slug), found.data.map((d: any) => d.slug));
      }
      for (const q of ['', '"', '*', 'NEAR(', 'OR OR', '"unbalanced', 'a'.repeat(1500), 'министров обороны']) {
        const r = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
        assert.ok(r.statusCode === 200 || r.statusCode === 400, `q=${q.slice(0, 20)}: ${r.statusCode} ${r.body.slice(0, 200)}`);
        assert.match(String(r.headers['content-type']), /^application\/json/);
      }
      await expectError(`/api/v1/search?q=${'a'.repeat(2100)}`, 400, 'q');
      await expectError('/api/v1/search', 400, 'q');
      await expectError('/api/v1/search?q=x&section=nope', 400, 'section');
      await expectError('/api/v1/search?q=x&cursor=zzz', 400, 'cursor');
    });
  });
}
