// General rules added after the eleventh and twelfth blind sets: lists of who took part set out under their own
// heading (definition lists, a state over its delegates), photo captions that name who is shown, "… led the
// meeting". Each test is one rule; the pages are made up, none is a fixture's text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractMeeting } from '../../src/importing/extract-text.ts';
import { slashDayFirst, standaloneDate } from '../../src/importing/extract-dates.ts';
import { one, participantsOf as people, EN_BODY, RU_BODY } from './support.ts';

const meetingOf = (item: ReturnType<typeof one>) => item.meeting;
const rows = (item: ReturnType<typeof one>) => (meetingOf(item)?.participants ?? []).map((p) => [p.name, p.rank, p.state]);

describe('lists of who took part under their own heading', () => {
  test('a definition list: a state over its delegates, a group that is no state gives none', () => {
    const item = one(`<html><head><title>t</title></head><body><article><h1>Senior officials meet in Sampletown</h1>
<p>The Committee of Senior Officials met in Sampletown on 3 May 2024, chaired by Ambassador Maria Example.</p><p>${EN_BODY}</p><p>${EN_BODY}</p>
<h3>Participating delegations</h3>
<dl><dt>Denmark</dt><dd>Mr Jens Eksempel, Senior Official</dd><dt>Estonia (Presidency)</dt><dd>Ambassador Maria Example, Chair</dd><dd>Ms Kadri Naide, Deputy Senior Official</dd>
<dt>European Union</dt><dd>Ms Ines Beispiel, European External Action Service (online)</dd><dt>Secretariat</dt><dd>Mr Piotr Przyklad, Director General</dd></dl>
</article></body></html>`, 'p.html');
    assert.equal(meetingOf(item)?.chair?.name, 'Maria Example');
    assert.deepEqual(rows(item), [['Jens Eksempel', null, 'DK'], ['Kadri Naide', null, 'EE'], ['Ines Beispiel', null, null], ['Piotr Przyklad', null, null]]);
    // The entries are the item's text, not a signature or another item.
    assert.equal(item.author, null);
    assert.ok(item.body.includes('Jens Eksempel'));
  });

  test('«Состав делегаций:» with one entry a line; the list ends at the first sentence of text', () => {
    const m = extractMeeting(`В Примерске прошло заседание Совета министров иностранных дел.\nСостав делегаций:\nБеларусь — Министр иностранных дел И.И.Примеров\nКазахстан — Министр иностранных дел А.Б.Тестов\nВ заседании также говорили о планах, и Генеральный секретарь В.В.Образцов напомнил о решениях прошлого года.\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m), [['И.И.Примеров', null, 'BY'], ['А.Б.Тестов', null, 'KZ']]);
  });

  test('without such a heading, short lines of names are not read as a list of who took part', () => {
    const m = extractMeeting(`The Council of Foreign Ministers met in Sampletown on 3 May 2024.\n${EN_BODY}\nDenmark\nMr Jens Eksempel, Senior Official`, 'en');
    assert.deepEqual(people(m), []);
  });
});

describe('photo captions and who led the meeting', () => {
  test('"Top row from left: …" names who took part, with their states; the credit is no one', () => {
    const item = one(`<html><head><title>t</title></head><body><article><h1>Presidium discusses the crisis response</h1>
<p>The Presidium met by video link on Tuesday, 21 April 2020. ${EN_BODY}</p>
<figure><img src="x.jpg" alt=""><figcaption>Top row from left: President Anna Examplesdottir, Henrik Eksempel (Denmark) and Annika Exempel (Sweden). Bottom row: Tor Inge Eksempel (Norway). Photo: Jon Photographer</figcaption></figure>
<p>President Anna Examplesdottir led the meeting. ${EN_BODY}</p><p>${EN_BODY}</p></article></body></html>`, 'p.html');
    assert.equal(meetingOf(item)?.chair?.name, 'Anna Examplesdottir');
    assert.deepEqual(rows(item), [['Henrik Eksempel', null, 'DK'], ['Annika Exempel', null, 'SE'], ['Tor Inge Eksempel', null, 'NO']]);
  });

  test('a caption that does not set out who is shown adds no one', () => {
    const item = one(`<html><head><title>t</title></head><body><article><h1>Presidium discusses the crisis response</h1>
<p>The Presidium met by video link on Tuesday, 21 April 2020, chaired by President Anna Examplesdottir. ${EN_BODY}</p>
<figure><img src="x.jpg" alt=""><figcaption>The Presidium in session. Photo: Jon Photographer</figcaption></figure><p>${EN_BODY}</p></article></body></html>`, 'p.html');
    assert.deepEqual(rows(item), []);
  });
});

describe('old CMS layouts', () => {
  test('an ASP.NET page (one <form> around everything) with its headline in a table cell, not an <h1>', () => {
    const item = one(`<html><head><title>Ministry of Foreign Affairs of Example - Press service - News</title></head><body><form name="aspnetForm" method="post" action="News.aspx">
<table><tr><td class="menu"><a href="/">Home</a> :: <a href="/news">News</a></td></tr>
<tr><td class="newstitle"><span id="ctl00_ContentPlaceHolder1_lblTitle">The tenth meeting of the Intergovernmental Commission held in Sampletown</span></td></tr>
<tr><td class="newsdate">14.05.2013</td></tr>
<tr><td class="newstext"><span id="ctl00_ContentPlaceHolder1_lblText"><p>${EN_BODY}</p><p>${EN_BODY}</p></span></td></tr></table>
<input type="hidden" name="__VIEWSTATE" value="x"></form></body></html>`, 'p.htm');
    assert.equal(item.title, 'The tenth meeting of the Intergovernmental Commission held in Sampletown');
    assert.equal(item.date, '2013-05-14');
    assert.ok(item.body.includes('cooperation in trade'));
  });

  test('the item\'s own <h1> wins over the site\'s <h1 class="site-title">', () => {
    const item = one(`<html><head><title>Ministers met in Sampletown | Example Organization</title></head><body><div class="site-branding"><h1 class="site-title"><a href="/">Example Organization</a></h1><p class="site-description">For democracy and development</p></div>
<main><article><header class="entry-header"><h1 class="entry-title">Ministers met in Sampletown</h1></header><p>${EN_BODY}</p><p>${EN_BODY}</p></article></main></body></html>`, 'p.html');
    assert.equal(item.title, 'Ministers met in Sampletown');
  });

  test('what a CMS prints about the item (author, views, reading time, a row of share links, a place) is no headline', () => {
    const ru = one(`Главная / Новости\n\nМинистры обороны обсудили развитие объединенной системы ПВО\n\nАвтор: Пресс-служба Секретариата\n\n08.06.2016 | 16:40\n\nПросмотров: 1027\n\nВерсия для печати Отправить другу\n\n${RU_BODY}\n\n${RU_BODY}`);
    assert.equal(ru.title, 'Министры обороны обсудили развитие объединенной системы ПВО');
    assert.equal(ru.date, '2016-06-08');
    assert.ok(!ru.body.includes('Отправить другу'));
    const en = one(`News / All news\n\nMore than 140 events held in the first half of the year\n\nReading time: 3 min\n\n${EN_BODY}\n\n${EN_BODY}`);
    assert.equal(en.title, 'More than 140 events held in the first half of the year');
    const place = one(`<html><head><title>t</title></head><body><article><h1>Statement by the Minister of Foreign Affairs on the Decade of Water</h1><p>Sampletown</p><p>${EN_BODY}</p><p>${EN_BODY}</p></article></body></html>`, 'p.html');
    assert.equal(place.title, 'Statement by the Minister of Foreign Affairs on the Decade of Water');
  });
});

describe('the body that met, as the page names it', () => {
  const body = (text: string, locale: 'en' | 'ru' = 'en') => extractMeeting(text, locale)?.body ?? null;
  test('the name stops at its acronym in brackets; a weekday and a date before it are no part of it', () => {
    assert.equal(body('The Committee of Senior Officials (CSO) of the Council of Example States met in Sampletown on Thursday, 14 November.'), 'Committee of Senior Officials');
    assert.equal(body('On Thursday, 9 March 2023, the Peace and Security Council (PSC) of the Example Union convened its 1140th meeting in an open session.'), 'Peace and Security Council');
  });
  test('a commission of an organization named in full and by its acronym, then by its subject', () => {
    assert.equal(body('26 сентября в Примерске состоялось заседание Комиссии Парламентской ассамблеи примерных стран (ПримПА) по правовым вопросам и международному сотрудничеству.', 'ru'), 'Комиссия по правовым вопросам и международному сотрудничеству');
  });
  test('«Комитет <парламента> по … на своём заседании …», the body named a sentence before the one that says where it met', () => {
    assert.equal(body('Комитет Жогорку Кенеша по международным делам, обороне и безопасности на своем заседании 12 марта одобрил проект закона.\nЗаседание прошло в малом зале. Заседание вел председатель комитета Иван Примеров.', 'ru'), 'Комитет по международным делам, обороне и безопасности');
  });
  test('"… concluded its session", «завершилась сессия Генеральной ассамблеи …», an ordinal and an acronym before the name', () => {
    assert.equal(body('The Economic and Social Council of the League of Example States concluded on Thursday its 111th ordinary session at the ministerial level.'), 'Economic and Social Council');
    assert.equal(body('В Примерске завершилась 54-я сессия Генеральной ассамблеи Парламентской ассамблеи Черноморского экономического сотрудничества.', 'ru'), 'Генеральная ассамблея');
    assert.equal(body('Deputy Prime Minister Ivan Example on 25 June presided over the 26th ASEAN Coordinating Council Meeting (ACC), held via videoconference.'), 'Coordinating Council');
    assert.equal(body('В Примерске состоялось заседание Совета Евразийского фонда стабилизации и развития.', 'ru'), 'Совет');
  });
  test('what a commission is on stays; a session it met beside is not the body', () => {
    assert.equal(body('The tenth meeting of the Example-Sample Intergovernmental Commission on Economic Cooperation took place today in Sampletown.'), 'Example-Sample Intergovernmental Commission on Economic Cooperation');
    assert.equal(body('On 29 September 2015, on the margins of the 70th session of the UN General Assembly, the regular meeting of the Council of Ministers of Foreign Affairs of EXPL was held in New York.'), 'Council of Ministers of Foreign Affairs');
    assert.equal(body('26 сентября в Нью-Йорке на полях 79-й сессии Генеральной Ассамблеи ООН состоялась встреча министров иностранных дел государств – членов БРИКС.', 'ru'), 'Встреча министров иностранных дел');
  });
});

test('"…, the OSCE PA Bureau today discussed …": the body that did what the meeting did, without its organization', () => {
  const m = extractMeeting('VIENNA, 19 February 2025 – Meeting on the eve of the EXPL Parliamentary Assembly’s 22nd Winter Meeting, the EXPL PA Bureau today discussed the budget.\nThe meeting was presided over by President Pia Example (Finland).', 'en');
  assert.equal(m?.body, 'Bureau');
});

describe('date lines', () => {
  test('a date line with where the text was first printed, or with a count of views, is still the item\'s date', () => {
    assert.equal(standaloneDate('14 September 2022 Source: Izvestia'), '2022-09-14');
    assert.equal(standaloneDate('24 мая 2022 1274'), '2022-05-24');
    assert.equal(standaloneDate('24 мая 2022 10:15 1274'), '2022-05-24');
    // A year alone is no count of views.
    assert.equal(standaloneDate('24 мая 2022'), '2022-05-24');
    assert.equal(standaloneDate('Report 1274'), null);
  });
  test('"Posted on <date>" and its tags on the next line, under the headline and outside the article\'s box', () => {
    const item = one(`<html><head><title>t</title></head><body><main><article><h1 class="page-title">Council holds open session on the situation in the region</h1>
<div class="node__meta"><span class="label">Posted on</span> <span>14 March 2023</span>
<span class="tags">| <a href="/t/1">Region</a>, <a href="/t/2">Security</a></span></div>
<div class="field--name-body"><p>On Thursday, 9 March 2023, the Council convened its 1140th meeting in an open session. ${EN_BODY}</p><p>${EN_BODY}</p></div></article></main></body></html>`, 'p.html');
    assert.equal(item.date, '2023-03-14');
  });
});

test('a page that writes its slash dates day first is read so: by its other slash dates, else by the dates in words', () => {
  assert.equal(slashDayFirst('Latest news 20/12/2019 Committee meets; 02/01/2020'), true);
  assert.equal(slashDayFirst('11/28/2019 14:56:41 and 02/01/2020'), false);
  assert.equal(slashDayFirst('Monday, 13 February 2023 … 09/02/2023'), true);
  assert.equal(slashDayFirst('Friday, 1 September 2023 … 09/02/2023'), false);
  const item = one(`Albania takes over the Chairmanship of the Organization\n\n02/01/2020\n\nOn 1 January 2020 the Republic of Albania assumed the Chairmanship. ${EN_BODY}\n\n${EN_BODY}\n\nLatest news\n20/12/2019 Committee of Senior Officials meets in Sampletown`);
  assert.equal(item.date, '2020-01-02');
  // The text keeps the dates as written.
  const us = one(`Ministers met in Sampletown\n\n11/28/2019 14:56:41\n\n${EN_BODY} The next meeting is set for 03/04/2020.\n\n${EN_BODY}`);
  assert.equal(us.date, '2019-11-28');
  assert.ok(us.body.includes('03/04/2020'));
});

describe('more layouts of who took part', () => {
  test('a table with a state a column, its delegate under it: each state with its people', () => {
    const item = one(`<html><head><title>t</title></head><body><article><h1>Заседание Совета фонда</h1>
<p>15 декабря 2020 года в режиме видеоконференции состоялось заседание Совета Примерного фонда развития. ${RU_BODY}</p><p>${RU_BODY}</p>
<p>Состав участников заседания:</p>
<table><tr><th>Республика Армения</th><th>Республика Беларусь</th><th>Кыргызская Республика</th></tr>
<tr><td>Т.А. Примерян,<br>заместитель министра финансов</td><td>В.И. Тестович,<br>Министр финансов</td><td>К.М. Образцов,<br>Министр финансов</td></tr></table></article></body></html>`, 'p.html');
    assert.deepEqual(rows(item), [['Т.А. Примерян', null, 'AM'], ['В.И. Тестович', null, 'BY'], ['К.М. Образцов', null, 'KG']]);
  });
  test('names joined by «и» after «депутатов …» are all in the genitive', () => {
    const m = extractMeeting(`В Примерске состоялось заседание Межпарламентской комиссии.\nЗаседание прошло с участием членов комиссии – депутатов Государственной Думы Ольги Примеровой и Игоря Тестова.`, 'ru');
    assert.ok(people(m).some(([name]) => name === 'Ольга Примерова'), JSON.stringify(people(m)));
    assert.ok(!people(m).some(([name]) => name === 'Ольги Примеровой'));
  });
});

test('people remembered with a minute of silence, five paragraphs down, took no part', () => {
  const m = extractMeeting(`The Council of Foreign Ministers met in Sampletown on 3 May 2024.\n${EN_BODY}\n${EN_BODY}\n${EN_BODY}\nAt the opening of the meeting the participants observed a minute of silence in memory of President of Example Ivan Example.\nThe meeting was also attended by Minister of Foreign Affairs of Kazakhstan Murat Example.`, 'en');
  assert.deepEqual(people(m), [['Murat Example', null, 'KZ']]);
});

test('a meeting in a hall, a building or a headquarters met in person; «В Примерске завершилась сессия» too', () => {
  const format = (text: string, locale: 'en' | 'ru' = 'en') => extractMeeting(text, locale)?.format ?? null;
  assert.equal(format('The tenth meeting of the Intergovernmental Commission took place today at the Government House.'), 'in_person');
  assert.equal(format('The Bureau discussed the budget. The meeting at the Hofburg was presided over by President Pia Example.'), 'in_person');
  assert.equal(format('Комитет на своем заседании одобрил законопроект.\nЗаседание прошло в малом зале Жогорку Кенеша.', 'ru'), 'in_person');
  assert.equal(format('В Примерске завершилась 54-я сессия Генеральной ассамблеи.', 'ru'), 'in_person');
  // Online from a building is still online; nothing said is nothing.
  assert.equal(format('The meeting of the Council was held via videoconference from the Government House.'), 'videoconference');
  assert.equal(format('The Council of Ministers held its regular meeting on 3 May.'), null);
});

describe('chairs', () => {
  const chair = (text: string, locale: 'en' | 'ru' = 'en') => extractMeeting(text, locale)?.chair ?? null;
  test('a state in brackets after the chair and a date before the verb are no part of the name', () => {
    assert.deepEqual(chair('The Bureau met in Sampletown on 19 February. The meeting at the Hofburg was presided over by EXPL PA President Pia Example (Finland).'), { name: 'Pia Example', role: 'EXPL PA President', state: 'FI' });
    assert.equal(chair('Deputy Prime Minister and Foreign Minister Ivan Binh Example on 25 June presided over the 26th Coordinating Council Meeting, held via videoconference.')?.name, 'Ivan Binh Example');
  });
  test('«Заседание провел … С.Е. Примеров.»: initials do not end the sentence early', () => {
    assert.equal(chair('13 апреля 2015 года в Примерске состоялось заседание Совета Парламентской Ассамблеи. Заседание провел Председатель Парламентской Ассамблеи С.Е. Примеров.', 'ru')?.name, 'С.Е. Примеров');
    assert.equal(chair('В Примерске состоялось заседание Комиссии.\nЗаседание провел Председатель Комиссии, Первый заместитель Председателя Правительства Российской Федерации И.И. Тестов.', 'ru')?.name, 'И.И. Тестов');
  });
  test('«рабочая встреча командиров …» is a meeting; who conducted it chairs it', () => {
    assert.equal(chair('24 мая в Примерске прошла рабочая встреча командиров национальных контингентов.\nВстречу провел начальник Генерального штаба генерал-майор Эрлан Примеров.', 'ru')?.name, 'Эрлан Примеров');
  });
});

test('a press release that reports a meeting held is the meeting\'s report; one that announces is still a press release', () => {
  const report = one(`PRESS RELEASE\n\nCouncil of Foreign Ministers meets in Sampletown\n\n12.12.2014\n\nThe Council of Ministers of Foreign Affairs met in Sampletown on 12 December 2014 under the chairmanship of Minister of Foreign Affairs of Serbia Ivan Example. ${EN_BODY}\n\n${EN_BODY}`);
  assert.equal(report.kind, 'meeting_report');
  assert.equal(report.meeting?.body, 'Council of Ministers of Foreign Affairs');
  const release = one(`PRESS RELEASE\n\nNew handbook on customs cooperation published\n\n12.12.2014\n\nThe Secretariat published a handbook on customs cooperation today. ${EN_BODY}\n\n${EN_BODY}`);
  assert.equal(release.kind, 'press_release');
});
