import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkFacts, type DocumentFacts, type DirectoryFacts } from '../../src/checks/domain.ts';
import { checkDocument } from '../../src/checks/check-document.ts';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { documentCreator } from '../../src/newsroom/commands.ts';
import type { Store } from '../../src/platform/db/connect.ts';

const DIRECTORY: DirectoryFacts[] = [
  {
    id: 1, names: ['Suren Papikyan', 'Сурен Папикян', 'Suren Papikian'], display: 'Suren Papikyan',
    terms: [{ function: 'defence_minister', roleName: 'Minister of Defence of the Republic of Armenia', stateCode: 'AM', startedOn: '2021-11-15', endedOn: null }], ranks: [],
  },
  {
    id: 2, names: ['Viktor Khrenin', 'Виктор Хренин'], display: 'Viktor Khrenin',
    terms: [{ function: 'defence_minister', roleName: 'Minister of Defence of the Republic of Belarus', stateCode: 'BY', startedOn: '2020-01-20', endedOn: null }],
    ranks: [{ names: ['Lieutenant General', 'генерал-лейтенант'], since: '2022-01-01' }],
  },
  {
    id: 3, names: ['Sergei Shoigu', 'Сергей Шойгу', 'Sergey Shoygu'], display: 'Sergei Shoigu',
    terms: [{ function: 'defence_minister', roleName: 'Minister of Defence of the Russian Federation', stateCode: 'RU', startedOn: null, endedOn: '2024-05-12' }],
    ranks: [{ names: ['Army General', 'генерал армии'], since: '2003-01-01' }],
  },
];

function facts(partial: Partial<DocumentFacts> & { body: string; title?: string; locale?: 'en' | 'ru' }): DocumentFacts {
  return {
    documentId: 1, date: partial.date === undefined ? '2022-05-24' : partial.date,
    texts: partial.texts ?? [{ locale: partial.locale ?? 'en', title: partial.title ?? 'A title', summary: '', body: partial.body }],
    expectedLocales: partial.expectedLocales ?? [partial.locale ?? 'en'],
    people: DIRECTORY, contactPhones: partial.contactPhones ?? [], links: partial.links ?? {},
  };
}
const codes = (f: DocumentFacts) => checkFacts(f).map((x) => x.code);

describe('editorial checks (rules)', () => {
  test('a weekday that does not match its date', () => {
    const [finding] = checkFacts(facts({ body: 'The ministers will meet on Tuesday, 25 May 2022 in Minsk.' }));
    assert.equal(finding?.code, 'date.weekday_mismatch');
    assert.equal(finding?.severity, 'error');
    assert.match(finding!.sentence, /Wednesday/);
    assert.deepEqual(finding?.where, { field: 'body', locale: 'en', offset: 36 });
    assert.deepEqual(codes(facts({ body: 'The ministers will meet on Wednesday, 25 May 2022 in Minsk.' })), []);
    assert.deepEqual(codes(facts({ body: 'Министры встретятся во вторник, 25 мая 2022 года.', locale: 'ru' })), ['date.weekday_mismatch']);
  });
  test('"this year" on an item whose own date is unknown', () => {
    const f = checkFacts(facts({ date: null, body: 'The conflict resumed on September 27, this year.' }));
    assert.deepEqual(f.map((x) => [x.code, x.severity]), [['date.relative_without_date', 'error']]);
  });
  test('a relative date that resolves after the publication date but is told in the past', () => {
    assert.deepEqual(codes(facts({ date: '2020-09-20', body: 'The conflict resumed on September 27, this year.' })), ['date.relative_after_publication']);
    assert.deepEqual(codes(facts({ date: '2020-09-28', body: 'The conflict resumed on September 27, this year.' })), []);
    assert.deepEqual(codes(facts({ date: '2020-09-20', body: 'The council will meet on September 27, this year.' })), []);
  });
  test('the same in Russian, where the past is told by the verb\'s ending («было», «возобновился»)', () => {
    assert.deepEqual(codes(facts({ date: '2020-09-20', locale: 'ru', body: 'Решение было принято 27 сентября текущего года.' })), ['date.relative_after_publication']);
    assert.deepEqual(codes(facts({ date: '2020-09-20', locale: 'ru', body: 'Конфликт вспыхнул 27 сентября текущего года.' })), ['date.relative_after_publication']);
    assert.deepEqual(codes(facts({ date: '2020-09-20', locale: 'ru', body: 'Совет соберётся 27 сентября текущего года.' })), []);
  });
  test('a position not held on the item\'s date; a rank not held; an unknown person', () => {
    const body = 'On 28 September 2020, under the chairmanship of the Minister of Defence of the Republic of Armenia Suren Papikian, a meeting of the Council of Defence Ministers was held via videoconference.\n\n'
      + 'The defence ministers of the Republic of Belarus (Colonel General Viktor Khrenin), of the Russian Federation (Army General Sergey Shoygu) and of the Republic of Tajikistan (Colonel General Ivan Nobody) participated in the meeting.';
    const f = checkFacts(facts({ date: '2020-09-28', body }));
    assert.deepEqual(f.map((x) => x.code).sort(), ['person.rank_not_held', 'person.role_not_held', 'person.unknown']);
    const role = f.find((x) => x.code === 'person.role_not_held')!;
    assert.equal(role.severity, 'error');
    assert.match(role.sentence, /Suren Papikyan.*2020-09-28.*2021-11-15/);
    // Shoigu after his term ended.
    const later = checkFacts(facts({ date: '2024-06-01', body: 'On 1 June 2024, a meeting of the Council of Defence Ministers was held in Moscow under the chairmanship of the Minister of Defence of the Russian Federation Sergei Shoigu.' }));
    assert.deepEqual(later.map((x) => x.code), ['person.role_not_held']);
  });
  test('one item that contains another: two datelines, a teaser', () => {
    assert.ok(codes(facts({ body: 'On 24 May 2022, the council met online.\n\nOn 28 September 2020, the Secretary General issued a statement.' })).includes('structure.two_datelines'));
    const teaser = 'On 24 May 2022, a meeting of the Council of Defence Ministers was held via videoconference.\n\nOn the situation in the region\n\nThe Secretary General expresses concern over the situation in the region and calls on the parties to cease fire immediately and return to talks.';
    assert.ok(codes(facts({ date: null, body: teaser })).includes('structure.other_item'));
  });
  test('translations that disagree on dates, numbers, people, states; a missing locale', () => {
    const texts = [
      { locale: 'en' as const, title: 'Ministers met', summary: '', body: 'On 24 May 2022 the ministers of Belarus and Russia met; 12 documents were signed. Sergei Shoigu spoke.' },
      { locale: 'ru' as const, title: 'Министры встретились', summary: '', body: '25 мая 2022 года министры Беларуси встретились; подписано 14 документов. Выступил Виктор Хренин.' },
    ];
    const f = codes(facts({ body: '', texts, expectedLocales: ['en', 'ru'] }));
    for (const c of ['translation.dates_differ', 'translation.numbers_differ', 'translation.people_differ', 'translation.states_differ'] as const) assert.ok(f.includes(c), c);
    assert.deepEqual(codes(facts({ body: 'Text.', expectedLocales: ['en', 'ru'] })), ['translation.missing']);
  });
  test('invalid phone numbers', () => {
    assert.deepEqual(codes(facts({ body: 'Call +7 495 795-27-10 or +7 495 795-27.', contactPhones: ['+74957952710', '+7495'] })), ['contact.invalid_phone', 'contact.invalid_phone']);
  });
  test('internal links to items that do not exist or are not published', () => {
    const body = 'See [the statement](/en/news/statements/gone/) and [the draft](/en/news/statements/draft-one/) and [ok](/en/news/statements/fine/).';
    const f = codes(facts({ body, links: { '/en/news/statements/gone/': 'missing', '/en/news/statements/draft-one/': 'unpublished', '/en/news/statements/fine/': 'published' } }));
    assert.deepEqual(f, ['link.missing', 'link.unpublished']);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`checkDocument on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await seedDemo(store);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });
    test('finds dates, people, links and a missing locale in a stored draft', async () => {
      const section = await store.db.selectFrom('section').select(['id', 'slug']).orderBy('id').executeTakeFirstOrThrow();
      const published = await store.db.selectFrom('document').innerJoin('edition', 'edition.document_id', 'document.id').innerJoin('section', 'section.id', 'document.section_id')
        .select(['document.slug', 'section.slug as sectionSlug']).where('edition.state', '=', 'published').executeTakeFirstOrThrow();
      const id = await store.db.transaction().execute(async (trx) => {
        const draft = await documentCreator(trx, { slug: 'a-draft-to-link', type: 'news', sectionId: section.id, translations: { en: { title: 'Unpublished', summary: '', body: 'Draft.' } } });
        const doc = await documentCreator(trx, {
          slug: 'checked-draft', type: 'news', sectionId: section.id,
          translations: {
            en: {
              title: 'Ministers met', summary: '',
              body: 'The conflict resumed on September 27, this year; the ministers will meet on Tuesday, 25 May 2022.\n\n'
                + `See [a missing item](/en/news/${section.slug}/no-such-item/), [a draft](/en/news/${section.slug}/a-draft-to-link/) and [a published one](/en/news/${published.sectionSlug}/${published.slug}/).`,
            },
          },
        });
        void draft;
        return doc.documentId;
      });
      const findings = await checkDocument(store.db, id);
      const found = findings.map((f) => f.code).sort();
      assert.deepEqual(found, ['date.relative_without_date', 'date.weekday_mismatch', 'link.missing', 'link.unpublished', 'translation.missing']);
      for (const f of findings) assert.ok(f.sentence.length > 10 && ['error', 'warning'].includes(f.severity));
    });
    test('an unknown document is a not_found error', async () => {
      await assert.rejects(() => checkDocument(store.db, 999999), (e: { code?: string }) => e.code === 'not_found');
    });
  });
}
