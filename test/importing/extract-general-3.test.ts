// General rules added after a third blind set: each test is one rule an engineer would write having seen
// many press sites (lists of other items, header lines outside the article, interviews, participants,
// bodies, chairs, announcements, contacts). Pages here are made up; none is a fixture's text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bylineOf, extractMeeting, isQaLayout, withoutOrganization } from '../../src/importing/extract-text.ts';
import { isCookieNotice, NAVIGATION_LINES, RELATED_HEADINGS } from '../../src/importing/domain.ts';
import { one, participantsOf as names, RU_BODY } from './support.ts';


const EN_PARA_1 = 'Today the world marks the Day of Example, set up by the General Assembly as a day devoted to the ideals of peace among all peoples.';
const EN_PARA_2 = 'This year the day is observed at a time when humanity faces hard challenges, which know no borders and remind us how much we depend on each other.';

describe('lists of other items above the item', () => {
  test('a headline over two full paragraphs ends a list of other items, however short its lead, and a date line above it is its own', () => {
    const item = one([
      'Example Cooperation Organisation', '',
      'Latest',
      'On 10 September 2020, the meeting of the Council of Example Ministers was held in Moscow under the chairmanship of the Minister Ivan Examplov. The ministers discussed many things of common interest. Read more', '',
      'September 21, 2020', '',
      'Statement by the Secretary-General Anna Example on the Day of Example', '',
      EN_PARA_1, '', EN_PARA_2, '',
      'Back to list',
    ].join('\n'));
    assert.equal(item.title, 'Statement by the Secretary-General Anna Example on the Day of Example');
    assert.equal(item.date, '2020-09-21');
    assert.ok(item.body.startsWith('Today the world'));
    assert.ok(item.dropped.some((d) => d.kind === 'teaser' && d.text.includes('Council of Example Ministers')));
  });
  test('"Top news", «Главные новости» head lists of other items; a lone "Main" does not', () => {
    for (const line of ['Top news', 'Main stories', 'ГЛАВНЫЕ НОВОСТИ', 'Важные события:']) assert.ok(RELATED_HEADINGS.test(line), line);
    assert.ok(!RELATED_HEADINGS.test('Main'));
    assert.ok(!RELATED_HEADINGS.test('Top officials meet in Minsk'));
  });
  test('a headline and its date line under a list of dated headlines open the item', () => {
    const item = one([
      'Пример Организации', '',
      'ГЛАВНЫЕ НОВОСТИ',
      '20.05.2022 В Минске состоялось заседание Совета министров примеров',
      '18.05.2022 Иван Примеров провел встречу с послом', '',
      'Иван Примеров: «Сотрудничество остается востребованным»',
      '24 мая 2022 года', '',
      'Председатель Исполнительного комитета Иван Примеров рассказал о работе организации в первой половине года.', '',
      RU_BODY,
    ].join('\n'));
    assert.equal(item.title, 'Иван Примеров: «Сотрудничество остается востребованным»');
    assert.equal(item.date, '2022-05-24');
  });
});

describe('header lines outside the article box', () => {
  const page = (label: string, headerLines: string, body: string) => `<!doctype html><html><head><title>X</title></head><body>
<div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a> <a href="/contacts">Contacts</a></div>
<div class="wrap"><p class="section">${label}</p>
<h1>Message of the Director-General on the Day of Example</h1>
<div class="meta">${headerLines}</div>
<div class="article">${body}</div></div>
<div class="foot">© 2022 Example Office. All rights reserved.</div>
</body></html>`;
  const body = `<p>${EN_PARA_1} The Day reminds us of what the Charter promised to the peoples of the world.</p><p>${EN_PARA_2} Let us use it to recommit ourselves to the purposes of the Charter.</p><p>Here in this city, the busiest centre of diplomacy, we see every day that there is no alternative to dialogue between states.</p>`;
  test('a section label above the headline and a date line with a weekday and a place below it are the item\'s', () => {
    const item = one(page('Press release', '<p>Wednesday, 24 March 2021 | Vienna / Tashkent</p>', body), 'p.html');
    assert.equal(item.date, '2021-03-24');
    assert.equal(item.kind, 'press_release');
  });
  test('a byline under the headline names a statement\'s author', () => {
    const item = one(page('Statement', '<p>24 October 2022</p><p>Anna Example, Director-General, Example Office at Geneva</p>', body), 'p.html');
    assert.equal(item.kind, 'statement');
    assert.equal(item.date, '2022-10-24');
    assert.equal(item.author?.name, 'Anna Example');
  });
  test('in a text page too, a byline right under the headline is a statement\'s author, not its text', () => {
    const item = one(['Statement on the Day of Example', '', 'Anna Example, Secretary General', '', '24 October 2022', '', EN_PARA_1, '', EN_PARA_2].join('\n'));
    assert.equal(item.author?.name, 'Anna Example');
    assert.ok(item.body.startsWith('Today the world'));
  });
  test('a date and a byline on one line outside the article ("24.03.2021 By Anna Example, Spokesperson") give both', () => {
    const html = `<html><body><h1>Statement by the Foreign Ministry on the border</h1><div class="meta"><span class="date">24.03.2021</span> <span class="author">By Anna Example, Spokesperson</span></div>
<div class="content"><p>The Ministry expresses deep concern over the escalation at the border and calls on the parties to show restraint and to return to talks.</p><p>${EN_PARA_2}</p></div></body></html>`;
    const item = one(html, 'p.html');
    assert.equal(item.date, '2021-03-24');
    assert.equal(item.author?.name, 'Anna Example');
  });
  test('a byline is a person\'s name, then a role; not a sentence, a date or a place', () => {
    assert.deepEqual(bylineOf('Anna Example, Director-General, Example Office'), { name: 'Anna Example', role: 'Director-General, Example Office' });
    assert.equal(bylineOf('Vienna, Austria'), null);
    assert.equal(bylineOf('Anna Example said the talks went well, and left.'), null);
    assert.equal(bylineOf('Anna Example'), null);
    assert.equal(bylineOf('Anna Example, 24 October 2022'), null);
  });
  test('a breadcrumb left outside the article is navigation', () => {
    const html = `<!doctype html><html><head><title>X</title></head><body>
<div class="top"><span>Главная » Новости » Новости комитета</span></div>
<div class="wrap"><h1>Комитет подвел итоги года</h1>
<div class="article"><p>${RU_BODY}</p><p>${RU_BODY}</p></div></div></body></html>`;
    const item = one(html, 'p.html');
    assert.ok(item.dropped.some((d) => d.kind === 'navigation' && d.text.startsWith('Главная')));
  });
});

describe('interviews', () => {
  const qa = [
    'Иван Примеров ответил на вопросы информационного агентства.',
    '– Иван Петрович, на прошлой неделе в Минске прошло заседание Совета министров. Какие его итоги вы бы выделили?',
    '– Прежде всего то, что министры сосредоточились на практических вопросах и подписали двенадцать документов.',
    '– Что вы отвечаете скептикам?',
    '– Отвечу цифрами: торговля выросла более чем на треть.',
    '– Спасибо за беседу.',
  ];
  test('questions and answers set out as dash turns are an interview\'s layout', () => {
    assert.ok(isQaLayout(qa));
    assert.ok(isQaLayout(['Q: What was decided?', 'A: A plan of work.', 'Q: And next year?', 'A: A summit.']));
    assert.ok(!isQaLayout(['– первый пункт;', '– второй пункт;', '– третий пункт;', '– четвертый пункт.']), 'a dashed list is not a dialogue');
  });
  test('"Q: …?" and "– …?" lines are turns of a dialogue, never headlines', () => {
    const item = one(['Interview of the Secretary General Ivan Example to the Example Agency', '', '24 March 2021', '',
      'Q: What did the meeting of the Council decide?', '', 'A: It adopted a plan of work for the year.', '', 'Q: What comes next?', '', 'A: A summit in the autumn.'].join('\n'));
    assert.equal(item.title, 'Interview of the Secretary General Ivan Example to the Example Agency');
    assert.equal(item.kind, 'interview');
    assert.ok(item.body.startsWith('Q: What did'));
  });
  test('a Q&A page is an interview with no meeting, and the interviewer\'s line is not its author', () => {
    const item = one(['Иван Примеров: «Содружество остается востребованным»', '24 мая 2022 года', '', ...qa.flatMap((p) => [p, '']), 'Беседовала Анна Примерова, Агентство'].join('\n'));
    assert.equal(item.kind, 'interview');
    assert.equal(item.meeting, null);
    assert.equal(item.author, null);
  });
});

describe('participants', () => {
  test('"Rank Name (State)" keeps the rank with the name and takes the state; "taking part in the meeting" opens the list', () => {
    const m = extractMeeting('ASTANA, 5 July 2023 - The regular meeting of the Coordination Council for Emergencies was held in Astana today under the chairmanship of the Minister Ivan Examplov.\n\nHeads of delegations taking part in the meeting: Colonel Aram Examplyan (Republic of Armenia), Major General Vadim Examplov (Republic of Belarus) and Lieutenant General Rustam Examplzoda (Republic of Tajikistan).', 'en');
    assert.deepEqual(names(m), [['Aram Examplyan', 'Colonel', 'AM'], ['Vadim Examplov', 'Major General', 'BY'], ['Rustam Examplzoda', 'Lieutenant General', 'TJ']]);
  });
  test('"X was represented by …", "… also took part in the work of the Council" name participants', () => {
    const m = extractMeeting('On 4 May 2021, the meeting of the Council of Example Ministers was held in Minsk. The Secretariat was represented by Deputy Secretary General Samir Examplov. Secretary General Ivan Examplov also took part in the work of the Council.', 'en');
    assert.deepEqual(names(m).map((p) => p[0]).sort(), ['Ivan Examplov', 'Samir Examplov']);
  });
  test('«… участвовал …», «… был представлен …» name participants in Russian, in the nominative', () => {
    const m = extractMeeting('Москва, 3 апреля 2023 г. - Состоялось заседание Совета министров примеров.\n\nОт Исполнительного комитета в заседании участвовал директор Департамента Ильдар Примеров. Секретариат был представлен заместителем Генерального секретаря Сергеем Примеровым.', 'ru');
    assert.deepEqual(names(m).map((p) => p[0]).sort(), ['Ильдар Примеров', 'Сергей Примеров']);
  });
  test('participants named in the fourth paragraph (observers) are found', () => {
    const m = extractMeeting('Заседание Совета министров примеров прошло в Минске.\n\nПредседательствовал министр Республики Беларусь Иван Примеров.\n\nВ заседании приняли участие министр Республики Армения Арам Примерян и министр Республики Казахстан Асхат Примеров.\n\nВ качестве наблюдателя в работе совета участвовал министр Республики Узбекистан Абдулла Примеров.', 'ru');
    assert.ok(names(m).some((p) => p[0] === 'Абдулла Примеров' && p[2] === 'UZ'));
  });
});

describe('meeting bodies and chairs', () => {
  test('«Заседание прошло под председательством …» names no body: the verb is not the body\'s name', () => {
    const m = extractMeeting('Заседание прошло под председательством Министра иностранных дел Республики Армения Арарата Примеряна.', 'ru');
    assert.equal(m?.body, null);
    assert.equal(m?.chair?.name, 'Арарат Примерян');
  });
  test('"Participants:" and «Участники:» open a list of who took part', () => {
    const m = extractMeeting('The meeting of the Council of Foreign Ministers took place in Dushanbe. Participants: Foreign Minister of Armenia Ararat Examplyan; Foreign Minister of Belarus Vladimir Examplei; Secretary General Stanislav Examplas.', 'en');
    assert.deepEqual(names(m), [['Ararat Examplyan', null, 'AM'], ['Vladimir Examplei', null, 'BY'], ['Stanislav Examplas', null, null]]);
    const r = extractMeeting('Заседание Совета министров обороны прошло в Москве. Участники: министр обороны Республики Армения Сурен Примерян; министр обороны Республики Беларусь Виктор Примерин.', 'ru');
    assert.equal(r?.participants.length, 2);
  });
  test('the organization\'s acronym before a body and «государств - участников …» after it are cut', () => {
    assert.equal(withoutOrganization('CSTO Coordination Council for Emergency Situations'), 'Coordination Council for Emergency Situations');
    assert.equal(withoutOrganization('Межгосударственного совета по чрезвычайным ситуациям государств - участников СНГ'), 'Межгосударственного совета по чрезвычайным ситуациям');
    assert.equal(withoutOrganization('Council of Heads of State of the member states'), 'Council of Heads of State');
    assert.equal(withoutOrganization('SCO Council'), 'SCO Council', 'a one-word body keeps its acronym');
  });
  test('a commission of a statutory body is the body that met, not its parent', () => {
    const m = extractMeeting('Состоялось заседание Постоянной комиссии Парламентской Ассамблеи ОДКБ по вопросам обороны и безопасности. Заседание провел председатель комиссии Андрей Примеров.', 'ru');
    assert.equal(m?.body, 'Постоянная комиссия по вопросам обороны и безопасности');
    const parent = extractMeeting('The meeting of the Working group on information security under the Council of Foreign Ministers was held in Minsk.', 'en');
    assert.notEqual(parent?.body, 'Working group on information security under the');
  });
  test('«под председательством» a role with commas in it runs on to the name', () => {
    const m = extractMeeting('Москва, 3 апреля 2023 г. - Под председательством Министра по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий Александра Примерова состоялось заседание Совета министров примеров.', 'ru');
    assert.equal(m?.chair?.name, 'Александр Примеров');
  });
  test('«в прошлом месяце» is not «прошло»: a meeting mentioned in the past is not one the item reports', () => {
    assert.equal(extractMeeting('Генеральный секретарь осуждает теракт. Это подтверждает оценки, высказанные на заседании Комитета секретарей советов безопасности в прошлом месяце.', 'ru'), null);
  });
  test('"held in March 2021", "held in English and Russian" name no venue, so no in-person format', () => {
    for (const text of ['The meeting of the Permanent Council was held in March 2021 to review the budget.', 'The meeting of the Permanent Council was held in English and Russian.']) {
      const m = extractMeeting(text, 'en');
      assert.equal(m?.location, null, text);
      assert.equal(m?.format, null, text);
    }
    assert.equal(extractMeeting('The meeting of the Permanent Council was held in Geneva.', 'en')?.format, 'in_person');
  });
  test('a summit "to be held" later is not a meeting the item reports, and names no format', () => {
    assert.equal(extractMeeting('During its Chairship, the country will host more than 200 events, culminating in the Summit to be held in Durban in August 2023.', 'en'), null);
  });
});

describe('announcements and contacts', () => {
  test('a section label with the release\'s number ("PRESS RELEASE No. 12/2021", «Пресс-релиз № 45») still gives the kind', () => {
    assert.equal(one(`PRESS RELEASE No. 12/2021\n\nMinisters meet in Minsk\n\n24 March 2021\n\n${EN_PARA_1}`).kind, 'press_release');
    assert.equal(one(`Пресс-релиз № 45\n\nМинистры встретились в Минске\n\n24 марта 2021 года\n\n${RU_BODY}`).kind, 'press_release');
  });
  test('an event that "will open", with a call for media accreditation, is an announcement', () => {
    const item = one(['Exhibition "Thirty Years of Diplomacy" to open at the National Library', '', 'Published: 14.09.2021 10:15', '',
      'On 17 September, at 15.00, the photo and documentary exhibition "Thirty Years of Diplomacy" will open at the National Library.', '',
      'The exhibition presents more than 200 photographs and archival documents telling about the history of the diplomatic service.', '',
      'Representatives of the media wishing to cover the opening ceremony are requested to apply for accreditation by 16 September.'].join('\n'));
    assert.equal(item.kind, 'announcement');
    assert.equal(item.date, '2021-09-14');
  });
  test('national numbers are read as of the page\'s own international numbers, or of a neighbour with a trunk 8', () => {
    const za = one(['Minister hosts the forum', '', `PRETORIA, 3 January 2023 – ${EN_PARA_1}`, '', 'Enquiries:', 'Anna Example, Director: Media Liaison', 'Cell: +27 (0)82 453 1190', '', 'Piet Example, Deputy Director: Media Liaison', 'Cell: 079 502 7734'].join('\n'));
    assert.deepEqual(za.contacts.flatMap((c) => c.phones), ['+27824531190', '+27795027734']);
    const by = one(['Министр провел встречу', '', `Минск, 22 ноября 2023 г. ${RU_BODY}`, '', 'Пресс-служба министерства: тел. 8 (017) 297-14-56'].join('\n'));
    assert.deepEqual(by.contacts.flatMap((c) => c.phones), ['+375172971456']);
  });
});

describe('cookie notices', () => {
  test('a cookie notice and its buttons are the site\'s, neither a teaser nor text of the item', () => {
    const item = one(['We use cookies to give you the best experience on our website. By continuing to browse the site you agree to our use of cookies.', 'Accept   Decline', '',
      'Ministers meet in Minsk', '', '12 March 2021', '', `${EN_PARA_1}`, '', 'Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с их использованием.', 'OK, I agree'].join('\n'));
    assert.equal(item.title, 'Ministers meet in Minsk');
    assert.ok(!/cookie|agree/i.test(item.body));
    assert.ok(!item.dropped.some((d) => d.kind === 'teaser' || d.kind === 'related'));
  });
  test('news about cookies is not a cookie notice', () => {
    assert.equal(isCookieNotice('The regulator fined the company for placing cookies without users\' consent.'), false);
    assert.equal(isCookieNotice('Ministers agree on trade'), false);
  });
});

describe('navigation lines', () => {
  test('"All press releases", «Все заявления», «К списку», «Наверх», "Next article »" are navigation; headlines that start alike are not', () => {
    for (const line of ['All press releases', 'View all news', 'Все пресс-релизы', 'Все заявления', 'Все материалы раздела', 'К списку', 'Наверх', 'Next article »', '« Previous article']) assert.ok(NAVIGATION_LINES.test(line), line);
    for (const line of ['All news about the summit in Minsk', 'Все новости о саммите', 'Next steps for the region']) assert.ok(!NAVIGATION_LINES.test(line), line);
  });
});

describe('date lines', () => {
  test('"2021-03-24T10:15:00+03:00" and "Date of publication: 24.03.2021" are date lines', async () => {
    const { standaloneDate } = await import('../../src/importing/extract-dates.ts');
    assert.equal(standaloneDate('2021-03-24T10:15'), '2021-03-24');
    assert.equal(standaloneDate('2021-03-24T10:15:00+03:00'), '2021-03-24');
    assert.equal(standaloneDate('Date of publication: 24.03.2021'), '2021-03-24');
    assert.equal(standaloneDate('Talks 24.03.2021'), null);
  });
});
