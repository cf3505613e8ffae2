// General rules added after a fourth blind set: participants (lists by state, "Name, Title" lists, groups set off
// by dashes, names of three words, places), meetings that are not reported, bodies named without an acronym,
// spokespersons' comments, date lines with rubrics, headlines over leads, lists of other items. Each test is one
// rule; the pages are made up, none is a fixture's text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { datedLabelLine, extractMeeting, parseRoleName } from '../../src/importing/extract-text.ts';
import { isMenuLine, stateCode } from '../../src/importing/domain.ts';
import { one, participantsOf as people, EN_BODY, RU_BODY } from './support.ts';



describe('participants', () => {
  test('"was attended by:" over "Name, Title" lines without punctuation: the list, not headlines', () => {
    const page = `<html><head><title>t</title></head><body><div class="content-wrap"><h1>Example Council meets in Sampletown</h1>
<p>The meeting of the Council of Example Ministers was held in Sampletown on 3 May 2023 under the chairmanship of the Minister of Trade of the Republic of Armenia Aram Examplyan.</p>
<p>The meeting was attended by:</p>
<ul class="people"><li>Ivan Examplov, Minister of Trade of the Republic of Belarus</li><li>Nurlan Samplov, Minister of Trade of the Republic of Kazakhstan</li><li>Anna Testova, Member of the Board of the Example Commission</li></ul>
<p>${EN_BODY}</p><p>${EN_BODY}</p></div></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.title, 'Example Council meets in Sampletown');
    assert.deepEqual(item.meeting?.participants.map((p) => [p.name, p.state]), [['Ivan Examplov', 'BY'], ['Nurlan Samplov', 'KZ'], ['Anna Testova', null]]);
    assert.ok(item.body.includes('Nurlan Samplov'));
  });
  test('a list set off by dashes after a group ("the heads of government of the observer states – … – also took part")', () => {
    const m = extractMeeting('The meeting of the Council of Heads of Government was held in Sampletown. The heads of government of the observer states – Prime Minister of the Republic of Uzbekistan Rustam Examplov and Prime Minister of the Republic of Cuba Carlos Ruiz Prueba – also took part in the meeting.', 'en');
    assert.deepEqual(people(m), [['Rustam Examplov', null, 'UZ'], ['Carlos Ruiz Prueba', null, 'CU']]);
  });
  test('«Делегации … возглавили:» and «от Республики … — Министр … Имя;» lines: each entry\'s state is the one it opens with', () => {
    const m = extractMeeting([
      'В Примерске состоялось заседание Совета министров иностранных дел.',
      'Делегации государств возглавили:',
      'от Республики Беларусь — Министр иностранных дел Иван Примеров; от Республики Казахстан — Заместитель Премьер-Министра — Министр иностранных дел Нурлан Образцов; от Туркменистана — Министр иностранных дел Мурад Тестов; от Республики Таджикистан — Министр иностранных дел Фарход Примеров; от Республики Узбекистан — Министр иностранных дел Бахтиёр Образцов.',
    ].join('\n'), 'ru');
    assert.deepEqual(people(m), [['Иван Примеров', null, 'BY'], ['Нурлан Образцов', null, 'KZ'], ['Мурад Тестов', null, 'TM'], ['Фарход Примеров', null, 'TJ'], ['Бахтиёр Образцов', null, 'UZ']]);
    assert.equal(m?.participants[0]?.role, 'Министр иностранных дел');
  });
  test('three words after a state or a rank are all the name (Persian, Arabic, Spanish names); after other words the third is the role\'s', () => {
    assert.equal(parseRoleName('министр обороны Исламской Республики Иран бригадный генерал Мохаммад Реза Примери')?.name, 'Мохаммад Реза Примери');
    assert.equal(parseRoleName('министр обороны Исламской Республики Пакистан Хаваджа Мухаммад Примерни')?.name, 'Хаваджа Мухаммад Примерни');
    assert.equal(parseRoleName('мэр Примерска Иван Петров')?.name, 'Иван Петров');
    assert.equal(parseRoleName('бригадный генерал Мохаммад Реза Примери')?.rank, 'бригадный генерал');
  });
  test('a capitalized word after a preposition of place («в Астане», "in Sochi") is never a participant', () => {
    assert.equal(parseRoleName('присутствовали в Примерске'), null);
    const m = extractMeeting('Заседание прошло в смешанном формате: большинство делегаций присутствовали в Примерске, другие подключились по видеосвязи.', 'ru');
    assert.deepEqual(people(m), []);
  });
  test('"…, Colonel General Name, also attended" and "… Name also took part in the session"', () => {
    const a = extractMeeting('The meeting of the Council of Example Ministers was held in Sampletown. The Secretary General Ivan Examplov and the Chief of the Joint Staff, Colonel General Petr Samplov, also attended.', 'en');
    assert.deepEqual(people(a), [['Ivan Examplov', null, null], ['Petr Samplov', 'Colonel General', null]]);
    const b = extractMeeting('The session of the Council of Example Ministers was held in Sampletown. The Secretary General Anna Testova also took part in the session.', 'en');
    assert.deepEqual(people(b), [['Anna Testova', null, null]]);
  });
  test('«Армянскую делегацию возглавил …»: the head of a delegation took part, for the delegation\'s state', () => {
    const m = extractMeeting('В Примерске состоялось заседание Совета министров иностранных дел. Армянскую делегацию возглавил заместитель Министра иностранных дел Ашот Примерян.', 'ru');
    assert.deepEqual(people(m), [['Ашот Примерян', null, 'AM']]);
  });
  test('states beyond the region are told: Cuba, Viet Nam, Egypt, the United Arab Emirates', () => {
    assert.equal(stateCode('Prime Minister of the Republic of Cuba'), 'CU');
    assert.equal(stateCode('Министр иностранных дел Вьетнама'), 'VN');
    assert.equal(stateCode('Arab Republic of Egypt'), 'EG');
    assert.equal(stateCode('the United Arab Emirates'), 'AE');
  });
});

describe('meetings that the item does not report', () => {
  test('a sentence that counts meetings ("22 ministerial meetings and over 30 meetings of senior officials") sums up a year: news', () => {
    const item = one(`Example Chairmanship: a year of work\n\nThe Chairmanship, which ends on 31 December 2024, was one of the busiest: more than 150 events were held in 10 cities, including the summit in Sampletown, 20 ministerial meetings and over 30 meetings of senior officials.\n\n${EN_BODY}`);
    assert.equal(item.meeting, null);
    assert.equal(item.kind, 'news');
  });
  test('«На полях заседания …», "on the sidelines of the meeting": talks beside a meeting report no meeting', () => {
    assert.equal(extractMeeting('На полях заседания глава внешнеполитического ведомства провел двусторонние встречи с коллегами.', 'ru'), null);
    assert.equal(extractMeeting('On the sidelines of the session the Minister held bilateral talks with his counterparts.', 'en'), null);
  });
});

describe('bodies', () => {
  test('"The Eurasian Example Council meeting was held …": the body named before the word for its meeting', () => {
    assert.equal(extractMeeting('The Eurasian Example Council meeting was held in Sampletown on 8 June under the chairmanship of the Prime Minister Ivan Examplov.', 'en')?.body, 'Eurasian Example Council');
  });
});

describe('statements, titles and dates', () => {
  test('«Комментарий официального представителя … И.И.Примеровой …»: a statement, its author in the nominative', () => {
    const item = one(`Комментарий официального представителя МИД И.И.Примеровой в связи с годовщиной Договора\n\n${RU_BODY}\n\n${RU_BODY}`);
    assert.equal(item.kind, 'statement');
    assert.equal(item.author?.name, 'И.И. Примерова');
    assert.equal(item.author?.role, 'официальный представитель МИД');
  });
  test('"Interview of … to the newspaper …" under a headline and its date is a rubric: the headline is the title', () => {
    const item = one([
      'Ivan Examplov: "Our priority is practical cooperation"', '', '12.04.2023', '',
      'Interview of the Secretary General Ivan Examplov to the newspaper "Example Star"', '',
      '- Mr Examplov, you took office in January. What have the first months shown?', '',
      '- They were months of meetings and consultations with the member states, their ministries and their councils.', '',
      '- What comes next?', '',
      '- Joint training and crisis response, which the member states have asked for.', '',
      '- And the budget?', '',
      '- It stays as it was.',
    ].join('\n'));
    assert.equal(item.title, 'Ivan Examplov: "Our priority is practical cooperation"');
    assert.equal(item.date, '2023-04-12');
  });
  test('a date and time with a rubric beside it («Интервью 2023-02-15 10:42», «28 ноября 2019, 14:56 Пленарное заседание») is a date line', () => {
    assert.equal(datedLabelLine('Интервью 2023-02-15 10:42'), '2023-02-15');
    assert.equal(datedLabelLine('28 ноября 2019, 14:56 Пленарное заседание'), '2019-11-28');
    assert.equal(datedLabelLine('2024-02-07 09:30 UTC · Sampletown'), '2024-02-07');
    assert.equal(datedLabelLine('28 ноября 2019 Госдума ратифицировала протокол о подготовке кадров'), null);
    const html = `<html><head><title>t</title></head><body><div class="news-header"><span class="d">28 ноября 2019, 14:56</span>
<span class="r">Пленарное заседание</span></div><h1>Депутаты ратифицировали протокол о подготовке кадров</h1>
<div class="lead">Документ позволит расширить перечень специальностей, по которым обучаются слушатели из государств-членов</div>
<div class="body"><p>${RU_BODY}</p><p>${RU_BODY}</p></div></body></html>`;
    const item = one(html, 'p.html');
    assert.equal(item.date, '2019-11-28');
  });
  test('a long line without a full stop right under the <h1> is its lead, not a second headline', () => {
    const html = `<html><head><title>t</title></head><body><h1>Депутаты ратифицировали протокол о подготовке кадров</h1>
<div class="lead">Документ позволит расширить перечень специальностей, по которым обучаются слушатели из государств-членов</div>
<div class="body"><p>${RU_BODY}</p><p>${RU_BODY}</p></div></body></html>`;
    const item = one(html, 'p.html');
    assert.equal(item.title, 'Депутаты ратифицировали протокол о подготовке кадров');
    assert.ok(item.body.startsWith('Документ позволит'));
  });
  test('a role line over an initials-and-name line after the text signs it; the headline gives the given name', () => {
    const item = one(`Заявление Генерального секретаря Ивана Примерова в связи с завершением миссии\n\n${RU_BODY}\n\n${RU_BODY}\n\nГенеральный секретарь\nИ. Примеров\n\nНазад`);
    assert.equal(item.kind, 'statement');
    assert.equal(item.author?.name, 'Иван Примеров');
    assert.equal(item.author?.role, 'Генеральный секретарь');
    assert.ok(!item.dropped.some((d) => d.kind === 'related'));
  });
});

describe('navigation and lists of other items', () => {
  test('a row of links with a way home or back is navigation; a site\'s row of sections above the item too', () => {
    assert.equal(isMenuLine('На главную | Назад | Версия для печати'), 'navigation');
    assert.equal(isMenuLine('Website Policies | Help | Feedback | Sitemap'), 'menu');
    const item = one(`Example Site\nAbout | Events | Documents | Media | Contacts\n\nMinisters discuss trade\n\n${EN_BODY}\n\n${EN_BODY}`);
    assert.ok(item.dropped.some((d) => d.kind === 'navigation' && d.text.startsWith('About | Events')));
  });
  // The labelling convention (test/fixtures/import-labelling.md): a list of other items' headlines, dated or not, is
  // "related"; another item's headline with its lead, above or below this one, is a "teaser".
  test('dated headlines under "Other news" are related in text and HTML; entries with their leads are a teaser block', () => {
    const text = one(`Ministers discuss trade\n\n12.05.2023\n\n${EN_BODY}\n\n${EN_BODY}\n\nOther news in this section:\n11.05.2023\nWorking group meets in Sampletown\n10.05.2023\nSecretary General receives the Ambassador of Example`);
    assert.ok(text.dropped.some((d) => d.kind === 'related' && d.text.includes('Working group')));
    assert.ok(!text.dropped.some((d) => d.kind === 'teaser'));
    const led = one(`Ministers discuss trade\n\n12.05.2023\n\n${EN_BODY}\n\n${EN_BODY}\n\nOther news in this section:\n11.05.2023\nWorking group meets in Sampletown\nThe working group discussed the draft agreement on customs cooperation and agreed to meet again.`);
    assert.ok(led.dropped.some((d) => d.kind === 'teaser' && d.text.includes('Working group')));
    const page = (cls: string, heading: string, lead = '') => `<html><head><title>t</title></head><body><article><h1>Министры обсудили торговлю</h1><p>${RU_BODY}</p><p>${RU_BODY}</p></article>
<div class="${cls}"><h3>${heading}</h3><ul><li><span>11.05.2023</span> <a href="/n/1">Рабочая группа провела заседание</a>${lead}</li><li><span>10.05.2023</span> <a href="/n/2">Генеральный секретарь принял посла</a></li></ul></div></body></html>`;
    for (const [cls, heading] of [['more-news', 'More news'], ['col-sidebar', 'Последние новости'], ['related', 'Новости по теме'], ['latest-news', 'Latest news']]) {
      const item = one(page(cls!, heading!), 'p.html');
      assert.ok(item.dropped.some((d) => d.kind === 'related' && d.text.includes('Рабочая группа')), cls);
      assert.ok(!item.dropped.some((d) => d.kind === 'teaser'), cls);
    }
    const withLead = page('latest-news', 'Последние новости', '<p>Участники рабочей группы обсудили проект соглашения о таможенном сотрудничестве.</p>');
    assert.ok(one(withLead, 'p.html').dropped.some((d) => d.kind === 'teaser' && d.text.includes('Рабочая группа')));
  });
  test('a whole other item below this one is a teaser; a site\'s name and address above it are its masthead', () => {
    const item = one(`Cabinet of Ministers of Example\nOfficial website\n\n[ Home ] [ Cabinet ] [ Press center ] [ Documents ] [ Open data ]\n\n12.05.2023\n\nMinisters discuss trade\n\n${EN_BODY}\n\n${EN_BODY}\n\nWorking group meets in Sampletown\n\n11.05.2023\n\nOn 11 May 2023 the working group discussed the draft agreement on customs cooperation in Sampletown.`);
    assert.equal(item.title, 'Ministers discuss trade');
    assert.ok(item.dropped.some((d) => d.kind === 'teaser' && d.text.includes('Working group')));
    assert.ok(!item.dropped.some((d) => d.kind === 'teaser' && d.text.includes('Official website')));
  });
  test('a heading of a few words inside the text heads a part of it, not another item', () => {
    const item = one(`<html><head><title>t</title></head><body><article><h1>Call for applications: workshop on financial investigations</h1><p>${EN_BODY}</p><p>${EN_BODY}</p><h3>Eligibility</h3><ul><li>three years of experience;</li><li>working knowledge of Russian.</li></ul><p>Travel and accommodation of selected participants will be covered by the organizers of the workshop.</p></article></body></html>`, 'p.html');
    assert.ok(item.body.includes('Travel and accommodation'));
    assert.ok(!item.dropped.some((d) => d.kind === 'teaser' || d.kind === 'related'));
  });
});

describe('limits of the round-4 rules', () => {
  test('"Name, General Director of …" keeps its comma: a role, not a rank, follows', () => {
    const m = extractMeeting('The meeting of the Council of Example Ministers was held in Sampletown. The meeting was attended by: Ivan Examplov, General Director of the Example Agency; Anna Testova, Minister of Trade of the Republic of Belarus.', 'en');
    assert.deepEqual(people(m), [['Ivan Examplov', null, null], ['Anna Testova', null, 'BY']]);
  });
  test('a year before "meetings" is no count of them', () => {
    assert.equal(extractMeeting('As every year since 2015 summits of the organisation opened the season, the meeting of the Council of Defence Ministers was held in Sampletown on 3 May 2023.', 'en')?.body, 'Council of Defence Ministers');
  });
});
