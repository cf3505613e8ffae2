/** JSON-LD, OpenGraph/Twitter meta and canonical addresses on items, meetings, people and bodies. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { startTestSite, type TestSite } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { eventLd, jsonLdText, newsArticleLd } from '../../src/site/structured-data.ts';

const ORIGIN = 'http://press.test';
const STATEMENT = '/news/statements/2020-09-28-statement-nagorno-karabakh/';
const MEETING_ITEM = '/news/organization-news/2022-05-24-council-of-defence-ministers/';

describe('JSON-LD builders', () => {
  test('jsonLdText cannot close its script element and round-trips', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028 \u2029' };
    const text = jsonLdText(data);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(text), data);
  });

  test('eventLd: attendance mode and location follow the format', () => {
    const base = { url: 'http://x/m/1/', name: 'M', startDate: '2022-05-24', inLanguage: 'en', organizer: { name: 'B', url: 'http://x/b/' }, chair: { name: 'C' }, attendees: [{ name: 'A', jobTitle: 'J' }] };
    const online = eventLd({ ...base, format: 'videoconference', location: 'Minsk' });
    assert.equal(online.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
    assert.deepEqual(online.location, { '@type': 'VirtualLocation', url: 'http://x/m/1/' });
    const offline = eventLd({ ...base, format: 'in_person', location: 'Minsk' });
    assert.equal(offline.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.equal((offline.location as { '@type': string })['@type'], 'Place');
    const mixed = eventLd({ ...base, format: 'hybrid', location: 'Minsk' });
    assert.equal(mixed.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
    assert.deepEqual((mixed.location as { '@type': string }[]).map((l) => l['@type']), ['Place', 'VirtualLocation']);
    assert.deepEqual((online.attendee as { name: string; '@type': string }[]).map((a) => [a['@type'], a.name]), [['Person', 'C'], ['Person', 'A']]);
  });

  test('newsArticleLd: the press service is the author when no person is', () => {
    const a = newsArticleLd({
      url: 'u', headline: 'h'.repeat(200), description: 'd', datePublished: '2020-01-01T00:00:00.000Z', dateModified: '2020-01-02T00:00:00.000Z',
      inLanguage: 'ru', publisher: { name: 'P', url: 'http://x/' }, author: null,
    });
    assert.deepEqual(a.author, { '@type': 'Organization', name: 'P', url: 'http://x/' });
    assert.ok((a.headline as string).length <= 110);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`structured data on ${kind}`, () => {
    let site: TestSite;
    before(async () => { site = await startTestSite(kind); });
    after(async () => { await site?.close(); });

    async function page(url: string) {
      const res = await site.app.fastify.inject({ url });
      assert.equal(res.statusCode, 200, url);
      const { document } = parseHTML(res.body);
      const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      return { document, ld, meta, canonical };
    }
    async function meetingId(date: string) {
      return (await site.store.db.selectFrom('meeting').select('id').where('date', '=', date).executeTakeFirstOrThrow()).id;
    }

    test('an item has a NewsArticle with dates, language, publisher and author', async () => {
      const { ld, meta, canonical } = await page(`/en${STATEMENT}`);
      assert.equal(ld.length, 1);
      const a = ld[0];
      assert.equal(a['@context'], 'https://schema.org');
      assert.equal(a['@type'], 'NewsArticle');
      assert.equal(a.headline, 'On the situation that arose in connection with the resumption of the armed conflict in Nagorno-Karabakh');
      assert.equal(a.datePublished.slice(0, 10), '2020-09-28');
      assert.ok(!Number.isNaN(Date.parse(a.dateModified)));
      assert.equal(a.inLanguage, 'en');
      assert.equal(a.publisher['@type'], 'Organization');
      assert.equal(a.publisher.name, 'Collective Security Treaty Organization');
      assert.deepEqual([a.author['@type'], a.author.name, a.author.jobTitle, a.author.url],
        ['Person', 'Stanislav Zas', 'CSTO Secretary General', `${ORIGIN}/en/people/stanislav-zas/`]);
      assert.equal(a.url, `${ORIGIN}/en${STATEMENT}`);
      assert.equal(canonical, `${ORIGIN}/en${STATEMENT}`);
      assert.equal(meta('og:type'), 'article');
      assert.equal(meta('og:url'), canonical);
      assert.equal(meta('og:title'), a.headline);
      assert.equal(meta('og:locale'), 'en_GB');
      assert.equal(meta('og:locale:alternate'), 'ru_RU');
      assert.equal(meta('article:published_time'), a.datePublished);
      assert.equal(meta('twitter:card'), 'summary');
      assert.equal(meta('twitter:title'), a.headline);
      assert.ok(meta('twitter:description'));
      const ru = await page(`/ru${STATEMENT}`);
      assert.equal(ru.ld[0].inLanguage, 'ru');
      assert.equal(ru.ld[0].author.name, 'Станислав Зась');
      assert.equal(ru.meta('og:locale'), 'ru_RU');
    });

    test('a videoconference has an online Event with a VirtualLocation, organizer and attendees', async () => {
      const id = await meetingId('2022-05-24');
      const { ld, canonical, meta } = await page(`/en/meetings/${id}/`);
      const e = ld[0];
      assert.equal(e['@type'], 'Event');
      assert.equal(e.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
      assert.equal(e.location['@type'], 'VirtualLocation');
      assert.equal(e.startDate, '2022-05-24');
      assert.deepEqual(e.organizer, { '@type': 'Organization', name: 'Council of Defence Ministers', url: `${ORIGIN}/en/bodies/council-of-defence-ministers/` });
      assert.equal(e.attendee.length, 8, 'the chair and seven participants');
      assert.ok(e.attendee.every((p: { '@type': string }) => p['@type'] === 'Person'));
      assert.deepEqual([e.attendee[0].name, e.attendee[0].jobTitle, e.attendee[0].url],
        ['Suren Papikyan', 'Minister of Defence of the Republic of Armenia', `${ORIGIN}/en/people/suren-papikyan/`]);
      assert.equal(canonical, `${ORIGIN}/en/meetings/${id}/`);
      assert.equal(meta('og:type'), 'website');
    });

    test('in-person and hybrid meetings are offline and mixed, with their place', async () => {
      const inPerson = (await page(`/en/meetings/${await meetingId('2022-11-23')}/`)).ld[0];
      assert.equal(inPerson.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
      assert.deepEqual([inPerson.location['@type'], inPerson.location.name], ['Place', 'Yerevan']);
      const hybrid = (await page(`/ru/meetings/${await meetingId('2021-09-16')}/`)).ld[0];
      assert.equal(hybrid.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
      assert.deepEqual(hybrid.location.map((l: { '@type': string }) => l['@type']), ['Place', 'VirtualLocation']);
      assert.equal(hybrid.location[0].name, 'Душанбе');
      assert.equal(hybrid.inLanguage, 'ru');
    });

    test('a person page has a Person; a body page an Organization; both canonical', async () => {
      const p = await page('/en/people/suren-papikyan/');
      assert.equal(p.ld[0]['@type'], 'Person');
      assert.equal(p.ld[0].name, 'Suren Papikyan');
      assert.equal(p.ld[0].jobTitle, 'Minister of Defence of the Republic of Armenia');
      assert.deepEqual(p.ld[0].alternateName, ['Suren Papikian']);
      assert.equal(p.canonical, `${ORIGIN}/en/people/suren-papikyan/`);
      assert.equal(p.meta('og:type'), 'profile');
      const b = await page('/ru/bodies/council-of-defence-ministers/');
      assert.equal(b.ld[0]['@type'], 'Organization');
      assert.equal(b.ld[0].name, 'Совет министров обороны');
      assert.equal(b.ld[0].alternateName, 'СМО');
      assert.equal(b.ld[0].parentOrganization.url, `${ORIGIN}/ru/bodies/csto/`);
      assert.equal(b.canonical, `${ORIGIN}/ru/bodies/council-of-defence-ministers/`);
      const alternates = [...b.document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('href'));
      assert.deepEqual(alternates, [`${ORIGIN}/en/bodies/council-of-defence-ministers/`, `${ORIGIN}/ru/bodies/council-of-defence-ministers/`]);
    });

    test('the meeting report item names its subjects', async () => {
      const { ld } = await page(`/en${MEETING_ITEM}`);
      const about = ld[0].about.map((a: { '@type': string; name: string }) => `${a['@type']}:${a.name}`);
      assert.ok(about.includes('Organization:Council of Defence Ministers'), about.join(', '));
      assert.ok(about.includes('Country:Belarus'));
    });
  });
}
