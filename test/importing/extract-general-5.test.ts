// General rules added after a fifth blind set: list entries "Name – Position", table rows of delegations, words
// that end a state's name, people who only sent a message or could not come, "attended as heads of delegations",
// entries that open with a state and a title of address, words of groups and places. Each test is one rule; the
// pages are made up, none is a fixture's text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractMeeting, parseRoleName } from '../../src/importing/extract-text.ts';
import { one, participantsOf as people, EN_BODY } from './support.ts';



describe('participants (fifth round)', () => {
  test('«Имя Фамилия – Должность …;» lines: the name, and the state its position names', () => {
    const m = extractMeeting('В Примерске состоялось заседание Совета министров обороны.\nВ заседании приняли участие:\nИван Примеров – Министр обороны Республики Беларусь;\nНурлан Образцов – Министр обороны Кыргызской Республики;\nАнна Тестова – Генеральный секретарь Организации.\nМинистры обсудили вопросы.', 'ru');
    assert.deepEqual(people(m), [['Иван Примеров', null, 'BY'], ['Нурлан Образцов', null, 'KG'], ['Анна Тестова', null, null]]);
    assert.equal(m!.participants[0]!.role, 'Министр обороны Республики Беларусь');
  });

  test('a table of delegations: each row a participant, the header row nobody', () => {
    const page = `<html><head><title>t</title></head><body><div class="content"><h1>Example Ministers meet in Sampletown</h1>
<p>The Meeting of Example Ministers was held in Sampletown on 3 May 2023.</p>
<p>The heads of delegations were:</p>
<table><tr><th>State</th><th>Head of delegation</th><th>Position</th></tr>
<tr><td>Armenia</td><td>Colonel General Aram Examplyan</td><td>Minister of Defence</td></tr>
<tr><td>Kazakhstan (observer)</td><td>Nurlan Samplov</td><td>Deputy Minister of Defence</td></tr></table>
<p>${EN_BODY}</p><p>${EN_BODY}</p></div></body></html>`;
    const item = one(page, 'p.html');
    assert.deepEqual(people(item.meeting), [['Aram Examplyan', 'Colonel General', 'AM'], ['Nurlan Samplov', null, 'KZ']]);
    assert.equal(item.meeting!.participants[1]!.role, 'Deputy Minister of Defence');
  });

  test('"State – Mr. Name, Position; State – Ambassador Mr. Name": a title of address goes, the state stays', () => {
    const m = extractMeeting('The meeting of the Example Committee was held in Sampletown. Heads of delegations included: Kazakhstan – Ambassador Mr. Nurlan Samplov; Armenia – Mr. Aram Examplyan, Director of the Department. ' + EN_BODY, 'en');
    assert.deepEqual(people(m), [['Nurlan Samplov', null, 'KZ'], ['Aram Examplyan', null, 'AM']]);
    assert.equal(m!.participants[1]!.role, 'Director of the Department');
  });

  test('a word that ends a state\'s name with the word before it is not the given name', () => {
    assert.equal(parseRoleName('Minister in the Presidency of the Republic of South Africa Thabo Examplo')?.name, 'Thabo Examplo');
  });

  test('someone who sent a message or could not come did not take part', () => {
    const m = extractMeeting('The meeting of the Example Council was held in Sampletown today. Taking part in the meeting were Prime Minister of the Republic of Armenia Aram Examplyan and Prime Minister of the Republic of Belarus Ivan Examplov.\nPrime Minister of the Republic of Kazakhstan Nurlan Samplov, who was unable to travel to Sampletown, sent a message of greetings to the participants.\n' + EN_BODY, 'en');
    assert.deepEqual(people(m), [['Aram Examplyan', null, 'AM'], ['Ivan Examplov', null, 'BY']]);
  });

  test('"X and Y attended as heads of the delegations of observer states": both took part', () => {
    const m = extractMeeting('The meeting of the Example Council was held in Sampletown today.\nDeputy Prime Minister of the Republic of Armenia Aram Examplyan and Deputy Prime Minister of the Republic of Belarus Ivan Examplov attended as heads of the delegations of observer states.\n' + EN_BODY, 'en');
    assert.deepEqual(people(m), [['Aram Examplyan', null, 'AM'], ['Ivan Examplov', null, 'BY']]);
  });

  test('"Member States", "Middle East", "Summit" are never people', () => {
    assert.equal(parseRoleName('Delegations of 22 Member States'), null);
    assert.equal(parseRoleName('the situation in the Middle East'), null);
    assert.equal(parseRoleName('the decisions of the Sixth Example Summit'), null);
  });
});

describe('meeting body (fifth round)', () => {
  test('the name of the body that met stops at its acronym in brackets', () => {
    const m = extractMeeting('The second meeting of the Example Officials Committee (EOC) of the Conference on Example Measures was held in Sampletown. ' + EN_BODY, 'en');
    assert.equal(m?.body, 'Example Officials Committee');
  });

  test('a briefing "on the results of the meeting of the Council … held in X" reports no meeting', () => {
    assert.equal(extractMeeting('The Secretariat held a briefing for the ambassadors on the results of the meeting of the Council of Heads of State held in Sampletown on 3 July 2024.\n' + EN_BODY, 'en'), null);
    assert.equal(extractMeeting('Генеральный секретарь рассказал журналистам об итогах заседания Совета коллективной безопасности, которое прошло в Примерске.\nУчастники обсудили вопросы.', 'ru'), null);
    // The meeting itself is still found.
    assert.equal(extractMeeting('The meeting of the Council of Heads of State was held in Sampletown on 3 July 2024.\n' + EN_BODY, 'en')?.body, 'Council of Heads of State');
  });
});

describe('contacts (fifth round)', () => {
  const release = (contactLines: string) => `Example Commission opens a new office\n\n20 May 2024\n\n${EN_BODY}\n\n${EN_BODY}\n\nMedia contacts:\n${contactLines}\n\nBack to the news`;
  test('"Office (City): +375 …, +375 … (Viber, Telegram)": a remark in brackets after the numbers', () => {
    const item = one(release('Press centre of the Example Committee (Minsk): +375 17 222-35-10, +375 29 611-45-80 (Viber, Telegram)'));
    assert.deepEqual(item.contacts.map((c) => c.phones), [['+375172223510', '+375296114580']]);
  });

  test('"Press service: +7 (495) …, press@…": an e-mail after the number', () => {
    const item = one(release('Press service of the Example Secretariat: +7 (495) 606-97-70, press@example.org'));
    assert.deepEqual(item.contacts.map((c) => c.phones), [['+74956069770']]);
  });

  test('«Отделение в Москве: 8 495 …»: the trunk prefix 8 opens a number', () => {
    const item = one(`Пример открывает новое представительство\n\n20 мая 2024 года\n\nУчастники обсудили вопросы сотрудничества в области безопасности, торговли и культуры.\n\nКонтакты для СМИ:\nДепартамент информации Примерного комитета: тел. (+375 17) 222-35-10\nОтделение Примерного комитета в Москве: 8 495 606-13-80\n\nВсе пресс-релизы`);
    assert.deepEqual(item.contacts.map((c) => c.phones), [['+375172223510'], ['+74956061380']]);
  });
});

describe('addresses and their signatures (fifth round)', () => {
  const address = (salutation: string, last: string, signature: string, back: string) => `<html><head><title>t</title></head><body><div id="content">
<h1>Обращение Председателя Примерного совета Ивана Примерова в связи с Днём примера</h1>
<p>${salutation}</p>
<p>Сегодня мы отмечаем важную дату в истории наших народов. Её значение трудно переоценить, и мы помним всех, кто сделал её возможной.</p>
<p>Наш общий долг – сохранить память о прошлом и передать её будущим поколениям, укрепляя дружбу и сотрудничество наших государств.</p>
<p>${last}</p>
<p><i>Председатель Примерного совета<br>${signature}</i></p>
<p>8 мая 2024 года</p>
<p><a href="/list/">${back}</a></p></div></body></html>`;

  test('«Уважаемые …! Дорогие …!»: a salutation is the text of an address, not a headline', () => {
    const item = one(address('Уважаемые ветераны! Дорогие друзья!', 'Желаю всем мира и благополучия.', 'Иван Примеров', 'Назад'), 'p.html');
    assert.equal(item.title, 'Обращение Председателя Примерного совета Ивана Примерова в связи с Днём примера');
    assert.ok(item.body.startsWith('Уважаемые ветераны!'));
  });

  test('sentences that end with an exclamation are a paragraph, not a headline', () => {
    const item = one(address('Дорогие друзья,', 'Выражаю глубокую признательность ветеранам, склоняю голову перед памятью павших. Желаю всем мира, здоровья и благополучия!', 'Иван Примеров', 'Назад'), 'p.html');
    assert.ok(item.body.includes('Желаю всем мира, здоровья и благополучия!'));
    assert.equal(item.title, 'Обращение Председателя Примерного совета Ивана Примерова в связи с Днём примера');
  });

  test('a name with initials over the date line signs the text; it is not a place', () => {
    const item = one(address('Дорогие друзья,', 'Желаю всем мира и благополучия.', 'И.И. Примеров', 'Назад'), 'p.html');
    assert.equal(item.date, '2024-05-08');
    assert.equal(item.author?.name, 'Иван Примеров');
  });

  test('«← К списку заявлений» is the item\'s navigation', () => {
    const item = one(address('Дорогие друзья,', 'Желаю всем мира и благополучия.', 'Иван Примеров', '← К списку заявлений'), 'p.html');
    assert.ok(item.dropped.some((d) => d.kind === 'navigation' && d.text.includes('К списку заявлений')));
    assert.ok(!item.body.includes('К списку'));
  });
});

describe('chair (fifth round)', () => {
  test('the entry marked "(chair)" in the list of who attended is the chair, not a participant', () => {
    const m = extractMeeting('A regular meeting of the Council of Example Ministers took place in Sampletown. It was chaired by the Minister of Trade of the Republic of Armenia, which holds the chairmanship.\nThe meeting was attended by:\nAram Examplyan, Minister of Trade of the Republic of Armenia (chair);\nIvan Examplov, Minister of Trade of the Republic of Belarus;\nNurlan Samplov, Minister of Trade of the Republic of Kazakhstan.\n' + EN_BODY, 'en');
    assert.equal(m?.chair?.name, 'Aram Examplyan');
    assert.equal(m?.chair?.state, 'AM');
    assert.deepEqual(people(m), [['Ivan Examplov', null, 'BY'], ['Nurlan Samplov', null, 'KZ']]);
  });
});

describe('format (fifth round)', () => {
  test('«В Примерске под председательством … состоялось заседание»: a meeting held in a city opening the sentence met in person', () => {
    assert.equal(extractMeeting('В Примерске под председательством Министра обороны Республики Армения Арама Примеряна состоялось заседание Совета министров обороны.\nУчастники обсудили вопросы.', 'ru')?.format, 'in_person');
    assert.equal(extractMeeting('In Sampletown, the meeting of the Council of Foreign Ministers took place under the chairmanship of Armenia.\n' + EN_BODY, 'en')?.format, 'in_person');
    // Held at an institution's premises is held in person too (an institution is not a city, so no location); online stays online.
    assert.equal(extractMeeting('В Секретариате Организации состоялось заседание Постоянного совета.\nУчастники обсудили вопросы.', 'ru')?.format, 'in_person');
    assert.equal(extractMeeting('В Секретариате Организации состоялось заседание Постоянного совета.\nУчастники обсудили вопросы.', 'ru')?.location, null);
    assert.equal(extractMeeting('В Примерске в режиме видеоконференции состоялось заседание Совета министров обороны.\nУчастники обсудили вопросы.', 'ru')?.format, 'videoconference');
  });
});

describe('titles (fifth round)', () => {
  test('"Category: News" beside the date line is where the site files the item, not its headline', () => {
    const page = `<html><head><title>t</title></head><body><div class="entry-header"><h1>Example Committee holds its third meeting</h1>
<div class="meta">Date: 22/10/2024 &nbsp;|&nbsp; Category: <a href="/c/">News</a></div></div>
<div class="entry-content"><p>${EN_BODY}</p><p>${EN_BODY}</p></div></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.title, 'Example Committee holds its third meeting');
    assert.ok(!item.body.includes('Category'));
  });
});
