/**
 * Every finding speaks English and Russian: a table over all finding codes (each must have a
 * non-empty sentence in every locale, the Russian one in Russian), and the sentences the rules
 * actually produce, in both languages, with the stable code, severity and place unchanged.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkFacts, FINDING_CODES, FINDING_SENTENCES, findingSentence, ruDate,
  type DirectoryFacts, type DocumentFacts, type FindingCode, type FindingParams,
} from '../../src/checks/domain.ts';
import { LOCALES } from '../../src/platform/i18n/locales.ts';

/** Parameters for every code (the type makes a new code without a sample fail to compile). */
const SAMPLES: { [K in FindingCode]: FindingParams[K] } = {
  'date.weekday_mismatch': { quote: 'on Tuesday, 25 May 2022', iso: '2022-05-25', actual: 3, written: 2 },
  'date.relative_without_date': { text: 'September 27, this year' },
  'date.relative_after_publication': { text: 'September 27, this year', resolved: '2020-09-27', date: '2020-09-20' },
  'person.unknown': { name: 'Ivan Nobody' },
  'person.role_not_held': { person: { en: 'Suren Papikyan', ru: 'Сурен Папикян' }, role: 'Minister of Defence', date: '2020-09-28', spans: [{ from: '2021-11-15', to: null }, { from: '2019-01-01', to: '2020-05-01' }] },
  'person.rank_not_held': { person: { en: 'Viktor Khrenin', ru: 'Виктор Хренин' }, rank: 'Colonel General', date: '2022-05-24', current: 'Lieutenant General' },
  'structure.two_datelines': { dates: ['2022-05-24', '2020-09-28'] },
  'structure.other_item': { excerpt: 'On the situation in the region' },
  'translation.missing': { locale: 'ru' },
  'translation.dates_differ': { a: 'en', b: 'ru', onlyA: ['2022-05-24'], onlyB: ['2022-05-25'] },
  'translation.numbers_differ': { a: 'en', b: 'ru', onlyA: ['12'], onlyB: ['14'] },
  'translation.people_differ': { a: 'en', b: 'ru', onlyA: ['Sergei Shoigu'], onlyB: ['Viktor Khrenin'], ru: { 'Sergei Shoigu': 'Сергей Шойгу', 'Viktor Khrenin': 'Виктор Хренин' } },
  'translation.states_differ': { a: 'en', b: 'ru', onlyA: ['RU'], onlyB: [] },
  'translation.bodies_differ': { a: 'en', b: 'ru', onlyA: [], onlyB: ['Council of Defence Ministers'], ru: { 'Council of Defence Ministers': 'Совет министров обороны' } },
  'contact.invalid_phone': { number: '+7495', source: 'text', country: 'RU' },
  'link.missing': { path: '/en/news/organization-news/no-such-item/' },
  'link.unpublished': { path: '/en/news/organization-news/a-draft/' },
};

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_WORDS = /\b(the|is|was|not|and|only|in|of|has|link|leads|version|missing|number)\b/i;

describe('finding sentences in every locale', () => {
  test('the table of codes and the samples cover each other', () => {
    assert.deepEqual([...FINDING_CODES].sort(), Object.keys(SAMPLES).sort());
    assert.ok(FINDING_CODES.length >= 17, `${FINDING_CODES.length} codes`);
  });

  for (const code of Object.keys(SAMPLES) as FindingCode[]) {
    test(`${code}: a non-empty sentence in English and Russian`, () => {
      const entry = FINDING_SENTENCES[code] as Partial<Record<string, unknown>> | undefined;
      for (const locale of LOCALES) assert.equal(typeof entry?.[locale], 'function', `${code} has no ${locale} sentence`);
      const en = findingSentence(code, SAMPLES[code] as never, 'en');
      const ru = findingSentence(code, SAMPLES[code] as never, 'ru');
      assert.ok(en.trim().length > 10 && /[.!]$/.test(en), `en: ${en}`);
      assert.ok(ru.trim().length > 10 && /[.!]$/.test(ru), `ru: ${ru}`);
      assert.doesNotMatch(en, CYRILLIC, `en is English: ${en}`);
      assert.match(ru, CYRILLIC, `ru is Russian: ${ru}`);
      assert.doesNotMatch(ru.replace(/«[^»]*»/g, '').replace(/\/[\w/-]+\//g, ''), LATIN_WORDS, `ru has no English words outside quotes: ${ru}`);
      assert.notEqual(en, ru);
      for (const x of [en, ru]) assert.doesNotMatch(x, /(?<!\.)\.\.(?!\.)|\s[.,;:]/, `punctuation: ${x}`);
    });
  }

  test('Russian dates are written the Russian way', () => {
    assert.equal(ruDate('2022-05-25'), '25 мая 2022 г.');
    assert.equal(ruDate('2020-09-07'), '7 сентября 2020 г.');
    assert.equal(ruDate('5-25'), '5-25');
  });
});

const DIRECTORY: DirectoryFacts[] = [
  {
    id: 1, names: ['Suren Papikyan', 'Сурен Папикян', 'Suren Papikian'], display: 'Suren Papikyan', displays: { en: 'Suren Papikyan', ru: 'Сурен Папикян' },
    terms: [{ function: 'defence_minister', roleName: 'Minister of Defence of the Republic of Armenia', stateCode: 'AM', startedOn: '2021-11-15', endedOn: null }], ranks: [],
  },
];
function facts(partial: Partial<DocumentFacts> & { body: string }): DocumentFacts {
  return {
    documentId: 1, date: partial.date === undefined ? '2022-05-24' : partial.date,
    texts: partial.texts ?? [{ locale: 'en', title: 'A title', summary: '', body: partial.body }],
    expectedLocales: partial.expectedLocales ?? ['en'], people: DIRECTORY, contactPhones: partial.contactPhones ?? [], links: partial.links ?? {},
  };
}

describe('the rules produce both sentences', () => {
  test('a wrong weekday: the same code, severity and place, the sentence in both languages', () => {
    const [f] = checkFacts(facts({ body: 'The ministers will meet on Tuesday, 25 May 2022 in Minsk.' }));
    assert.equal(f?.code, 'date.weekday_mismatch');
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.where, { field: 'body', locale: 'en', offset: 36 });
    assert.equal(f.sentence, f.sentences.en, 'sentence stays the English one');
    assert.match(f.sentences.en, /2022-05-25 was a Wednesday, not a Tuesday\./);
    assert.match(f.sentences.ru, /^«.*Tuesday, 25 May 2022»: 25 мая 2022 г\. — это среда, а не вторник\.$/);
  });

  test('"this year" without the item\'s date, in Russian', () => {
    const [f] = checkFacts(facts({ date: null, texts: [{ locale: 'ru', title: 'Заголовок', summary: '', body: 'Конфликт возобновился 27 сентября текущего года.' }], body: '' }));
    assert.equal(f?.code, 'date.relative_without_date');
    assert.match(f.sentences.ru, /^«27 сентября текущего года» отсчитывается от даты самого материала, а она неизвестна: укажите дату или напишите год явно\.$/);
  });

  test('a post not held: the Russian sentence names the person in Russian and dates the Russian way', () => {
    const body = 'On 28 September 2020, under the chairmanship of the Minister of Defence of the Republic of Armenia Suren Papikian, a meeting of the Council of Defence Ministers was held via videoconference.';
    const f = checkFacts(facts({ date: '2020-09-28', body })).find((x) => x.code === 'person.role_not_held')!;
    assert.ok(f, 'found');
    assert.match(f.sentences.en, /Suren Papikyan.*2020-09-28.*2021-11-15/);
    assert.match(f.sentences.ru, /^Сурен Папикян упоминается как «Minister of Defence of the Republic of Armenia», но дата материала \(28 сентября 2020 г\.\) не входит в срок полномочий в этой должности по справочнику: с 15 ноября 2021 г\. по настоящее время\.$/);
  });

  test('every finding of a text full of problems has an English and a Russian sentence', () => {
    const texts = [
      { locale: 'en' as const, title: 'Ministers met', summary: '', body: 'On 24 May 2022 the ministers met; 12 documents were signed. Call +7 495 795-27. See /en/news/organization-news/gone/ and /en/news/organization-news/draft/.' },
      { locale: 'ru' as const, title: 'Министры встретились', summary: '', body: '25 мая 2022 года министры встретились; подписано 14 документов.' },
    ];
    const found = checkFacts(facts({ body: '', texts, expectedLocales: ['en', 'ru'], contactPhones: ['+7495'], links: { '/en/news/organization-news/gone/': 'missing', '/en/news/organization-news/draft/': 'unpublished' } }));
    const codes = new Set(found.map((f) => f.code));
    for (const c of ['translation.dates_differ', 'translation.numbers_differ', 'contact.invalid_phone', 'link.missing', 'link.unpublished'] as const) assert.ok(codes.has(c), c);
    for (const f of found) {
      assert.ok(FINDING_CODES.includes(f.code), f.code);
      assert.equal(f.sentence, f.sentences.en);
      assert.match(f.sentences.ru, CYRILLIC, f.sentences.ru);
    }
    const dates = found.find((f) => f.code === 'translation.dates_differ')!;
    assert.equal(dates.sentences.ru, 'Английская и русская версии расходятся в датах: только в английской — 24 мая 2022 г.; только в русской — 25 мая 2022 г.');
    const bodies = checkFacts(facts({ body: '', expectedLocales: ['en', 'ru'], texts: [
      { locale: 'en', title: 'Council', summary: '', body: 'The Council of Defence Ministers met. Suren Papikyan spoke.' },
      { locale: 'ru', title: 'Совет', summary: '', body: 'Состоялось заседание Постоянного совета.' },
    ] }));
    assert.match(bodies.find((f) => f.code === 'translation.bodies_differ')!.sentences.ru, /только в английской — Совет министров обороны; только в русской — Постоянный совет\./);
    assert.match(bodies.find((f) => f.code === 'translation.people_differ')!.sentences.ru, /только в английской — Сурен Папикян; только в русской — нет\./);
  });
});
