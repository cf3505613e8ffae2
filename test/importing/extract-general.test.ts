// Rules that make the extractor hold on press pages it was not written against: each test is one
// general rule (boilerplate, headline, date line, kind label, contacts, authors, meetings).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isPersonName, parseRoleName, ruNameNominative, ruRankNominative, extractMeeting, withoutOrganization } from '../../src/importing/extract-text.ts';
import { isMenuLine, NAVIGATION_LINES, ruGenitiveToNominative, stateCode } from '../../src/importing/domain.ts';
import { withoutSiteName } from '../../src/importing/extract-html.ts';
import { one, RU_BODY } from './support.ts';

const kinds = (item: { dropped: { kind: string }[] }) => [...new Set(item.dropped.map((d) => d.kind))].sort();

const EN_BODY = 'The ministers discussed cooperation in the fields of security, trade and culture, and agreed to meet again next spring in the capital of the chairing state.';

describe('navigation, menus and separators', () => {
  test('"« Back to all press releases", "<< Back to newsroom", «← Назад к новостям» are navigation', () => {
    for (const line of ['« Back to all press releases', '<< Back to newsroom', '← Назад к новостям', '<< Back', 'Back to news']) assert.ok(NAVIGATION_LINES.test(line), line);
    assert.ok(!NAVIGATION_LINES.test('Back to school: ministers discuss education'));
  });
  test('breadcrumbs and menu lines are told apart from headlines', () => {
    assert.equal(isMenuLine('Home > Media Center > News'), 'navigation');
    assert.equal(isMenuLine('Главная › Пресс-служба › Заявления МИД'), 'navigation');
    assert.equal(isMenuLine('Print   |   Email   |   Share'), 'share');
    assert.equal(isMenuLine('Версия для печати | Назад'), 'navigation');
    assert.equal(isMenuLine('Website Policies | Help | Feedback | Sitemap'), 'menu');
    assert.equal(isMenuLine('16.09.2022 | Statement by the Secretary General in connection with the situation on the border'), null);
    assert.equal(isMenuLine('Ministers met in Minsk to discuss the border. Talks go on'), null);
  });
  test('a menu line at the foot of a page is never taken for the author', () => {
    const item = one(`Ministers discuss trade\n\nGENEVA, 3 March 2021 – ${EN_BODY}\n\nCopyright © 2021 Ministry. All rights reserved.\nWebsite Policies | Help | Feedback | Sitemap`);
    assert.equal(item.author, null);
    assert.ok(item.dropped.some((d) => d.kind === 'menu' && d.text.includes('Sitemap')));
  });
});

describe('headlines', () => {
  test('a date written on the headline line becomes the date and leaves the headline clean', () => {
    const a = one(`15.06.2021 В Душанбе состоялось заседание рабочей группы\n\n${RU_BODY}`);
    assert.equal(a.title, 'В Душанбе состоялось заседание рабочей группы');
    assert.equal(a.date, '2021-06-15');
    const b = one(`16.09.2022 | Statement by the Secretary General on the situation on the border\n\nThe Secretary General Anna Example expresses deep concern over the clashes on the border and calls on the parties to refrain from escalation.`);
    assert.equal(b.title, 'Statement by the Secretary General on the situation on the border');
    assert.equal(b.date, '2022-09-16');
  });
  test('a line of a place and a date is a date line, not the headline', () => {
    const item = one(`Заявление МИД в связи с ситуацией на границе\n\nНур-Султан, 29 апреля 2021 года\n\n${RU_BODY}`);
    assert.equal(item.title, 'Заявление МИД в связи с ситуацией на границе');
    assert.equal(item.date, '2021-04-29');
  });
  test('a date line above the headline dates that headline\'s item even under a masthead', () => {
    const item = one(`Example Treaty Organization\nNews / Statements\n\n16.09.2022\nMinisters discuss trade and transit\n\n${EN_BODY}`);
    assert.equal(item.title, 'Ministers discuss trade and transit');
    assert.equal(item.date, '2022-09-16');
    assert.ok(!item.dropped.some((d) => d.kind === 'teaser'), 'the masthead is not a teaser of another item');
  });
  test('"Press release" / «Пресс-релиз» above the headline gives the kind, not the title', () => {
    const html = `<html><head><title>x</title></head><body><div id="content"><h2>Press release</h2><h1>Agency report: trafficking shifts towards synthetic drugs</h1>
      <p>VIENNA, 12 March 2021 – ${EN_BODY} ${EN_BODY}</p><p>${EN_BODY}</p></div></body></html>`;
    const item = one(html, 'page.html');
    assert.equal(item.title, 'Agency report: trafficking shifts towards synthetic drugs');
    assert.equal(item.kind, 'press_release');
    const ru = one(`Пресс-релиз\n\nПРООН запускает проект по снижению риска бедствий\n\nБишкек, 5 октября 2021 г. – ${RU_BODY}`);
    assert.equal(ru.title, 'ПРООН запускает проект по снижению риска бедствий');
    assert.equal(ru.kind, 'press_release');
  });
  test('a <title> loses the site name set off after or before the headline', () => {
    assert.equal(withoutSiteName('Secretariat hosts a cultural evening "Land – of mountains" - Shanghai Cooperation Organisation', null), 'Secretariat hosts a cultural evening "Land – of mountains"');
    assert.equal(withoutSiteName('OSCE | Chairman visits Central Asian capitals this week', null), 'Chairman visits Central Asian capitals this week');
    assert.equal(withoutSiteName('Talks resume - ministers meet in Geneva', null), 'Talks resume - ministers meet in Geneva');
    assert.equal(withoutSiteName('Ministers meet in Geneva to talk — Example Site', 'Example Site'), 'Ministers meet in Geneva to talk');
  });
  test('a quotation paragraph or a teaser lead cut with "…" is not a headline', () => {
    const item = one(`Agency expands school meals\n\nDUSHANBE – ${EN_BODY}\n\n"A hot meal at school is one of the simplest and most effective investments a country can make in its children," said the Representative. "It keeps children in class and supports local farmers."\n\n${EN_BODY}`);
    assert.equal(item.title, 'Agency expands school meals');
    assert.ok(item.body.includes('hot meal'));
    assert.ok(!item.dropped.some((d) => d.kind === 'related' || d.kind === 'teaser'));
  });
});

describe('teasers and related lists', () => {
  test('a text page opening with "latest news" teasers and then the item is read, the teasers dropped', () => {
    const item = one(`Последние новости\n\n23.11.2022\nСессия совета прошла в Ереване\n23 ноября 2022 года в Ереване состоялась очередная сессия совета. В ней приняли участие главы государств...\nПодробнее →\n\nЗаседание совета министров в Ереване\n\n22 ноября 2022 года в Ереване состоялось заседание совета министров. ${RU_BODY}\n\nНазад`);
    assert.equal(item.title, 'Заседание совета министров в Ереване');
    assert.equal(item.date, '2022-11-22');
    assert.deepEqual(kinds(item), ['navigation', 'teaser']);
  });
  test('a rule line ends a list of other items', () => {
    const item = one(`Latest from the region\n\n14 November 2023\nAgency welcomes a contribution\nThe contribution supports the school feeding programme in the country, which provides daily hot meals to schoolchildren...\nRead more\n\n------------------------------\n\nAgency expands school meals to 50 more schools\n\nDUSHANBE – ${EN_BODY}`);
    assert.equal(item.title, 'Agency expands school meals to 50 more schools');
    assert.equal(item.date, null);
    assert.ok(item.dropped.some((d) => d.kind === 'teaser'));
  });
  test('«Другие новости» with dates and lead text is a teaser block; a plain list of headlines is related', () => {
    const withLeads = one(`Совет обсудил кооперацию\n\n3 февраля 2023 года в Алматы состоялось заседание совета. ${RU_BODY}\n\nДругие новости\n\n02.02.2023\nКоллегия одобрила перечень товаров\nКоллегия на заседании 31 января одобрила проект решения о применении пониженных ставок ввозных пошлин в отношении отдельных товаров...`);
    assert.ok(withLeads.dropped.some((d) => d.kind === 'teaser'));
    assert.ok(!withLeads.dropped.some((d) => d.kind === 'related'));
    const plain = one(`Совет обсудил кооперацию\n\n3 февраля 2023 года в Алматы состоялось заседание совета. ${RU_BODY}\n\nЧитайте также:\nКоллегия одобрила перечень товаров\nМинистры провели совещание`);
    assert.ok(plain.dropped.some((d) => d.kind === 'related'));
    assert.ok(!plain.dropped.some((d) => d.kind === 'teaser'));
  });
  test('HTML: an "other news" box with dates and leads is a teaser; a "relate" box of links is related', () => {
    const page = (aside: string) => `<html><head><title>t</title></head><body><div class="detail"><h1>Ministers discuss trade and transit</h1><p>GENEVA, 3 March 2021 – ${EN_BODY}</p><p>${EN_BODY}</p></div>${aside}</body></html>`;
    const teaser = one(page(`<div id="other-news"><h4>Other news</h4><div class="preview"><span>11/28/2019</span> <a href="/a">Session held in Bishkek</a><p>The regular session of the Council took place in Bishkek under the chairmanship of the President.</p></div></div>`), 'p.html');
    assert.ok(teaser.dropped.some((d) => d.kind === 'teaser'));
    const related = one(page(`<div class="relate"><p>Related</p><a href="/b">Culture day held (04.06.2024)</a><br><a href="/c">Photo exhibition opens (12.03.2024)</a></div>`), 'p.html');
    assert.ok(related.dropped.some((d) => d.kind === 'related'));
  });
});

describe('press contacts', () => {
  test('phones in the forms press pages write them, in E.164, with name and role', () => {
    const item = one(`Agency report released\n\nVIENNA, 12 March 2021 – ${EN_BODY}\n\nFor further information please contact:\nDavid Example\nSpokesperson, Agency\nTelephone: (+43-1) 26060-5629\nMobile: (+43-699) 1459-5629\nFax: (+43-1) 26060-5899\nEmail: press[at]example.org`);
    assert.deepEqual(item.contacts, [{ name: 'David Example', role: 'Spokesperson, Agency', phones: ['+431260605629', '+4369914595629'] }]);
    assert.equal(item.author, null, 'a contact is not the author');
  });
  test('inline contacts: "Name, role, tel. …", «Должность Имя: +…», "Mob."', () => {
    const en = one(`Accreditation opens for the Ministerial Council\n\nPublished: 27 October 2022\n\n${EN_BODY}\n\nMedia contacts:\nŁukasz Example, Spokesperson, Ministry of Foreign Affairs, tel. +48 22 523 9444\nPress Section, Secretariat, mobile +43 676 71 74 592`);
    assert.deepEqual(en.contacts.map((c) => [c.name, c.phones]), [['Łukasz Example', ['+48225239444']], [null, ['+436767174592']]]);
    const ru = one(`Об аккредитации СМИ\n\n30.10.2023\n\n${RU_BODY}\n\nКонтакты для СМИ:\nПресс-секретарь Владимир Примеров: +7 (495) 795-27-10\nУправление информации МИД Республики Беларусь: +375 17 327-39-81\nтел.: +996 (312) 61-12-13, моб.: +996 555 93-44-45\nтел.: 8 (495) 795-27-11`);
    assert.deepEqual(ru.contacts.flatMap((c) => c.phones), ['+74957952710', '+375173273981', '+996312611213', '+996555934445', '+74957952711']);
    assert.equal(ru.contacts[0]!.name, 'Владимир Примеров');
  });
  test('a sentence of the text that ends with a number is not a contact; one that gives journalists a number to call is', () => {
    const item = one(`Анонс: заседание совета\n\n18 апреля 2024 года в Москве состоится заседание совета. ${RU_BODY}\n\nНомер регистрации соглашения в реестре 495 621-33-23.`);
    assert.deepEqual(item.contacts, []);
    const accreditation = one(`Анонс: заседание совета\n\n18 апреля 2024 года в Москве состоится заседание совета. ${RU_BODY}\n\nАккредитация СМИ по телефону +7 495 621-33-23.`);
    assert.deepEqual(accreditation.contacts.flatMap((c) => c.phones), ['+74956213323']);
  });
  test('HTML: a contact box of the article that Readability leaves out is kept; a phone box beside the article is not', () => {
    const item = one(`<html><head><title>t</title></head><body><main><article class="news-detail"><h1>Session of the Council held in Yerevan</h1><div class="news-detail__text"><p>YEREVAN, 23 November 2022 – ${EN_BODY}</p><p>${EN_BODY}</p><p>${EN_BODY}</p></div>
      <div class="news-detail__contact"><p>Press Secretary Vladimir Example<br>+7 (495) 795-27-10</p></div></article></main>
      <div class="col-right"><p>Hotline: +7 (800) 200-00-00</p></div></body></html>`, 'p.html');
    assert.deepEqual(item.contacts.flatMap((c) => c.phones), ['+74957952710']);
  });
});

describe('authors', () => {
  test('a signature must be a person\'s name: not a country, a menu word or a newspaper', () => {
    assert.ok(isPersonName('Helga Maria Schmid'));
    assert.ok(isPersonName('S. Jaishankar'));
    assert.ok(!isPersonName('Austria'));
    assert.ok(!isPersonName('Izvestia'));
    const item = one(`Ministers discuss trade\n\nVIENNA, 3 March 2021 – ${EN_BODY}\n\nOrganization for Co-operation\nWallnerstrasse 6, 1010 Vienna, Austria`);
    assert.equal(item.author, null);
  });
  test('"Statement by <role> <Name> on …" names the statement\'s author', () => {
    const item = one(`Statement by Secretary General Helga Maria Example on International Women's Day\n\nVIENNA, 8 March 2022 – The Secretary General issued the following statement on the occasion of the day: "Today we celebrate the achievements of women across the region."`);
    assert.equal(item.kind, 'statement');
    assert.equal(item.author?.name, 'Helga Maria Example');
  });
  test('first-person voice with an adverb: «решительно осуждает»', () => {
    const item = one(`Заявление Генерального секретаря в связи с террористическим актом\n\n23.03.2024\n\nГенеральный секретарь Организации Иван Примеров решительно осуждает чудовищный террористический акт, совершённый вечером 22 марта.`);
    assert.equal(item.author?.name, 'Иван Примеров');
  });
});

describe('meetings', () => {
  test('"X chaired the meeting", initials and honorifics; "attended in person by" with a ;-list of "Name, role of State"', () => {
    const m = extractMeeting('External Affairs Minister Dr. S. Jaishankar chaired the meeting of the Council of Foreign Ministers (CFM) of the Organisation in Benaulim, Goa today.\nThe meeting was attended in person by the Foreign Ministers of the Member States: Mr. Qin Gang, State Councilor and Foreign Minister of the People\'s Republic of China; Mr. Bilawal Bhutto Zardari, Foreign Minister of the Islamic Republic of Pakistan; and Mr. Sergey Lavrov, Foreign Minister of the Russian Federation. The Secretary-General Mr. Zhang Ming also took part.', 'en')!;
    assert.equal(m.chair?.name, 'S. Jaishankar');
    assert.equal(m.chair?.role, 'External Affairs Minister');
    assert.equal(m.body, 'Council of Foreign Ministers');
    assert.equal(m.format, 'in_person');
    assert.deepEqual(m.participants.map((p) => [p.name, p.state]), [['Qin Gang', 'CN'], ['Bilawal Bhutto Zardari', 'PK'], ['Sergey Lavrov', 'RU'], ['Zhang Ming', null]]);
  });
  test('"under the chairmanship of the Minister …, Major General Name" keeps the name after the comma', () => {
    const m = extractMeeting('On November 27, 2019, a meeting of the Council of Defense Ministers was held in Bishkek under the chairmanship of the Minister of Defense of the Kyrgyz Republic, Major General Raimberdi Example.', 'en')!;
    assert.equal(m.chair?.name, 'Raimberdi Example');
    assert.equal(m.body, 'Council of Defense Ministers', 'as the page spells it');
  });
  test('«Председательствовал на заседании …» and «под председательством» in the genitive, names in the nominative', () => {
    const a = extractMeeting('5 апреля 2013 года в Минске состоялось очередное заседание Совета министров иностранных дел.\nПредседательствовал на заседании Министр иностранных дел Республики Беларусь Владимир Макей.', 'ru')!;
    assert.equal(a.chair?.name, 'Владимир Макей');
    const b = extractMeeting('В Минске состоялось заседание Совета министров обороны под председательством министра обороны Республики Беларусь генерал-лейтенанта Виктора Хренина.', 'ru')!;
    assert.equal(b.chair?.name, 'Виктор Хренин');
    assert.equal(b.chair?.role, 'министр обороны Республики Беларусь');
  });
  test('«с участием …» in the genitive: names and ranks in the nominative, states from the names of states', () => {
    const m = extractMeeting('В Минске состоялось заседание Совета министров обороны.\nЗаседание прошло с участием министра обороны Республики Казахстан генерал-полковника Руслана Жаксылыкова, министра обороны Российской Федерации генерала армии Сергея Шойгу, Генерального секретаря ОДКБ Имангали Тасмагамбетова и начальника Объединённого штаба ОДКБ генерал-полковника Анатолия Сидорова.', 'ru')!;
    assert.deepEqual(m.participants.map((p) => [p.name, p.rank, p.state]), [
      ['Руслан Жаксылыков', 'генерал-полковник', 'KZ'], ['Сергей Шойгу', 'генерал армии', 'RU'], ['Имангали Тасмагамбетов', null, null], ['Анатолий Сидоров', 'генерал-полковник', null],
    ]);
  });
  test('a list set out one participant a paragraph after «приняли участие:»', () => {
    const m = extractMeeting('Под председательством министра обороны Российской Федерации генерала армии Сергея Шойгу в режиме видеоконференции состоялось заседание Совета министров обороны.\nВ заседании приняли участие:\nминистр обороны Республики Армения Вагаршак Арутюнян;\nминистр обороны Республики Беларусь генерал-лейтенант Виктор Хренин;\nминистр обороны Республики Узбекистан генерал-майор Бахадир Курбанов.\nМинистры обороны обсудили ход выполнения Концепции.', 'ru')!;
    assert.deepEqual(m.participants.map((p) => [p.name, p.rank, p.state]), [['Вагаршак Арутюнян', null, 'AM'], ['Виктор Хренин', 'генерал-лейтенант', 'BY'], ['Бахадир Курбанов', 'генерал-майор', 'UZ']]);
  });
  test('a remark in brackets naming nobody is not a participant; «и» after a name splits the list', () => {
    const m = extractMeeting('3 февраля 2023 года в Алматы в смешанном формате состоялось заседание совета.\nВ заседании приняли участие Премьер-министр Республики Армения Никол Пашинян (в режиме видеоконференции), Министр иностранных дел Украины Леонид Кожара, Генеральный секретарь ОДКБ Станислав Зась и начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров.', 'ru')!;
    assert.deepEqual(m.participants.map((p) => [p.name, p.state]), [['Никол Пашинян', 'AM'], ['Леонид Кожара', 'UA'], ['Станислав Зась', null], ['Анатолий Сидоров', null]]);
  });
  test('a Russian body written in the genitive is returned in the nominative', () => {
    assert.equal(ruGenitiveToNominative('Евразийского межправительственного совета'), 'Евразийский межправительственный совет');
    assert.equal(ruGenitiveToNominative('Парламентской ассамблеи'), 'Парламентская ассамблея');
    assert.equal(ruGenitiveToNominative('Высшего государственного совета'), 'Высший государственный совет');
    assert.equal(ruGenitiveToNominative('Межпарламентского собрания'), 'Межпарламентское собрание');
    assert.equal(ruGenitiveToNominative('Совета министров обороны'), 'Совет министров обороны');
    assert.equal(ruGenitiveToNominative('Комиссии по делам молодёжи'), 'Комиссия по делам молодёжи');
    const m = extractMeeting('3 февраля 2023 года в Алматы состоялось заседание Евразийского межправительственного совета под председательством Председателя Правительства Российской Федерации Михаила Мишустина.', 'ru')!;
    assert.equal(m.body, 'Евразийский межправительственный совет');
    assert.equal(m.chair?.name, 'Михаил Мишустин');
  });
  test('names, ranks and roles in oblique cases → nominative', () => {
    assert.equal(ruNameNominative('Виктора Хренина', 'gen'), 'Виктор Хренин');
    assert.equal(ruNameNominative('Сергея Шойгу', 'gen'), 'Сергей Шойгу');
    assert.equal(ruNameNominative('Анатолия Сидорова', 'gen'), 'Анатолий Сидоров');
    assert.equal(ruNameNominative('Шерали Мирзо', 'gen'), 'Шерали Мирзо');
    assert.equal(ruNameNominative('Виктором Хрениным', 'ins'), 'Виктор Хренин');
    assert.equal(ruRankNominative('генерал-полковника'), 'генерал-полковник');
    assert.equal(ruRankNominative('генерала армии'), 'генерал армии');
    assert.equal(ruRankNominative('генерал-майором'), 'генерал-майор');
  });
  test('initials and honorifics in role-and-name phrases; more states by name', () => {
    assert.deepEqual(parseRoleName('External Affairs Minister Dr. S. Jaishankar'), { role: 'External Affairs Minister', rank: null, name: 'S. Jaishankar' });
    assert.equal(parseRoleName('Пресс-секретарь ОДКБ В. Зайнетдинов')?.name, 'В. Зайнетдинов');
    for (const [text, code] of [['Министр иностранных дел Украины', 'UA'], ['People\'s Republic of China', 'CN'], ['Islamic Republic of Pakistan', 'PK'], ['Республики Индия', 'IN']] as const) assert.equal(stateCode(text), code, text);
  });
});

describe('more boilerplate, dates and signatures', () => {
  test('"Tags: …", «Теги: …» and "Subscribe to …" lines are not text of the item', () => {
    const item = one(`Ministers discuss trade and transit\n\nGENEVA, 3 March 2021 – ${EN_BODY}\n\nTags: energy, climate, trade\nSubscribe to our newsletter`);
    assert.ok(!item.body.includes('Tags'));
    assert.ok(!item.body.includes('Subscribe'));
    assert.ok(item.dropped.some((d) => d.text.startsWith('Tags:')));
  });
  test('"Posted on March 12, 2021" and «Дата публикации: 12.03.2021» are date lines', () => {
    const en = one(`PRESS RELEASE\n\nNew partnership to boost renewable energy\n\nPosted on March 12, 2021\n\nASTANA – ${EN_BODY}`);
    assert.equal(en.title, 'New partnership to boost renewable energy');
    assert.equal(en.date, '2021-03-12');
    assert.equal(en.kind, 'press_release');
    const ru = one(`Дата публикации: 12.03.2021\n\nМинистр провел встречу с военными атташе\n\n${RU_BODY}`);
    assert.equal(ru.date, '2021-03-12');
    assert.equal(ru.title, 'Министр провел встречу с военными атташе');
  });
  test('a closing signature "Name, Role" names the author; a photo credit does not', () => {
    const a = one(`Secretary General condemns attack on convoy\n\nNEW YORK, 4 May 2023 – ${EN_BODY}\n\nStéphane Example, Spokesman for the Secretary-General`);
    assert.equal(a.author?.name, 'Stéphane Example');
    assert.equal(a.author?.role, 'Spokesman for the Secretary-General');
    const b = one(`Secretary General visits the region\n\nNEW YORK, 4 May 2023 – ${EN_BODY}\n\nPhoto: John Example`);
    assert.equal(b.author, null);
  });
  test('"Latest from …", "Other news of the section", "More from …" open lists of other items', () => {
    const item = one(`Ministers discuss trade and transit\n\nGENEVA, 3 March 2021 – ${EN_BODY}\n\nOther news of the section\nMinisters meet in Minsk\nWorking group convenes`);
    assert.ok(item.dropped.some((d) => d.kind === 'related' && d.text.includes('Minsk')));
    assert.ok(!item.body.includes('Minsk'));
  });
  // Dated headlines of other items under «Другие новости» are a list of other items: related (see extract-general-4).
  test('HTML: a box of links headed «Другие новости» without telling markup is set aside (dated: still related)', () => {
    const item = one(`<html><head><title>t</title></head><body><main><article><h1>О телефонном разговоре министров</h1><p>14 июня 2022 года состоялся телефонный разговор министров иностранных дел. ${RU_BODY}</p><p>${RU_BODY}</p></article>
      <section class="list"><h3>Другие новости</h3><ul><li><span>13.06.2022</span> <a href="/n/1">О встрече с послом</a></li><li><span>12.06.2022</span> <a href="/n/2">Брифинг представителя</a></li></ul></section></main></body></html>`, 'p.html');
    assert.ok(item.dropped.some((d) => d.kind === 'related' && d.text.includes('Брифинг')));
    assert.ok(!item.body.includes('Брифинг'));
  });
});

describe('more meetings', () => {
  test('"under the chairmanship of Mr. Name, Director …": a title\'s full stop does not end the chair', () => {
    const m = extractMeeting('The meeting of the Joint Working Group was held in Dushanbe on 3 March 2022 under the chairmanship of Mr. Rustam Example, Director of the Agency.', 'en')!;
    assert.equal(m.chair?.name, 'Rustam Example');
  });
  test('«Президент … провёл заседание …»: who conducts the meeting chairs it', () => {
    const m = extractMeeting('Президент Республики Казахстан Касым-Жомарт Токаев провёл заседание Совета безопасности.', 'ru')!;
    assert.equal(m.chair?.name, 'Касым-Жомарт Токаев');
    assert.equal(m.chair?.state, 'KZ');
  });
  test('"Participating in the session were …", "The Presidents of X Name, Y Name": state, and the plural\'s role', () => {
    const a = extractMeeting('Foreign Minister Ararat Example chaired the session of the Council of Foreign Ministers held in Yerevan. Participating in the session were the Foreign Ministers of Belarus Vladimir Example and Kazakhstan Mukhtar Example.', 'en')!;
    assert.deepEqual(a.participants.map((p) => [p.name, p.state]), [['Vladimir Example', 'BY'], ['Mukhtar Example', 'KZ']]);
    const b = extractMeeting('The meeting of the Council of Heads of State was held in Astana. The Presidents of Kazakhstan Kassym-Jomart Example, Kyrgyzstan Sadyr Example and Tajikistan Emomali Example took part in the meeting.', 'en')!;
    assert.deepEqual(b.participants.map((p) => [p.name, p.role, p.state]), [['Kassym-Jomart Example', 'President', 'KZ'], ['Sadyr Example', 'President', 'KG'], ['Emomali Example', 'President', 'TJ']]);
  });
  test('a state from an adjective ("Russian Foreign Minister") and the state a phrase names first', () => {
    assert.equal(stateCode('Russian Foreign Minister'), 'RU');
    assert.equal(stateCode('Ambassador of Russia to Armenia'), 'RU');
    assert.equal(stateCode('Uzbek Foreign Minister'), 'UZ');
  });
});

test('a figure after a colon is not a phone: only a number written as one (+…, (…), 8 (…)) makes a contact line', () => {
  const item = one(`Budget approved for the programme\n\nGENEVA, 3 March 2021 – ${EN_BODY}\n\nRegistration number: 4951234567\nPress Service of the Secretariat: +86 10 6532 9807`);
  assert.deepEqual(item.contacts.flatMap((c) => c.phones), ['+861065329807']);
});

test('«Заявление <должность> <Имя> в связи с …» names the author in the nominative', () => {
  const item = one(`Заявление Генерального секретаря ОДКБ Ивана Примерова в связи с ситуацией на границе\n\n16.09.2022\n\nСекретариат глубоко обеспокоен столкновениями на границе и призывает стороны к сдержанности.`);
  assert.equal(item.kind, 'statement');
  assert.equal(item.author?.name, 'Иван Примеров');
  assert.equal(item.author?.role, 'Генеральный секретарь ОДКБ');
});

test('"Contact: Name, role, +…, e-mail" on one line; «Для справок: …, т. 8 (…)»', () => {
  const en = one(`Office supports training for border guards\n\nDUSHANBE, 17 June 2021 – ${EN_BODY}\n\nContact: Firuz Example, National Press Officer, Programme Office, +992 44 600 58 07, firuz.example@example.org\n\nPrint this page`);
  assert.deepEqual(en.contacts, [{ name: 'Firuz Example', role: 'National Press Officer, Programme Office', phones: ['+992446005807'] }]);
  assert.ok(en.dropped.some((d) => d.kind === 'share' && d.text === 'Print this page'));
  const ru = one(`В Астане открылся форум\n\n12 октября 2022 года в Астане открылся форум. ${RU_BODY}\n\nДля справок: пресс-служба, т. 8 (7172) 74-50-00`);
  assert.deepEqual(ru.contacts, [{ name: null, role: 'пресс-служба', phones: ['+77172745000'] }]);
});

test('double given names and feminine names decline back to the nominative', () => {
  assert.equal(ruNameNominative('Касым-Жомарта Токаева', 'gen'), 'Касым-Жомарт Токаев');
  assert.equal(ruNameNominative('Марии Захаровой', 'gen'), 'Мария Захарова');
  assert.equal(ruNameNominative('Ольги Петровой', 'gen'), 'Ольга Петрова');
  assert.equal(ruNameNominative('Ирины Смирновой', 'gen'), 'Ирина Смирнова');
});

test('"Tel./fax" is a phone, "Fax" alone is not; an office\'s name ("Media Relations Section") is not a person\'s', () => {
  const item = one(`Chairman concludes visit to Central Asia\n\nVIENNA, 14 April 2023 – ${EN_BODY}\n\nContacts\nCommunication and Media Relations Section\nSecretariat\nOffice: +43 1 514 36 6000\nTel./fax: +43 1 514 36 6996\nFax: +43 1 514 36 6105`);
  assert.deepEqual(item.contacts, [{ name: null, role: 'Communication and Media Relations Section, Secretariat', phones: ['+431514366000', '+431514366996'] }]);
  assert.ok(!isPersonName('Media Relations Section'));
});

test('a statement\'s author from who is quoted as saying it ("…," said …; «…», – заявил …)', () => {
  const en = one(`Statement on the situation on the border\n\n16.09.2022\n\n"We call on the parties to refrain from any actions that could lead to escalation," said the Secretary General Anna Example.`);
  assert.equal(en.kind, 'statement');
  assert.equal(en.author?.name, 'Anna Example');
  const ru = one(`Заявление в связи с ситуацией на границе\n\n16.09.2022\n\n«Призываем стороны проявить сдержанность и решать все вопросы путём переговоров», – заявил Генеральный секретарь Организации Иван Примеров.`);
  assert.equal(ru.author?.name, 'Иван Примеров');
});

test('"Press release | 12 March 2021" is a date line that also gives the kind; «Опубликовано 12.03.2021 в 14:30» is a date line', () => {
  const en = one(`Agency opens office in Bishkek\nPress release | 12 March 2021\n\nBISHKEK – ${EN_BODY}`);
  assert.equal(en.date, '2021-03-12');
  assert.equal(en.kind, 'press_release');
  assert.equal(en.title, 'Agency opens office in Bishkek');
  const ru = one(`Министр провел встречу с атташе\n\nОпубликовано 12.03.2021 в 14:30\n\n${RU_BODY}`);
  assert.equal(ru.date, '2021-03-12');
});

test('"Media advisory: …" and "Note to correspondents: …" headlines are announcements', () => {
  assert.equal(one(`Media advisory: accreditation opens for the Ministerial Council\n\n27 October 2022\n\nJournalists may apply for accreditation through the online system until 18 November 2022.`).kind, 'announcement');
  assert.equal(one(`Note to correspondents: briefing by the Special Envoy\n\n27 October 2022\n\nThe Special Envoy briefed journalists on the results of his visit to the region.`).kind, 'announcement');
});

test('"Name (State)" in an enumeration: the state in brackets is that participant\'s', () => {
  const en = extractMeeting('The meeting of the Council of Foreign Ministers was held in Minsk. The meeting was attended by the Foreign Ministers Ararat Example (Armenia), Vladimir Example (Belarus) and Sergey Example (Russian Federation).', 'en')!;
  assert.deepEqual(en.participants.map((p) => [p.name, p.role, p.state]), [['Ararat Example', 'Minister of Foreign Affairs', 'AM'], ['Vladimir Example', 'Minister of Foreign Affairs', 'BY'], ['Sergey Example', 'Minister of Foreign Affairs', 'RU']]);
  const ru = extractMeeting('В Минске состоялось заседание Совета министров иностранных дел. В заседании приняли участие министры иностранных дел Арарат Мирзоян (Армения) и Сергей Лавров (Россия).', 'ru')!;
  assert.deepEqual(ru.participants.map((p) => [p.name, p.state]), [['Арарат Мирзоян', 'AM'], ['Сергей Лавров', 'RU']]);
});

test('a body\'s name loses the organization pages append to it, not words of its own', () => {
  assert.equal(withoutOrganization('Council of Foreign Ministers (CFM) of the Shanghai Cooperation Organisation (SCO)'), 'Council of Foreign Ministers');
  assert.equal(withoutOrganization('Regional Anti-Terrorist Structure of the SCO'), 'Regional Anti-Terrorist Structure');
  assert.equal(withoutOrganization('Совет глав государств Содружества Независимых Государств'), 'Совет глав государств');
  assert.equal(withoutOrganization('Council of the European Union'), 'Council of the European Union');
  assert.equal(withoutOrganization('Council of Heads of States'), 'Council of Heads of States');
  const m = extractMeeting('14 октября 2022 года в Астане состоялось заседание Высшего государственного совета Союзного государства под председательством Президента Республики Беларусь Александра Лукашенко.', 'ru')!;
  assert.equal(m.body, 'Высший государственный совет');
  assert.equal(m.chair?.name, 'Александр Лукашенко');
});

test('the last capitalized word of an institution is not taken into the name that follows it', () => {
  assert.equal(parseRoleName('the Speaker of the State Duma Vyacheslav Example')?.name, 'Vyacheslav Example');
  assert.equal(parseRoleName('Председатель Государственной Думы Вячеслав Володин')?.name, 'Вячеслав Володин');
  assert.equal(parseRoleName('Президент Российской Федерации Владимир Владимирович Путин')?.name, 'Владимир Владимирович Путин');
  assert.equal(parseRoleName('OSCE Secretary General Helga Maria Schmid')?.name, 'Helga Maria Schmid');
});

test('"For more information contact: Name, role, tel. …" gives the name and role without the label', () => {
  const item = one(`Agency opens office\n\nGENEVA, 3 March 2021 – ${EN_BODY}\n\nFor more information contact: Jane Example, Communications Officer, tel. +41 22 917 1234`);
  assert.deepEqual(item.contacts, [{ name: 'Jane Example', role: 'Communications Officer', phones: ['+41229171234'] }]);
});

test('a place over a date line at the foot of an item and an e-mail written "name[at]host" are not text of the item', () => {
  const item = one(`Ministers discuss trade and transit\n\nGENEVA, 3 March 2021 – ${EN_BODY}\n\n${EN_BODY}\n\nGoa\nMay 05, 2023\n\nContacts:\nтел.: +996 (312) 61-12-13\nэл. почта: aigul.example[at]undp.org`);
  assert.ok(!item.body.includes('Goa'));
  assert.ok(!item.body.includes('[at]'));
});

test('formats: "via video link", «в режиме ВКС», «в дистанционном формате»; «в узком составе», "in a restricted format"', () => {
  const fmt = (t: string, l: 'en' | 'ru') => extractMeeting(t, l)?.format;
  assert.equal(fmt('The meeting of the Council of Foreign Ministers was held via video link.', 'en'), 'videoconference');
  assert.equal(fmt('Заседание Совета министров обороны прошло в режиме ВКС.', 'ru'), 'videoconference');
  assert.equal(fmt('Заседание Совета министров обороны прошло в дистанционном формате.', 'ru'), 'videoconference');
  assert.equal(fmt('Заседание Совета коллективной безопасности прошло в узком составе.', 'ru'), 'in_person');
  assert.equal(fmt('The session of the Collective Security Council was held in a restricted format.', 'en'), 'in_person');
});

test('HTML: what Readability leaves out is still told apart — another item\'s teaser above, a footer below, the item\'s own date line', () => {
  const item = one(`<html><head><meta charset="utf-8"><title>Новости</title></head><body><div class="top"><a href="/">Главная</a></div><div class="wrap">
    <div class="item"><span>24.05.2022</span><h3><a href="/n/2">Заседание Совета министров обороны прошло в Москве</a></h3><p>24 мая 2022 года в Москве под председательством Министра обороны состоялось заседание Совета министров обороны...</p><a href="/n/2">Подробнее</a></div>
    <div class="when">28.09.2021</div>
    <div class="item-full"><h1>О ситуации на кыргызско-таджикской границе</h1>
    <p>Генеральный секретарь Организации Иван Примеров выражает серьёзную обеспокоенность в связи с обострением ситуации на кыргызско-таджикской границе и призывает стороны к сдержанности.</p>
    <p>Секретариат готов оказать необходимое содействие в урегулировании ситуации политико-дипломатическими средствами, на основе норм международного права.</p></div></div>
    <div class="foot">© 2021 Организация</div></body></html>`, 'p.html');
  assert.equal(item.title, 'О ситуации на кыргызско-таджикской границе');
  assert.equal(item.date, '2021-09-28');
  assert.ok(item.dropped.some((d) => d.kind === 'teaser' && d.text.includes('24 мая 2022')));
  assert.ok(item.dropped.some((d) => d.kind === 'footer'));
  assert.ok(!item.body.includes('24 мая 2022'));
});

test('a date after the headline on its line ("… (16.09.2022)", "… | 12 March 2021") is the date line', () => {
  const a = one(`Statement on the situation on the border (16.09.2022)\n\nThe Secretariat is deeply concerned over the clashes on the border and calls on the parties to refrain from escalation.`);
  assert.equal(a.title, 'Statement on the situation on the border');
  assert.equal(a.date, '2022-09-16');
  const b = one(`Ministers meet in Minsk to discuss transit | 12 March 2021\n\n${EN_BODY}`);
  assert.equal(b.title, 'Ministers meet in Minsk to discuss transit');
  assert.equal(b.date, '2021-03-12');
});

test('«Заседание провёл Министр …»: the one named after «провёл» chairs', () => {
  const m = extractMeeting('В Минске состоялось заседание Совета министров обороны. Заседание провёл Министр обороны Республики Беларусь Виктор Хренин.', 'ru')!;
  assert.equal(m.chair?.name, 'Виктор Хренин');
});

test('"Statement by the Chairperson-in-Office, Foreign Minister Name, on …": the author among the commas', () => {
  const item = one(`Statement by the Chairperson-in-Office, Polish Foreign Minister Zbigniew Example, on the situation in the region\n\n16.09.2022\n\nThe Chairperson-in-Office is deeply concerned about the situation and calls for restraint.`);
  assert.equal(item.kind, 'statement');
  assert.equal(item.author?.name, 'Zbigniew Example');
});
