import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { extractSource, SourceRejected, decode } from '../../src/importing/extract.ts';
import { extractFromBlocks, textToBlocks, parseRoleName } from '../../src/importing/extract-text.ts';
import { findDates, heldDate, leadingDate, relativeMentions, resolveRelative, standaloneDate, chronoDate } from '../../src/importing/extract-dates.ts';
import { matchPerson, namesMatch } from '../../src/importing/domain.ts';
import { one, enc } from './support.ts';

const SEED = join(process.cwd(), '..', 'shared', 'seed', '000_d909b6a51c2df831.txt');

const PEOPLE = [
  { id: 1, names: ['Suren Papikyan', 'Сурен Папикян', 'Suren Papikian'] },
  { id: 2, names: ['Sergei Shoigu', 'Сергей Шойгу'] },
  { id: 3, names: ['Stanislav Zas', 'Станислав Зась'] },
  { id: 4, names: ['Viktor Khrenin', 'Виктор Хренин'] },
  { id: 5, names: ['Vladimir Zaynetdinov', 'Владимир Зайнетдинов'] },
  { id: 6, names: ['Vladimir Putin', 'Владимир Путин'] },
];

describe('the seed page', () => {
  test('yields the statement of 2020 as the main item, never dated 2022-05-24, with the teaser dropped', { skip: !existsSync(SEED) && 'seed page not present' }, () => {
    const item = one(readFileSync(SEED, 'utf8'), 'seed.txt', { people: PEOPLE });
    assert.equal(item.title, 'On the situation that arose in connection with the resumption of the armed conflict in Nagorno-Karabakh');
    assert.equal(item.kind, 'statement');
    assert.equal(item.locale, 'en');
    assert.notEqual(item.date, '2022-05-24');
    assert.ok(item.date === null || item.dateCertain === false);
    assert.ok(item.warnings.some((w) => w.code.startsWith('date.')));
    assert.ok(item.warnings.some((w) => w.code === 'date.relative_unresolved'));
    const teaser = item.dropped.find((d) => d.kind === 'teaser');
    assert.ok(teaser && teaser.text.includes('May 24, 2022'));
    assert.ok(!item.body.includes('May 24, 2022'));
    assert.ok(!item.body.includes('Go back'));
    assert.deepEqual(item.dropped.filter((d) => d.kind === 'navigation').map((d) => d.text), ['Go back', 'Back to the section', 'Back to the all news']);
    assert.equal(item.meeting, null);
    assert.equal(item.author?.name, 'Stanislav Zas');
    assert.equal(item.author?.role, 'CSTO Secretary General');
    assert.equal(item.author?.personId, 3);
    assert.deepEqual(item.contacts, [{ name: 'Vladimir Zaynetdinov', role: 'CSTO Press Secretary', phones: ['+74957952710', '+74956213323'] }]);
  });
});

describe('dates', () => {
  test('"On May 24, 2022, …" opens a paragraph', () => {
    assert.equal(leadingDate('On May 24, 2022, the ministers met.')?.date, '2022-05-24');
  });
  test('"YEREVAN, MAY 24, ARMENPRESS." has no year and says so', () => {
    const d = leadingDate('YEREVAN, MAY 24, ARMENPRESS. The ministers met.');
    assert.equal(d?.date, null);
    assert.equal(d?.month, 5);
    assert.equal(d?.day, 24);
    const item = one('Defence ministers met in Yerevan\n\nYEREVAN, MAY 24, ARMENPRESS. The defence ministers of the member states met in the Armenian capital to discuss joint exercises.');
    assert.equal(item.date, null);
    assert.ok(item.warnings.some((w) => w.code === 'date.no_year'));
  });
  test('"… was held 23.11.2023" and "24.05.2022"', () => {
    assert.equal(heldDate('The session of the Council was held 23.11.2023 in Minsk.')?.date, '2023-11-23');
    assert.equal(standaloneDate('24.05.2022'), '2022-05-24');
  });
  test('"11/28/2019 14:56:41" on a line of its own', () => {
    assert.equal(standaloneDate('11/28/2019 14:56:41'), '2019-11-28');
    const item = one('A working group met in Bishkek\n11/28/2019 14:56:41\nThe working group on Afghanistan met to discuss the situation on the border and agreed on next steps.');
    assert.equal(item.date, '2019-11-28');
    assert.equal(item.dateCertain, true);
  });
  test('"24 мая 2022 года" and «27 сентября текущего года»', () => {
    assert.equal(leadingDate('24 мая 2022 года состоялось заседание.')?.date, '2022-05-24');
    const [d] = findDates('возобновление конфликта 27 сентября текущего года');
    assert.equal(d?.year, null);
    assert.equal(d?.relativeYear, 'this');
    const rel = relativeMentions('возобновление конфликта 27 сентября текущего года')[0]!;
    assert.equal(resolveRelative(rel, '2020-09-28'), '2020-09-27');
  });
  test('"VIENNA/TIRANA, 9 October 2020 –"', () => {
    assert.equal(leadingDate('VIENNA/TIRANA, 9 October 2020 – The OSCE Chairperson said today that…')?.date, '2020-10-09');
  });
  test('"held today, on May 24" takes its year from the page, not from elsewhere', () => {
    const h = heldDate('A meeting of the Council was held today, on May 24, via videoconference.');
    assert.equal(h?.today, true);
    assert.equal(h?.month, 5);
    const dated = one('Ministers met online\n24.05.2022\nA meeting of the Council of Defence Ministers was held today, on May 24, via videoconference. The ministers discussed exercises.');
    assert.equal(dated.date, '2022-05-24');
  });
  test('"September 27, this year" resolves against the item\'s own date only', () => {
    const rel = relativeMentions('on September 27, this year.')[0]!;
    assert.equal(rel.kind, 'dated_this_year');
    assert.equal(resolveRelative(rel, '2020-09-28'), '2020-09-27');
    assert.equal(chronoDate('on September 27, this year', '2020-09-28'), '2020-09-27');
    assert.equal(chronoDate('on September 27, this year'), null);
    const week = relativeMentions('на прошлой неделе')[0]!;
    assert.equal(resolveRelative(week, '2022-05-24'), '2022-05-17');
  });
  test('a weekday before a date is recorded', () => {
    assert.equal(findDates('Tuesday, 25 May 2022')[0]?.weekday, 2);
  });
});

describe('meetings', () => {
  test('English: body, format, chair and participants with state, rank and name', () => {
    const item = one([
      'Defence ministers discussed the situation',
      '',
      'On 24 May 2022, under the chairmanship of the Minister of Defence of the Republic of Armenia Suren Papikyan, a meeting of the CSTO Council of Defence Ministers was held via videoconferencing.',
      '',
      'The defence ministers of the Republic of Belarus (Lieutenant General Viktor Khrenin), of the Russian Federation (Army General Sergei Shoigu), as well as the CSTO Secretary General Stanislav Zas participated in the meeting.',
    ].join('\n'), 'm.txt', { people: PEOPLE });
    assert.equal(item.kind, 'meeting_report');
    assert.equal(item.date, '2022-05-24');
    const m = item.meeting!;
    assert.equal(m.body, 'Council of Defence Ministers');
    assert.equal(m.format, 'videoconference');
    assert.deepEqual({ ...m.chair }, { name: 'Suren Papikyan', role: 'Minister of Defence of the Republic of Armenia', state: 'AM', personId: 1 });
    assert.deepEqual(m.participants.map((p) => [p.name, p.rank, p.state, p.personId]), [
      ['Viktor Khrenin', 'Lieutenant General', 'BY', 4], ['Sergei Shoigu', 'Army General', 'RU', 2], ['Stanislav Zas', null, null, 3],
    ]);
  });
  test('Russian: «под председательством», «в режиме видеоконференции», participants in brackets', () => {
    const item = one([
      'Заседание Совета министров обороны ОДКБ',
      '',
      '24 мая 2022 года под председательством Министра обороны Республики Армения Сурена Папикяна в режиме видеоконференции состоялось заседание Совета министров обороны ОДКБ.',
      '',
      'В заседании приняли участие министры обороны Республики Беларусь (генерал-лейтенант Виктор Хренин), Российской Федерации (генерал армии Сергей Шойгу), а также Генеральный секретарь ОДКБ Станислав Зась.',
    ].join('\n'), 'm.txt', { people: PEOPLE, personName: (id) => PEOPLE.find((p) => p.id === id)!.names[1] });
    assert.equal(item.locale, 'ru');
    assert.equal(item.kind, 'meeting_report');
    const m = item.meeting!;
    assert.equal(m.body, 'Совет министров обороны');
    assert.equal(m.format, 'videoconference');
    assert.equal(m.chair?.name, 'Сурен Папикян');
    assert.equal(m.chair?.role, 'Министр обороны Республики Армения');
    assert.equal(m.chair?.state, 'AM');
    assert.deepEqual(m.participants.map((p) => [p.name, p.rank, p.state]), [
      ['Виктор Хренин', 'генерал-лейтенант', 'BY'], ['Сергей Шойгу', 'генерал армии', 'RU'], ['Станислав Зась', null, null],
    ]);
  });
  test('in person: "in Minsk" / «в Минске»', () => {
    const en = one('Foreign ministers met\n\nOn 30 June 2023, a meeting of the CSTO Council of Foreign Ministers was held in Minsk under the chairmanship of the Minister of Foreign Affairs of the Republic of Belarus Sergei Aleinik.');
    assert.equal(en.meeting?.format, 'in_person');
    assert.equal(en.meeting?.location, 'Minsk');
    assert.equal(en.meeting?.body, 'Council of Foreign Ministers');
    const ru = one('Заседание СМИД\n\n30 июня 2023 года в Минске состоялось заседание Совета министров иностранных дел ОДКБ.');
    assert.equal(ru.meeting?.location, 'Минск');
    assert.equal(ru.meeting?.format, 'in_person');
  });
});

describe('names across scripts and spellings', () => {
  test('Papikian = Papikyan = Папикян; Shoygu = Shoigu = Шойгу; oblique cases', () => {
    assert.ok(namesMatch('Suren Papikian', 'Suren Papikyan'));
    assert.ok(namesMatch('Сурен Папикян', 'Suren Papikyan'));
    assert.ok(namesMatch('Sergey Shoygu', 'Sergei Shoigu'));
    assert.ok(namesMatch('Сергей Шойгу', 'Sergey Shoygu'));
    assert.ok(namesMatch('Сурена Папикяна', 'Suren Papikyan'));
    assert.ok(namesMatch('Vladimir Zainetdinov', 'Владимир Зайнетдинов'));
    assert.ok(namesMatch('Viktar Khrenin', 'Виктор Хренин'));
    assert.ok(!namesMatch('Vladimir Putin', 'Vladimir Zaynetdinov'));
    assert.ok(!namesMatch('Andrei Belousov', 'Andrei Serdyukov'));
    assert.equal(matchPerson('Shoygu', PEOPLE), 2);
    assert.equal(matchPerson('Ivan Ivanov', PEOPLE), null);
  });
  test('an unknown name is kept as written and flagged', () => {
    const item = one('Ministers met\n\nOn 1 March 2021, a meeting of the Council of Defence Ministers was held in Moscow under the chairmanship of the Minister of Defence of the Russian Federation Ivan Petrovsky.', 'x.txt', { people: PEOPLE });
    assert.equal(item.meeting?.chair?.name, 'Ivan Petrovsky');
    assert.equal(item.meeting?.chair?.personId, null);
    assert.ok(item.warnings.some((w) => w.code === 'person.unknown' && w.message.includes('Ivan Petrovsky')));
  });
  test('role, rank and name are split', () => {
    assert.deepEqual(parseRoleName('the Head of the CSTO Joint Staff - Colonel General Anatoly Sidorov'), { role: 'Head of the CSTO Joint Staff', rank: 'Colonel General', name: 'Anatoly Sidorov' });
  });
});

describe('HTML and encodings', () => {
  const page = (charset: string) => `<!doctype html><html lang="ru"><head><meta charset="${charset}"><title>Новости</title>
<link rel="canonical" href="https://old.example.org/news/item.php?id=77"></head><body>
<ul class="menu"><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li></ul>
<div class="last-news"><h3>Заседание СМО</h3><p>24 мая 2022 года состоялось заседание Совета министров обороны ОДКБ.</p></div>
<div class="content"><h1>Заявление Генерального секретаря ОДКБ</h1><div class="date">28.09.2020</div>
<p>Генеральный секретарь ОДКБ Станислав Зась выражает серьезную обеспокоенность возобновлением вооруженного конфликта 27 сентября текущего года.</p>
<p>Необходимо незамедлительно прекратить огонь и вернуться за стол переговоров; решение возможно только политическими средствами.</p>
<p>Пресс-секретарь ОДКБ Владимир Зайнетдинов<br>+7 495 795-27-10</p>
<p><a href="/news/">Вернуться к списку</a></p></div>
<div class="related"><h3>Читайте также</h3><ul><li><a href="/x">Другая новость</a></li></ul></div>
<div class="footer">© ОДКБ. Все права защищены.</div></body></html>`;
  for (const [charset, encoding] of [['utf-8', 'utf8'], ['windows-1251', 'win1251'], ['koi8-r', 'koi8-r']] as const) {
    test(`a Russian page in ${charset}: item, date from the page, canonical address, boilerplate dropped`, () => {
      const r = extractSource(iconv.encode(page(charset), encoding), { name: 'p.html' });
      const item = r.items[0]!;
      assert.equal(r.originalUrl, 'https://old.example.org/news/item.php?id=77');
      assert.equal(item.title, 'Заявление Генерального секретаря ОДКБ');
      assert.equal(item.kind, 'statement');
      assert.equal(item.date, '2020-09-28');
      assert.equal(item.locale, 'ru');
      assert.ok(!item.body.includes('2022'));
      assert.ok(!item.body.includes('Вернуться'));
      const kinds = new Set(item.dropped.map((d) => d.kind));
      for (const k of ['teaser', 'related', 'footer', 'navigation'] as const) assert.ok(kinds.has(k), `dropped ${k}`);
      assert.deepEqual(item.contacts[0]?.phones, ['+74957952710']);
    });
  }
  test('bytes without a declared charset: Windows-1251 and KOI8-R told apart', () => {
    const text = 'Заседание Совета министров обороны состоялось в Москве, министры обсудили совместные учения.';
    assert.equal(decode(iconv.encode(text, 'win1251'), false).encoding, 'windows-1251');
    assert.equal(decode(iconv.encode(text, 'koi8-r'), false).encoding, 'koi8-r');
    assert.equal(decode(iconv.encode(text, 'koi8-r'), false).text, text);
  });
});

describe('bad sources', () => {
  const reject = (bytes: Uint8Array, name: string, pattern: RegExp) => {
    assert.throws(() => extractSource(bytes, { name }), (e: unknown) => e instanceof SourceRejected && pattern.test(e.reason));
  };
  test('empty, white space, binary, huge, truncated', () => {
    reject(new Uint8Array(0), 'a.txt', /empty/);
    reject(enc('   \n\n  '), 'a.txt', /white space/);
    reject(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), 'a.html', /binary/);
    reject(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61), 'a.txt', /MB/);
    reject(enc('<html><head><title>x</title></head><body><p>Some text of a page that was cut off in the mid'), 'a.html', /truncated/);
  });
  test('broken HTML still yields what it can', () => {
    const item = one('<html><body><h1>Ministers met<p>On 2 June 2021, a meeting of the Council of Defence Ministers was held in Dushanbe.<div><p>Unclosed</body>', 'b.html');
    assert.equal(item.date, '2021-06-02');
  });
  test('a page of boilerplate only is refused with a reason', () => {
    reject(enc('Go back\nBack to the section\nBack to the all news\n'), 'n.txt', /no text/);
  });
});

describe('blocks', () => {
  test('hard-wrapped text paragraphs are joined again', () => {
    const { blocks } = textToBlocks('A title of the item\n\nThe Secretary General met the ambassadors of the member states in the\nheadquarters of the Organization today.');
    assert.equal(blocks.length, 2);
    assert.equal(extractFromBlocks(blocks)[0]?.title, 'A title of the item');
  });
});

describe('a headline that reports an official\'s words', () => {
  test('over a body in that official\'s voice is their statement, with them as its author (en, ru)', () => {
    const en = one('Monday, 28 September 2020\n\nCSTO Secretary General calls for ceasefire in Nagorno-Karabakh\n\nThe CSTO Secretary General Stanislav Zas calls on the parties to the conflict to stop the hostilities immediately.\n', 'a.txt', { people: PEOPLE });
    assert.equal(en.kind, 'statement');
    assert.equal(en.author?.name, 'Stanislav Zas');
    const ru = one('28.09.2020\n\nГенеральный секретарь ОДКБ осуждает обстрелы населённых пунктов\n\nГенеральный секретарь ОДКБ Станислав Зась осуждает обстрелы населённых пунктов и призывает стороны прекратить огонь.\n', 'b.txt', { people: PEOPLE });
    assert.equal(ru.kind, 'statement');
    assert.equal(ru.author?.name, 'Станислав Зась');
  });
  test('but a headline about a meeting of that official stays news', () => {
    const item = one('12 December 2023\n\nCSTO Secretary General meets Ambassador of India\n\nThe CSTO Secretary General Stanislav Zas met the Ambassador of India. They discussed cooperation.\n', 'c.txt', { people: PEOPLE });
    assert.equal(item.kind, 'news');
    assert.equal(item.author, null);
  });
});

// JavaScript's \b knows only ASCII letters: next to a Cyrillic word it never matches, so these
// Russian forms were silently ignored until the boundaries were made Unicode-aware.
describe('Russian words at word boundaries', () => {
  test('«состоялось 24 мая 2022 года» dates the event', () => {
    assert.equal(heldDate('Заседание Совета министров обороны состоялось 24 мая 2022 года в Минске.')?.date, '2022-05-24');
  });
  test('«Опубликовано:» and «Дата:» lines are date lines', () => {
    assert.equal(standaloneDate('Опубликовано: 24 мая 2022 года'), '2022-05-24');
    assert.equal(standaloneDate('Дата: 24.05.2022'), '2022-05-24');
  });
  test('an interview is told by «интервью» anywhere in the headline', () => {
    assert.equal(one('Большое интервью Генерального секретаря ОДКБ\n\nВопрос: Как вы оцениваете ситуацию в регионе?\n').kind, 'interview');
  });
});
