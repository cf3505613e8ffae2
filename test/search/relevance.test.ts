/**
 * The relevance set: queries over the demo archive with the items expected at the top, run on
 * SQLite and PostgreSQL alike (same stems, same query, weights alike).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { searchIndexRebuilder } from '../../src/search/indexer.ts';
import { searchItems } from '../../src/search/queries.ts';
import type { SearchFilters } from '../../src/search/domain.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';

interface Case {
  q: string;
  locale: Locale;
  /** Every one of these items must be among the first `within` results. */
  expect: string[];
  within: number;
  filters?: SearchFilters;
  /** Exact number of items found, when it is known. */
  total?: number;
  why: string;
}

const CONGRATULATIONS = [
  '2020-01-21-congratulations-to-viktor-khrenin',
  '2020-11-21-congratulations-to-vagharshak-harutyunyan',
  '2021-11-16-congratulations-to-suren-papikyan',
  '2022-01-20-congratulations-to-ruslan-zhaksylykov',
  '2024-05-15-congratulations-to-andrei-belousov',
];

export const RELEVANCE_SET: Case[] = [
  { q: 'Papikyan', locale: 'en', expect: ['2021-11-16-congratulations-to-suren-papikyan'], within: 1, total: 2, why: 'name as written in English' },
  { q: 'Papikian', locale: 'en', expect: ['2021-11-16-congratulations-to-suren-papikyan', '2022-05-24-council-of-defence-ministers'], within: 2, total: 2, why: 'transliteration variant (alias)' },
  { q: 'Папикян', locale: 'ru', expect: ['2021-11-16-congratulations-to-suren-papikyan'], within: 1, total: 2, why: 'Cyrillic nominative of an inflected name' },
  { q: 'Папикяна', locale: 'en', expect: ['2021-11-16-congratulations-to-suren-papikyan'], within: 1, total: 2, why: 'Cyrillic genitive, from the English page' },
  { q: '"Suren Papikian"', locale: 'en', expect: ['2021-11-16-congratulations-to-suren-papikyan'], within: 2, total: 2, why: 'quoted full name in another spelling' },
  { q: 'Harutyunyan', locale: 'en', expect: ['2020-11-21-congratulations-to-vagharshak-harutyunyan'], within: 1, total: 1, why: 'name' },
  { q: 'Arutyunyan', locale: 'en', expect: ['2020-11-21-congratulations-to-vagharshak-harutyunyan'], within: 1, total: 1, why: 'spelling without H' },
  { q: 'Арутюняна', locale: 'ru', expect: ['2020-11-21-congratulations-to-vagharshak-harutyunyan'], within: 1, total: 1, why: 'Cyrillic inflected' },
  { q: 'Shoygu', locale: 'en', expect: ['2024-05-15-congratulations-to-andrei-belousov', '2022-05-24-council-of-defence-ministers'], within: 2, total: 2, why: 'alias spelling' },
  { q: 'Шойгу', locale: 'ru', expect: ['2024-05-15-congratulations-to-andrei-belousov', '2022-05-24-council-of-defence-ministers'], within: 2, total: 2, why: 'Cyrillic' },
  { q: 'Zhaparov', locale: 'en', expect: ['2021-09-16-collective-security-council-dushanbe'], within: 5, total: 5, why: 'Zh/J variant of Japarov' },
  { q: 'Tasmagambetov', locale: 'en', expect: ['2023-01-09-tasmagambetov-takes-office-as-secretary-general', '2023-02-14-interview-tasmagambetov-priorities'], within: 2, why: 'title match first' },
  { q: 'Тасмагамбетов', locale: 'ru', expect: ['2023-01-09-tasmagambetov-takes-office-as-secretary-general', '2023-02-14-interview-tasmagambetov-priorities'], within: 3, why: 'Cyrillic; title matches near the top' },
  { q: 'Zas term', locale: 'en', expect: ['2022-12-30-zas-completes-term-as-secretary-general'], within: 1, why: 'short name and a word' },
  { q: 'Serdyukov', locale: 'en', expect: ['2023-11-24-serdyukov-heads-joint-staff', '2024-02-20-interview-serdyukov-joint-training'], within: 2, total: 5, why: 'name in titles' },
  { q: 'Khrenin', locale: 'en', expect: ['2020-01-21-congratulations-to-viktor-khrenin'], within: 1, total: 2, why: 'name' },
  { q: 'Хренина', locale: 'ru', expect: ['2020-01-21-congratulations-to-viktor-khrenin'], within: 1, total: 2, why: 'Cyrillic genitive' },
  { q: 'Belousov', locale: 'en', expect: ['2024-05-15-congratulations-to-andrei-belousov'], within: 1, total: 1, why: 'name' },
  { q: 'Белоусов', locale: 'ru', expect: ['2024-05-15-congratulations-to-andrei-belousov'], within: 1, total: 1, why: 'Cyrillic nominative vs genitive in text' },
  { q: 'Dushanbe', locale: 'en', expect: ['2021-09-16-collective-security-council-dushanbe'], within: 1, total: 1, why: 'place' },
  { q: 'Душанбе', locale: 'ru', expect: ['2021-09-16-collective-security-council-dushanbe'], within: 1, total: 1, why: 'place, Cyrillic' },
  { q: 'Yerevan', locale: 'en', expect: ['2022-11-23-collective-security-council-yerevan'], within: 1, total: 3, why: 'place in title' },
  { q: 'Минск', locale: 'ru', expect: ['2023-11-20-collective-security-council-to-meet-in-minsk', '2023-11-23-collective-security-council-minsk'], within: 2, why: 'nominative finds locative «в Минске»' },
  { q: 'peacekeeping', locale: 'en', expect: ['2022-01-19-withdrawal-of-peacekeeping-forces-completed', '2022-01-06-collective-peacekeeping-forces-sent-to-kazakhstan', '2022-01-21-media-on-peacekeeping-operation-in-kazakhstan'], within: 3, total: 7, why: 'topic' },
  { q: 'миротворческие силы', locale: 'ru', expect: ['2022-01-19-withdrawal-of-peacekeeping-forces-completed', '2022-01-06-collective-peacekeeping-forces-sent-to-kazakhstan'], within: 2, why: 'nominative plural finds genitive «миротворческих сил»' },
  { q: 'Kazakhstan withdrawal', locale: 'en', expect: ['2022-01-19-withdrawal-of-peacekeeping-forces-completed'], within: 1, total: 1, why: 'two words, both required' },
  { q: 'Nagorno-Karabakh', locale: 'en', expect: ['2020-09-28-statement-nagorno-karabakh'], within: 1, total: 1, why: 'hyphenated name' },
  { q: 'Карабах', locale: 'ru', expect: ['2020-09-28-statement-nagorno-karabakh'], within: 1, total: 1, why: 'stemmer cuts the query word short; the word itself is tried too' },
  { q: 'Victory anniversary', locale: 'en', expect: ['2025-05-08-statement-80th-anniversary-of-victory', '2020-05-08-statement-75th-anniversary-of-victory'], within: 2, total: 3, why: 'statements' },
  { q: 'Победа', locale: 'ru', expect: ['2025-05-08-statement-80th-anniversary-of-victory', '2020-05-08-statement-75th-anniversary-of-victory'], within: 2, total: 3, why: 'nominative finds genitive «Победы»' },
  { q: 'drug trafficking', locale: 'en', expect: ['2024-06-26-statement-international-day-against-drug-abuse'], within: 1, why: 'topic' },
  { q: 'наркотики', locale: 'ru', expect: ['2024-06-26-statement-international-day-against-drug-abuse'], within: 1, why: 'word form' },
  { q: 'Charter', locale: 'en', expect: ['2022-10-07-statement-20th-anniversary-of-charter'], within: 1, total: 2, why: 'title word' },
  { q: 'устав', locale: 'ru', expect: ['2022-10-07-statement-20th-anniversary-of-charter'], within: 1, total: 2, why: 'lower-case nominative finds «Устава»' },
  { q: 'treaty', locale: 'en', expect: ['2022-05-15-statement-30th-anniversary-of-treaty'], within: 1, why: 'title word' },
  { q: 'joint training', locale: 'en', expect: ['2024-02-20-interview-serdyukov-joint-training'], within: 1, why: 'title words' },
  { q: 'совместная подготовка', locale: 'ru', expect: ['2024-02-20-interview-serdyukov-joint-training'], within: 1, why: 'nominative finds genitive' },
  { q: 'videoconference', locale: 'en', expect: ['2020-12-02-collective-security-council'], within: 1, total: 2, why: 'format word' },
  { q: 'видеоконференция', locale: 'ru', expect: ['2020-12-02-collective-security-council'], within: 1, total: 2, why: 'word form' },
  { q: '"Council of Defence Ministers"', locale: 'en', expect: ['2022-05-24-council-of-defence-ministers'], within: 1, why: 'exact phrase in the title' },
  // Filtered queries.
  { q: 'Collective Security Council', locale: 'en', filters: { year: 2021, type: 'meeting_report' }, expect: ['2021-09-16-collective-security-council-dushanbe'], within: 1, total: 1, why: 'year and type filters' },
  { q: 'chairmanship', locale: 'en', filters: { state: 'AM' }, expect: ['2022-01-01-armenia-assumes-chairmanship'], within: 1, why: 'member-state filter' },
  { q: 'председательство', locale: 'ru', filters: { year: 2024 }, expect: ['2024-01-01-kazakhstan-assumes-chairmanship'], within: 1, why: 'year filter' },
  { q: 'Zas', locale: 'en', filters: { section: 'media-about-us' }, expect: ['2021-02-12-interview-zas-tasks-for-2021'], within: 1, why: 'section filter' },
  { q: 'министр обороны', locale: 'ru', filters: { person: 'suren-papikyan' }, expect: ['2021-11-16-congratulations-to-suren-papikyan', '2022-05-24-council-of-defence-ministers'], within: 2, total: 2, why: 'person filter' },
  { q: 'defence', locale: 'en', filters: { body: 'council-of-defence-ministers', type: 'meeting_report' }, expect: ['2022-05-24-council-of-defence-ministers'], within: 1, total: 1, why: 'body and type filters' },
];

for (const kind of DATABASE_KINDS) {
  describe(`search relevance on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await seedDemo(store);
      await searchIndexRebuilder(store.db, store.dialect, { timeZone: 'Europe/Moscow' });
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test(`the set has at least 30 queries (${RELEVANCE_SET.length})`, () => {
      assert.ok(RELEVANCE_SET.length >= 30);
      assert.ok(RELEVANCE_SET.some((c) => c.filters));
    });

    for (const c of RELEVANCE_SET) {
      const label = `${c.q}${c.filters ? ` ${JSON.stringify(c.filters)}` : ''} (${c.locale}) — ${c.why}`;
      test(label, async () => {
        const result = await searchItems(store.db, store.dialect, { q: c.q, locale: c.locale, filters: c.filters ?? {}, pageSize: 10 });
        const slugs = result.items.map((i) => i.slug);
        for (const slug of c.expect) {
          const at = slugs.indexOf(slug);
          assert.ok(at >= 0 && at < c.within, `${slug} should be among the first ${c.within} results; got ${JSON.stringify(slugs.slice(0, Math.max(c.within, 3)))}`);
        }
        if (c.total !== undefined) assert.equal(result.total, c.total, `total for ${c.q}: ${JSON.stringify(slugs)}`);
      });
    }

    test('«министров обороны» finds «министр обороны» in other forms, and marks them', async () => {
      const result = await searchItems(store.db, store.dialect, { q: 'министров обороны', locale: 'ru' });
      assert.ok(result.total >= CONGRATULATIONS.length + 1, `found ${result.total}`);
      for (const slug of CONGRATULATIONS) assert.ok(result.items.some((i) => i.slug === slug), `${slug} is found`);
      const top = result.items[0]!;
      assert.ok(CONGRATULATIONS.includes(top.slug) || top.slug === '2022-05-24-council-of-defence-ministers', top.slug);
      // The congratulation items say «Министра обороны» / «Министром обороны», never «министров».
      const khrenin = result.items.find((i) => i.slug === CONGRATULATIONS[0])!;
      assert.equal(khrenin.locale, 'ru');
      const marked = [...khrenin.titleSegments, ...khrenin.snippet].filter((s) => s.hit).map((s) => s.text.toLowerCase());
      assert.ok(marked.some((t) => /^министр[а-я]*$/.test(t) && t !== 'министров'), JSON.stringify(marked));
      assert.ok(marked.some((t) => t.startsWith('оборон')), JSON.stringify(marked));
    });

    test('"ministers" finds "Minister" (English stemming)', async () => {
      const result = await searchItems(store.db, store.dialect, { q: 'ministers', locale: 'en' });
      for (const slug of CONGRATULATIONS) assert.ok(result.items.some((i) => i.slug === slug), `${slug} is found`);
      const withSingular = result.items.filter((i) => /\bMinister\b/.test(i.title));
      assert.ok(withSingular.length >= 4, 'titles with the singular "Minister" are found');
      assert.ok(withSingular[0]!.titleSegments.some((s) => s.hit && s.text === 'Minister'));
    });

    test('a query in Russian on the English page finds the Russian version, and the reverse', async () => {
      const ru = await searchItems(store.db, store.dialect, { q: 'Душанбе', locale: 'en' });
      assert.equal(ru.items[0]?.locale, 'ru');
      const en = await searchItems(store.db, store.dialect, { q: 'Dushanbe', locale: 'ru' });
      assert.equal(en.items[0]?.locale, 'en');
      // A name matches both versions: the reader's language wins.
      const both = await searchItems(store.db, store.dialect, { q: 'Khrenin', locale: 'ru' });
      assert.equal(both.items.find((i) => i.slug === CONGRATULATIONS[0])?.slug, CONGRATULATIONS[0]);
    });
  });
}
