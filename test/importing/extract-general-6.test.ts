// General rules added after the sixth and seventh blind sets: names found by their own shape in a sentence about
// who took part, every state of the world, states listed before names in turn, footer press phones, hard-wrapped
// plain text, meetings held at a place or partly online, initials without spaces. Each test is one rule; the
// pages are made up, none is a fixture's text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractMeeting, textToBlocks } from '../../src/importing/extract-text.ts';
import { namesMatch, stateCode, stateSpans } from '../../src/importing/domain.ts';
import { one, participantsOf as people, EN_BODY, RU_BODY } from './support.ts';

describe('states of the whole world', () => {
  test('English and Russian names of states beyond the region, Russian in its cases', () => {
    assert.equal(stateCode('Counsellor, Embassy of Sweden in Sampletown'), 'SE');
    assert.equal(stateCode('Посол Японии в Примерске'), 'JP');
    assert.equal(stateCode('депутат Парламента Республики Корея'), 'KR');
    assert.equal(stateCode('the Federal Republic of Germany'), 'DE');
    assert.equal(stateCode('Ministry of Economy'), null);
  });

  test('stateSpans says which states a text names and where, in order', () => {
    const text = 'Ministers of India, Japan and Brazil';
    assert.deepEqual(stateSpans(text).map((s) => [s.code, text.slice(s.at, s.end)]), [['IN', 'India'], ['JP', 'Japan'], ['BR', 'Brazil']]);
  });
});

describe('participants found by their names (sixth round)', () => {
  test('a list set out under "Delegations:" with the state before a colon in each entry', () => {
    const m = extractMeeting(`The Governing Council held its annual session in Sampletown on 3 May 2024.\nDelegations:\nIndonesia: Ms. Dewi Contoh, Director, Ministry of Trade\nNorway: Mr. Ola Eksempel, Deputy Minister of Economy and Commerce\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), [['Dewi Contoh', null, 'ID'], ['Ola Eksempel', null, 'NO']]);
  });

  test('an observer named in a sentence of its own, with the state of the embassy written after the name', () => {
    const m = extractMeeting(`The Council of Foreign Ministers met in Sampletown on 3 May 2024.\nMs. Karin Exempel, Counsellor, Embassy of Sweden in Sampletown, took part as a guest.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), [['Karin Exempel', null, 'SE']]);
  });

  test('states listed first, then as many names in turn', () => {
    const m = extractMeeting(`The meeting of the Council of Foreign Ministers took place in Sampletown on 3 May 2024.\nThe Ministers of Foreign Affairs of India, Japan and Brazil - A. Udaharan, K. Reibun and J. Exemplo - took part in the meeting.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), [['A. Udaharan', null, 'IN'], ['K. Reibun', null, 'JP'], ['J. Exemplo', null, 'BR']]);
  });

  test('initials written without a space («С.В.Примеров») keep their spelling and match the spaced form', () => {
    const m = extractMeeting(`В Примерске состоялось заседание Совета министров иностранных дел.\nСостав делегаций:\nБеларусь — Министр иностранных дел М.В.Примеров\nКазахстан — Министр иностранных дел Е.А.Образцов\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m), [['М.В.Примеров', null, 'BY'], ['Е.А.Образцов', null, 'KZ']]);
    assert.ok(namesMatch('И.Н.Примеров', 'И.Н. Примеров'));
  });

  test('family name first with patronymic or «оглы», and family name with initials after it', () => {
    const m = extractMeeting(`В Примерске состоялось заседание Совета министров иностранных дел.\nВ заседании приняли участие:\nот Республики Армения - Министр иностранных дел Примерян Арам Самвелович;\nот Азербайджанской Республики - Министр иностранных дел Образцов Джейхун Айдын оглы;\nот Республики Беларусь - Государственный секретарь Тестов А.Г.\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m), [['Примерян Арам Самвелович', null, 'AM'], ['Образцов Джейхун Айдын оглы', null, 'AZ'], ['Тестов А.Г.', null, 'BY']]);
  });

  test('institutions written in capitals are no one: «Кабинета Министров», «Коллегии Евразийской …», «Федерального Собрания …»', () => {
    const m = extractMeeting(`В Примерске состоялось заседание Совета глав правительств.\nВ заседании приняли участие Председатель Кабинета Министров Кыргызской Республики Адыл Примеров, Председатель Коллегии Евразийской экономической комиссии Бакыт Образцов и Председатель Совета Федерации Федерального Собрания Российской Федерации Анна Тестова.\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m).map((p) => p[0]), ['Адыл Примеров', 'Бакыт Образцов', 'Анна Тестова']);
  });

  test('a word of a position before a role is not a name ("Deputy Minister of Economy and Commerce")', () => {
    const m = extractMeeting(`The Council of Foreign Ministers met in Sampletown on 3 May 2024.\nDelegations: Kyrgyzstan: Mr. Talgat Examplov, Deputy Minister of Economy and Commerce; Tajikistan: Mr. Farhod Samplov, Head of Department, Ministry of Economic Development and Trade.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m).map((p) => p[0]), ['Talgat Examplov', 'Farhod Samplov']);
  });

  test('someone whose welcome address was read out did not take part', () => {
    const m = extractMeeting(`The meeting of the Council of Foreign Ministers took place in Sampletown on 3 May 2024.\nAt the opening, a welcome address of the President of the Republic of Uzbekistan Anvar Examplov to the participants was read out.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), []);
  });
});

describe('author (sixth round)', () => {
  test('"Statement by UN High Commissioner for Refugees Filippo Example on …": the role runs past its own "for" to the name', () => {
    const item = one(`Statement by UN High Commissioner for Refugees Filippo Example on the situation in Sampleland\n\nGENEVA – I am alarmed by the renewed fighting. ${EN_BODY}\n\n${EN_BODY}`);
    assert.equal(item.kind, 'statement');
    assert.equal(item.author?.name, 'Filippo Example');
  });
});

describe('chair and body (sixth round)', () => {
  test('«под председательством … В.В. Примерова»: initials without a space do not end the phrase', () => {
    const m = extractMeeting(`14 октября 2021 года в г. Минске под председательством Министра иностранных дел Республики Беларусь В.В. Примерова состоялось заседание Совета министров иностранных дел.\n${RU_BODY}`, 'ru');
    assert.equal(m?.chair?.name, 'В.В. Примеров');
    assert.equal(m?.location, 'Минск');
    assert.equal(m?.format, 'in_person');
  });

  test('«… провёл его Председатель, руководитель …, генерал армии Имя Фамилия»: the name after a comma', () => {
    const m = extractMeeting(`Заседание Совета командующих Пограничными войсками государств – участников Содружества Независимых Государств провёл его Председатель, руководитель Пограничной службы генерал армии Владимир Примеров.\n${RU_BODY}`, 'ru');
    assert.equal(m?.chair?.name, 'Владимир Примеров');
  });

  test('the chair named after appositives set off by commas ("chaired by the Chairman-in-Office, …, H.E. Mr. Ian Example")', () => {
    const m = extractMeeting(`The Council of Foreign Ministers met in Sampletown on 3 May 2024.\nThe meeting was chaired by the Chairman-in-Office, Malta's Deputy Prime Minister and Minister for Foreign and European Affairs and Trade, H.E. Mr. Ian Example.\n${EN_BODY}`, 'en');
    assert.equal(m?.chair?.name, 'Ian Example');
  });

  test('who opened the meeting as its chair is the chair; glued initials stay as written', () => {
    const en = extractMeeting(`The meeting of the Council of Heads of Government was held in Sampletown on 28 May 2021.\nThe Prime Minister of the Republic of Belarus, Roman Examplov, as the Chairman of the Council, opened the meeting and welcomed the heads of delegations.\n${EN_BODY}`, 'en');
    assert.equal(en?.chair?.name, 'Roman Examplov');
    const ru = extractMeeting(`26 ноября в Примерске прошло заседание Совета министров иностранных дел. Председательствовал Министр иностранных дел Кыргызской Республики Ж.М.Примеров.\n${RU_BODY}`, 'ru');
    assert.equal(ru?.chair?.name, 'Ж.М.Примеров');
  });

  test('who will chair a meeting still to come reports no meeting', () => {
    const m = extractMeeting('26 ноября в Примерске состоится заседание Совета министров иностранных дел. Заседание пройдёт под председательством Министра иностранных дел Кыргызской Республики Жээнбека Примерова.\nМинистры рассмотрят проекты документов.', 'ru');
    assert.equal(m, null);
  });

  test('the organization after the body: "of the SCO Member States", "of the United Nations Special Programme for …"', () => {
    assert.equal(extractMeeting(`The Council of National Coordinators of the SCO Member States held its meeting in Sampletown on 3 May 2024.\n${EN_BODY}`, 'en')?.body, 'Council of National Coordinators');
    assert.equal(extractMeeting(`The Governing Council of the United Nations Special Programme for the Economies of Central Asia (SPECA) held its session in Sampletown on 3 May 2024.\n${EN_BODY}`, 'en')?.body, 'Governing Council');
  });

  test('«заседание Совета Парламентской Ассамблеи …», "Council of the Eurasian Economic Commission": the council met, named without its organization', () => {
    assert.equal(extractMeeting(`В Примерске состоялось заседание Совета Парламентской Ассамблеи Организации Договора о коллективной безопасности.\n${RU_BODY}`, 'ru')?.body, 'Совет');
    assert.equal(extractMeeting(`The meeting of the Council of the Eurasian Economic Commission was held in Sampletown on 3 May 2019.\n${EN_BODY}`, 'en')?.body, 'Council');
    assert.equal(extractMeeting(`The Project Board of the UNDP-GEF project “Derisking Renewable Energy Investment” held its meeting in Sampletown on 3 May 2019.\n${EN_BODY}`, 'en')?.body, 'Project Board');
    // A standing body named in full keeps its name: «Совет министров обороны», "Council of the Heads of State".
    assert.equal(extractMeeting(`В Примерске состоялось заседание Совета министров обороны.\n${RU_BODY}`, 'ru')?.body, 'Совет министров обороны');
  });

  test('a body that met ("The OSCE Ministerial Troika met today at …") reports a meeting in person', () => {
    const m = extractMeeting(`SAMPLETOWN, 14 March 2024 – The OSCE Ministerial Troika met today at the Hofburg in Sampletown to take stock of the year.\n${EN_BODY}`, 'en');
    assert.equal(m?.body, 'Ministerial Troika');
    assert.equal(m?.format, 'in_person');
  });
});

describe('format (sixth round)', () => {
  test('some delegations online at a meeting held somewhere: hybrid', () => {
    assert.equal(extractMeeting(`The Governing Council held its session in Sampletown on 17 November, with some delegations connecting online.\n${EN_BODY}`, 'en')?.format, 'hybrid');
    assert.equal(extractMeeting(`В Примерске прошло заседание Экономического совета. Часть членов Совета участвовала в заседании в режиме видеоконференции.\n${RU_BODY}`, 'ru')?.format, 'hybrid');
  });

  test('entries of the list marked "(online)" at a meeting held in a city: hybrid; the whole meeting online stays online', () => {
    assert.equal(extractMeeting(`The Council of Foreign Ministers met in Sampletown on 3 May 2024.\nThe meeting was attended by Ms. Dewi Contoh, Minister of Trade of Indonesia (online), and Mr. Ola Eksempel, Minister of Trade of Norway.\n${EN_BODY}`, 'en')?.format, 'hybrid');
    assert.equal(extractMeeting(`The Council of Foreign Ministers met via videoconference on 3 May 2024.\nThe meeting was attended by Ms. Dewi Contoh, Minister of Trade of Indonesia (online), and Mr. Ola Eksempel, Minister of Trade of Norway.\n${EN_BODY}`, 'en')?.format, 'videoconference');
  });

  test('«В Примерске состоялось …», "Sampletown hosted …": held at a place, so in person', () => {
    assert.equal(extractMeeting(`В Ташкенте состоялось заседание Совета министров иностранных дел.\n${RU_BODY}`, 'ru')?.format, 'in_person');
    assert.equal(extractMeeting(`On July 29, 2022, Sampletown hosted a meeting of the Council of Foreign Ministers.\n${EN_BODY}`, 'en')?.format, 'in_person');
  });
});

describe('contacts and plain text (sixth round)', () => {
  test('a press office\'s phone in the footer of the markup is a contact; its fax is not', () => {
    const page = `<html><head><title>t</title></head><body><main><h1>Ministers meet in Sampletown</h1><p>${EN_BODY}</p><p>${EN_BODY}</p></main>
<footer><p>Press Service of the Secretariat: +7 (495) 606-97-71; fax +7 (495) 606-97-70; e-mail: press@example.org</p><p>© Example Organization, 2025</p></footer></body></html>`;
    assert.deepEqual(one(page, 'p.html').contacts.flatMap((c) => c.phones), ['+74956069771']);
  });

  test('"Media enquiries: … tel." under a list of related items ends the list and is a contact', () => {
    const page = `Ministers meet in Sampletown\n\n${EN_BODY}\n\n${EN_BODY}\n\nSee also:\n  - Ministers meet in Exampleville\n  - Council adopts a plan\n\nMedia enquiries: Secretariat Press Office, tel. +86 10 6532 9807\nCopyright © 2026 Example Organization.`;
    assert.deepEqual(one(page).contacts.flatMap((c) => c.phones), ['+861065329807']);
  });

  test('"In City, Name, e-mail, number" lines are contacts', () => {
    const page = `Agency welcomes the agreement\n\n${EN_BODY}\n\n${EN_BODY}\n\nFor more information:\nIn Geneva, Olga Example, example@example.org, +41 79 740 2307\nIn Nairobi, Faith Sample, sample@example.org, +254 113 427 094`;
    assert.deepEqual(one(page).contacts.flatMap((c) => c.phones), ['+41797402307', '+254113427094']);
  });

  test('a paragraph telling journalists whom to call gives a contact; an office\'s reception line does not', () => {
    const page = `Заседание Совета глав правительств пройдёт в Примерске\n\n${RU_BODY}\n\nАккредитация представителей средств массовой информации осуществляется Пресс-службой Правительства. Справки по телефонам: +996 312 62-52-17.\n\n${RU_BODY}`;
    assert.deepEqual(one(page).contacts.flatMap((c) => c.phones), ['+996312625217']);
    const html = `<html><head><title>t</title></head><body><main><h1>Ministers meet in Sampletown</h1><p>${EN_BODY}</p><p>${EN_BODY}</p></main>
<footer><p>Secretariat of the Example Organization, 7 Example St, Moscow. Reception: +7 (495) 606-97-42 · Fax: +7 (495) 625-76-20</p><p>Press Service: +7 (495) 606-97-71</p></footer></body></html>`;
    assert.deepEqual(one(html, 'p.html').contacts.flatMap((c) => c.phones), ['+74956069771']);
  });

  test('plain text hard-wrapped at a fixed width is joined back into paragraphs, whatever a line begins with', () => {
    const wrapped = [
      'The Prime Minister of the Republic of Belarus, Roman Examplov, as the',
      'Chairman of the Council, opened the meeting and welcomed the heads of',
      'delegations. The meeting in narrow format was attended by Prime Minister of',
      'the Republic of Azerbaijan Ali Samplov.',
      '',
      'The heads of government discussed the implementation of the Strategy of',
      'Economic Development until 2030 and cooperation in combating the spread of',
      'the infection, including the mutual recognition of test results.',
    ].join('\n');
    const blocks = textToBlocks(wrapped).blocks.map((b) => b.text);
    assert.equal(blocks.length, 2);
    assert.match(blocks[0]!, /as the Chairman of the Council, opened/);
    // An unwrapped page keeps a line that opens with a capital as a paragraph of its own.
    assert.equal(textToBlocks('Short heading line\nAnother line of its own.').blocks.length, 2);
  });
});

describe('headline and date lines (sixth round)', () => {
  test('a page without <h1>: the heading followed by the article\'s paragraphs is the headline, not a teaser\'s title', () => {
    const page = `<html><head><title>Ministry of Examples :: News</title></head><body><table><tr><td class="menu"><a href="/">Home</a> | <a href="/news/">News</a></td></tr>
<tr><td><div class="tn_title"><a href="/n/1">Soldiers took part in an exercise</a></div><div class="tn_text">A short lead of another item.</div>
<div class="newsdate">12.09.2024 | 15:40</div><h2 class="newstitle">Three ministers of defence meet in Sampletown</h2>
<div class="newstext"><p>${EN_BODY}</p><p>${EN_BODY}</p></div></td></tr></table></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.title, 'Three ministers of defence meet in Sampletown');
    assert.equal(item.date, '2024-09-12');
  });

  test('a date line with its place («28 ноября 2025 года, Санкт-Петербург, Таврический дворец») is not a headline', () => {
    const page = `<html><head><title>t</title></head><body><div><h1>Совет провёл заседание в Примерске</h1><p><i>28 ноября 2025 года, Санкт-Петербург, Таврический дворец</i></p><p>${RU_BODY}</p><p>${RU_BODY}</p></div></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.title, 'Совет провёл заседание в Примерске');
    assert.equal(item.date, '2025-11-28');
    assert.equal(one(`ПРЕСС-РЕЛИЗ\n\nО сроках пребывания граждан\n\n15 января 2025 года, г. Примерск\n\n${RU_BODY}\n\n${RU_BODY}`).date, '2025-01-15');
  });

  test('a date on its own line after a dashed list of related headlines dates the item; a time in brackets is part of a date line', () => {
    const page = `Состоялось заседание Экономического совета\n\n${RU_BODY}\n\n${RU_BODY}\n\nЧитайте также:\n– Совет обсудил повестку саммита\n– Итоги заседания Совета министров\n\n12.12.2025\n\nПресс-служба`;
    assert.equal(one(page).date, '2025-12-12');
    const html = `<html><head><title>t</title></head><body><div class="date">23.06.2020 (12:47)</div><h1>Министры обороны провели заседание</h1><div><p>${RU_BODY}</p><p>${RU_BODY}</p></div></body></html>`;
    assert.equal(one(html, 'p.html').date, '2020-06-23');
  });

  test('«провёл трёхстороннюю встречу с министром … генерал-полковником Именем Фамилией»: a meeting, and who was met took part', () => {
    const m = extractMeeting(`12 сентября 2024 года в г. Примерске министр обороны Кыргызской Республики генерал-лейтенант Бакыт Примеров провёл трёхстороннюю встречу с министром обороны Казахстана генерал-полковником Русланом Образцовым и министром обороны Республики Узбекистан генерал-полковником Бахадиром Тестовым.\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m), [['Руслан Образцов', 'генерал-полковник', 'KZ'], ['Бахадир Тестов', 'генерал-полковник', 'UZ']]);
    assert.equal(m?.format, 'in_person');
  });
});

describe('kind, headline and body (sixth round, continued)', () => {
  test('"PRESS RELEASE – The Office …": a label opening the first paragraph tells the kind', () => {
    const page = `<html><head><title>t</title></head><body><h1>Office launches a border project</h1><p class="date">Sampletown, 10 March 2026</p><p><b>PRESS RELEASE</b> – The Office today launched a four-year project. ${EN_BODY}</p><p>${EN_BODY}</p></body></html>`;
    assert.equal(one(page, 'p.html').kind, 'press_release');
  });

  test('a rubric above the <h1> ("News and feature story") stays above it and is not the headline', () => {
    const page = `<html><head><title>Agencies meet in Sampletown | Example</title></head><body><div id="main"><div class="node-news"><div class="field-type">News and feature story</div>
<h1 class="title">Border agencies meet in Sampletown to discuss co-operation</h1><div class="submitted">Publication date: 14 March 2019</div>
<div class="field-body"><p>${EN_BODY}</p><p>${EN_BODY}</p><p>${EN_BODY}</p></div></div></div></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.title, 'Border agencies meet in Sampletown to discuss co-operation');
    assert.equal(item.date, '2019-03-14');
  });

  test('"… met in Sampletown for the Regional Expert Meeting on Cross-Border Co-operation": the named meeting is the body', () => {
    const m = extractMeeting(`SAMPLETOWN, 14 March 2019 – Senior officials of the border services of the region met in Sampletown on 13 and 14 March 2019 for the Regional Expert Meeting on Cross-Border Co-operation.\n${EN_BODY}`, 'en');
    assert.equal(m?.body, 'Regional Expert Meeting on Cross-Border Co-operation');
  });
});

describe('date lines and site furniture (seventh round)', () => {
  test('a date line right above the headline, after the site\'s menu and a rule, dates the item (hard-wrapped text too)', () => {
    const wrapped = 'The ministers discussed cooperation in trade, transport and culture and\nagreed to meet again in spring in the capital of the state that will chair\nthe organisation next year, and to prepare the documents of the summit in\ngood time, as the heads of state had asked them to do at their last meeting.';
    const page = `EXAMPLE CHAIRMANSHIP 2020\nwww.example.org\n\nHome | Chairmanship | Calendar of Events | News | Media Centre | Documents\nHome > News > Foreign Affairs\n\n----------------------------------------------------------------\n04.09.2020\n\nForeign Ministers meet in virtual format\n\n${wrapped}\n\n${wrapped}`;
    const item = one(page);
    assert.equal(item.title, 'Foreign Ministers meet in virtual format');
    assert.equal(item.date, '2020-09-04');
  });

  test('a date line with a document number, or with the time the page was updated, gives the item\'s date', () => {
    const page = (line: string) => `<html><head><title>t</title></head><body><h1>Министры встретились в Примерске</h1><p class="dt">${line}</p><p>${RU_BODY}</p><p>${RU_BODY}</p></body></html>`;
    assert.equal(one(page('26.09.2024&nbsp;&nbsp;<span>1796-26-09-2024</span>'), 'p.html').date, '2024-09-26');
    assert.equal(one(page('10 January 2024 18:35 <span>(updated: 11.01.2024 09:10)</span>'), 'p.html').date, '2024-01-10');
  });

  test('"Views: 866 | Print version" is the page\'s furniture; an institution\'s name in <title> is the site\'s, not the headline', () => {
    const page = `<html><head><title>Ministry of Foreign Affairs of the Republic of Exampleland</title></head><body><div class="sitename">Ministry of Foreign Affairs</div>
<div class="post"><h2 class="post-title">Minister takes part in the meeting of foreign ministers in Sampletown</h2><div class="post-meta">04 October 2024 | Views: 866 | <a href="?print=y">Print version</a></div>
<div class="post-body"><p>${EN_BODY}</p><p>${EN_BODY}</p></div></div></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.title, 'Minister takes part in the meeting of foreign ministers in Sampletown');
    assert.equal(item.date, '2024-10-04');
  });
});

describe('meetings of groups and names given in turn (seventh round)', () => {
  test('an ad hoc meeting of a group is named as a meeting: "Meeting of Foreign Ministers", «Встреча министров …»', () => {
    assert.equal(extractMeeting(`Today, a meeting of Ministers of Foreign Affairs was held via videoconference under the chairmanship of Minister of Foreign Affairs of the Russian Federation Sergey Examplov.\n${EN_BODY}`, 'en')?.body, 'Meeting of Ministers of Foreign Affairs');
    assert.equal(extractMeeting(`On 3 May 2024 the trilateral meeting of the Ministers of Foreign Affairs of the Republic of Azerbaijan, Georgia and Türkiye was held in Sampletown.\n${EN_BODY}`, 'en')?.body, 'Trilateral Meeting of the Ministers of Foreign Affairs');
    assert.equal(extractMeeting(`26 сентября в Нью-Йорке на полях сессии Генеральной Ассамблеи ООН состоялась встреча министров иностранных дел государств – членов БРИКС.\n${RU_BODY}`, 'ru')?.body, 'Встреча министров иностранных дел');
  });

  test('«Делегации возглавляли соответственно …»: names given in turn take the states the sentence before listed', () => {
    const m = extractMeeting(`26 сентября в Примерске состоялась встреча министров иностранных дел. На встрече председательствовал Министр иностранных дел Российской Федерации С.В.Примеров.\nВ мероприятии приняли участие руководители делегаций Бразилии, Китая и Южно-Африканской Республики.\nДелегации возглавляли соответственно М.Виейра, Ван И и Р.Ламола.\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m), [['М.Виейра', null, 'BR'], ['Ван И', null, 'CN'], ['Р.Ламола', null, 'ZA']]);
    assert.equal(m?.chair?.name, 'С.В.Примеров');
  });

  test('«Селсу Аморин (Бразилия), Фаиза Абу эн-Нага (Египет), Али аш-Шамси (ОАЭ)»: particles joined by a hyphen; a state\'s words are no one\'s name', () => {
    const m = extractMeeting(`В Примерске прошла XIV встреча высоких представителей стран, курирующих вопросы безопасности. Встречу провел Секретарь Совета Безопасности Российской Федерации Сергей Примеров. В ней приняли участие Селсу Аморин (Бразилия), Фаиза Абу эн-Нага (Египет) и Али аш-Шамси (Объединенные Арабские Эмираты).\n${RU_BODY}`, 'ru');
    assert.deepEqual(people(m), [['Селсу Аморин', null, 'BR'], ['Фаиза Абу эн-Нага', null, 'EG'], ['Али аш-Шамси', null, 'AE']]);
    assert.equal(m?.chair?.name, 'Сергей Примеров');
  });

  test('"the Turkmen minister X": a state\'s adjective gives the state; "The following heads of delegations addressed the Council:" opens a list', () => {
    const m = extractMeeting(`The meeting of the Governing Council took place in Sampletown on 23 November 2023.\nThe following heads of delegations addressed the Council:\nMr. Timur Examplov, Vice Minister of National Economy of the Republic of Kazakhstan;\nMs. Gulnara Samplova, Deputy Minister of Economy of the Kyrgyz Republic (online).\nThe session was also attended by the Turkmen minister Rashid Testov.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), [['Timur Examplov', null, 'KZ'], ['Gulnara Samplova', null, 'KG'], ['Rashid Testov', null, 'TM']]);
  });
});

describe('signatures and numbered headlines (seventh round)', () => {
  test('a name over its role after the last paragraph signs a statement, though another item follows', () => {
    const page = `<html><head><title>t</title></head><body><h1>Statement by the Secretary-General of the Example Organisation in connection with the attack in Sampletown</h1>
<p>${EN_BODY}</p><p>I strongly condemn this barbaric act. ${EN_BODY}</p><p><b>Zhang Example</b><br />Secretary-General of the Example Organisation</p>
<p class="tools"><a href="javascript:window.print()">Print</a> | <a href="/news.asp">Back to the list</a></p><hr /><p class="newsdate">22.03.2024</p>
<p class="newstitle"><a href="/news.asp?id=9812">Secretary-General meets with an Ambassador</a></p><p>On 22 March 2024, the Secretary-General met with the Ambassador of Exampleland. The sides discussed the events of 2024.</p></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.kind, 'statement');
    assert.equal(item.author?.name, 'Zhang Example');
  });

  test('"No:118/24, Statement by the Spokesperson …, Aykhan Example, regarding …": the number before the headline goes', () => {
    const item = one(`No:118/24, Statement by the Spokesperson of the Ministry of Foreign Affairs of the Republic of Azerbaijan, Aykhan Example, regarding the resolution of the Parliament\n\n${EN_BODY}\n\n${EN_BODY}`);
    assert.equal(item.author?.name, 'Aykhan Example');
  });

  test('a name with "T: +66 …" under it is a press contact of a press release, not its author', () => {
    const page = `<html><head><title>t</title></head><body><h1>Region falls behind on its goals, warns new report</h1><p>BANGKOK, 15 February 2024 – ${EN_BODY}</p><p>${EN_BODY}</p>
<p>For more information:</p><p><strong>Kavita Example</strong><br/>Chief, Strategic Communications Section<br/>T: +66 2 288 1869<br/>E: example@un.org</p></body></html>`;
    const item = one(page, 'p.html');
    assert.equal(item.author, null);
    assert.deepEqual(item.contacts.flatMap((c) => c.phones), ['+6622881869']);
  });
});

describe('lists set out with leaders, and chairs named in other ways (eighth round)', () => {
  test('a plain-text table with dot leaders and indented continuation lines: each entry a participant with its state', () => {
    const page = ['В Примерске состоялось заседание Совета министров иностранных дел', '', '10.10.2019', '',
      '10 октября 2019 года в Примерске, в здании Министерства иностранных дел,',
      'прошло заседание Совета министров иностранных дел государств – участников',
      'Содружества Независимых Государств. Председательствовал на заседании',
      'Министр иностранных дел Туркменистана Р.О.Примеров.', '', 'В заседании приняли участие делегации во главе с:', '',
      '  Азербайджанская Республика ....... Министр иностранных дел Э.Г.Образцов',
      '  Республика Молдова ............... Посол Республики Молдова в Российской',
      '                                     Федерации А.Ф.Тестов',
      '  Российская Федерация ............. Министр иностранных дел С.В.Примерный', '',
      'Министры рассмотрели вопросы, касающиеся взаимодействия в сферах экономики,', 'культуры и безопасности, и приняли заявление о сотрудничестве в области', 'информационной безопасности государств – участников Содружества.'].join('\n');
    const item = one(page);
    assert.equal(item.title, 'В Примерске состоялось заседание Совета министров иностранных дел');
    assert.equal(item.date, '2019-10-10');
    assert.equal(item.meeting?.chair?.name, 'Р.О.Примеров');
    assert.deepEqual(people(item.meeting), [['Э.Г.Образцов', null, 'AZ'], ['А.Ф.Тестов', null, 'MD'], ['С.В.Примерный', null, 'RU']]);
  });

  test('"…, who chaired the meeting", «Председательствующий – … – вел заседание», «под сопредседательством X и Y»', () => {
    assert.equal(extractMeeting(`The meeting of Deputy Foreign Ministers took place in Sampletown on 3 May 2024.\nSpecial Representative of the Secretary-General Natalia Example, who chaired the meeting, welcomed the participants.\n${EN_BODY}`, 'en')?.chair?.name, 'Natalia Example');
    assert.equal(extractMeeting(`Состоялось заседание Высшего Государственного Совета в режиме видеоконференции. Председательствующий – Президент Республики Беларусь Александр Примеров – вел заседание из Дворца Независимости.\n${RU_BODY}`, 'ru')?.chair?.name, 'Александр Примеров');
    const co = extractMeeting(`В Примерске состоялось заседание Совместной рабочей группы. Заседание прошло под сопредседательством заместителя председателя Правительства области Олега Примерова и заместителя акима области Нурлана Образцова.\n${RU_BODY}`, 'ru');
    assert.equal(co?.chair?.name, 'Олег Примеров');
  });

  test('«председатель Совета … Содружества Независимых Государств, министр обороны … Сергей Примеров»: words of an institution are no one\'s name', () => {
    const m = extractMeeting(`В Минске состоялось заседание Совета министров обороны. Заседание провел председатель Совета министров обороны государств – участников Содружества Независимых Государств, министр обороны Российской Федерации генерал армии Сергей Примеров.\n${RU_BODY}`, 'ru');
    assert.equal(m?.chair?.name, 'Сергей Примеров');
  });
});

describe('footers, date lines and headlines (eighth round, continued)', () => {
  test('an organization\'s general line in the footer is no press contact; a press office named on the line above its number is', () => {
    const general = `<html><head><title>t</title></head><body><main><h1>Ministers meet in Sampletown</h1><p>${EN_BODY}</p><p>${EN_BODY}</p></main>
<footer><p>Example Secretariat, 6 Example St, Vienna. Tel: +43 1 514 36 0</p></footer></body></html>`;
    assert.deepEqual(one(general, 'p.html').contacts, []);
    const press = `Заседание совета прошло в Примерске\n\n${RU_BODY}\n\n${RU_BODY}\n\nПресс-служба Премьер-Министра Республики Примерия\n010000, г. Примерск, Дом Правительства\nТел.: +7 (7172) 74-51-01\n(c) 2024 example.kz. Все права защищены.`;
    assert.deepEqual(one(press).contacts.flatMap((c) => c.phones), ['+77172745101']);
  });

  test('«Санкт-Петербург, Таврический дворец, 17 апреля 2025 года»: a place, then the date, is a date line', () => {
    const page = `Состоялось заседание Совета Ассамблеи\n\nСанкт-Петербург, Таврический дворец, 17 апреля 2025 года\n\n${RU_BODY}\n\n${RU_BODY}`;
    const item = one(page);
    assert.equal(item.title, 'Состоялось заседание Совета Ассамблеи');
    assert.equal(item.date, '2025-04-17');
  });

  test('"Headline 27 ноября 2019 | Просмотров: 2 317": the headline, its date, and no view counter', () => {
    const page = `Главная / Новости\n\nВ Примерске прошло заседание Совета министров обороны 27 ноября 2019 | Просмотров: 2 317\n\n${RU_BODY}\n\n${RU_BODY}`;
    const item = one(page);
    assert.equal(item.title, 'В Примерске прошло заседание Совета министров обороны');
    assert.equal(item.date, '2019-11-27');
  });
});

describe('appeals and their signatures (eighth round)', () => {
  test('«Обращение к жителям …» signed «Губернатор …» / «М.Ю. Примеров» above the page\'s print link and list of other texts', () => {
    const page = `Главная / Губернатор / Выступления и обращения\n\n14 октября 2021, 09:00\n\nОбращение к жителям Примерской области в связи с проведением переписи населения\n\nУважаемые земляки!\n\n${RU_BODY}\n\n${RU_BODY}\n\nГубернатор Примерской области\nМ.Ю. Примеров\n\nРаспечатать\n\nДругие выступления и обращения:\n- Поздравление с Днем учителя (05.10.2021)\n- Поздравление с Днем пожилых людей (01.10.2021)`;
    const item = one(page);
    assert.equal(item.kind, 'statement');
    assert.equal(item.author?.name, 'М.Ю. Примеров');
    // «Другие выступления и обращения:» opens a list of other texts, set aside, not part of this one.
    assert.ok(!item.body.includes('Поздравление'));
    assert.ok(item.dropped.some((d) => d.kind === 'related' && d.text.includes('Поздравление')));
  });
});

describe('dates as site engines print them (eighth round)', () => {
  test('«06 Февраль 2023»: a month in the nominative, with its year, is a date; without a year it is not read as one', () => {
    const page = `<html><head><title>t</title></head><body><h1>Министры провели встречу в Примерске</h1><div class="news-meta"><span class="date">06 Февраль 2023</span></div><p>${RU_BODY}</p><p>${RU_BODY}</p></body></html>`;
    assert.equal(one(page, 'p.html').date, '2023-02-06');
    assert.equal(one(`Министры провели встречу\n\n06 Февраль\n\n${RU_BODY}\n\n${RU_BODY}`).date, null);
  });
});

describe('review: rules that had no test of their own', () => {
  test('a press phone in a box the markup sets apart (not <footer>) is a contact', () => {
    const page = `<html><head><title>t</title></head><body><table><tr><td class="menu"><a href="/">Главная</a> | <a href="/news/">Новости</a></td></tr>
<tr><td class="content"><h1>О предстоящем заседании Совета</h1><p>${RU_BODY}</p><p>${RU_BODY}</p></td></tr>
<tr><td>Исполнительный комитет, 220030, г. Примерск, ул. Кирова, 17.<br>Пресс-служба: тел. (+375 17) 222-35-17</td></tr></table></body></html>`;
    assert.deepEqual(one(page, 'p.html').contacts.flatMap((c) => c.phones), ['+375172223517']);
  });

  test('entries set off by semicolons, each one person and one state: that state, though a state-first reading would shift them', () => {
    const m = extractMeeting(`The meeting of the Council of Foreign Ministers took place in Sampletown on 3 May 2024.\nThe Ministers and Heads of Delegation attending the meeting included: H.E. Ms. Dewi Contoh, Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Indonesia; H.E. Mr. Ola Eksempel, Minister of Foreign Affairs of Norway; H.E. Mr. Hans Beispiel, Minister of Foreign Affairs of Germany.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), [['Dewi Contoh', null, 'ID'], ['Ola Eksempel', null, 'NO'], ['Hans Beispiel', null, 'DE']]);
  });

  test('states listed first and then names in turn, with ranks between the names', () => {
    const m = extractMeeting(`The meeting of Defence Ministers took place in Sampletown on 3 May 2024.\nThe Ministers of Defence of Belarus, India and Iran – Lieutenant General Viktor Examplov, Rajnath Sample and Brigadier General Aziz Testzadeh – took part in the meeting.\n${EN_BODY}`, 'en');
    assert.deepEqual(people(m), [['Viktor Examplov', 'Lieutenant General', 'BY'], ['Rajnath Sample', null, 'IN'], ['Aziz Testzadeh', 'Brigadier General', 'IR']]);
  });
});

