/**
 * A generated bilingual press archive for the search benchmark: N items in English and Russian
 * over the demo directory (bodies, member states, sections) plus generated people, written with
 * plain prepared statements inside large transactions (fast; the commands would take minutes).
 * Deterministic: the same seed gives the same archive.
 */
import type Database from 'better-sqlite3';

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES: [string, string][] = [
  ['ka', 'ка'], ['ra', 'ра'], ['pe', 'пе'], ['to', 'то'], ['mi', 'ми'], ['sa', 'са'], ['no', 'но'], ['vi', 'ви'], ['lu', 'лу'],
  ['de', 'де'], ['go', 'го'], ['ba', 'ба'], ['zhe', 'же'], ['kha', 'ха'], ['ya', 'я'], ['ri', 'ри'], ['mo', 'мо'], ['ti', 'ти'],
  ['sha', 'ша'], ['ne', 'не'], ['da', 'да'], ['bu', 'бу'], ['fe', 'фе'], ['chi', 'чи'],
];
const ENDINGS: [string, string][] = [['yan', 'ян'], ['ov', 'ов'], ['ev', 'ев'], ['enko', 'енко'], ['in', 'ин'], ['bekov', 'беков'], ['uly', 'улы'], ['ski', 'ский']];
const GIVEN: [string, string][] = [
  ['Sergei', 'Сергей'], ['Andrei', 'Андрей'], ['Viktor', 'Виктор'], ['Ruslan', 'Руслан'], ['Nurlan', 'Нурлан'], ['Suren', 'Сурен'],
  ['Murat', 'Мурат'], ['Igor', 'Игорь'], ['Aleksandr', 'Александр'], ['Timur', 'Тимур'], ['Arman', 'Арман'], ['Oleg', 'Олег'],
];
/** Topics: adjective × noun, in both languages (Russian in the nominative and the genitive). */
const ADJECTIVES: [string, string, string][] = [
  ['border', 'пограничная', 'пограничной'], ['regional', 'региональная', 'региональной'], ['information', 'информационная', 'информационной'],
  ['military', 'военная', 'военной'], ['anti-drug', 'антинаркотическая', 'антинаркотической'], ['collective', 'коллективная', 'коллективной'],
  ['cyber', 'кибернетическая', 'кибернетической'], ['humanitarian', 'гуманитарная', 'гуманитарной'], ['technical', 'техническая', 'технической'],
  ['medical', 'медицинская', 'медицинской'], ['emergency', 'чрезвычайная', 'чрезвычайной'], ['joint', 'совместная', 'совместной'],
];
const NOUNS: [string, string, string][] = [
  ['security', 'безопасность', 'безопасности'], ['cooperation', 'кооперация', 'кооперации'], ['exercise', 'тренировка', 'тренировки'],
  ['policy', 'политика', 'политики'], ['strategy', 'стратегия', 'стратегии'], ['operation', 'операция', 'операции'],
  ['assistance', 'помощь', 'помощи'], ['reform', 'реформа', 'реформы'], ['training', 'подготовка', 'подготовки'],
  ['conference', 'конференция', 'конференции'], ['mission', 'миссия', 'миссии'], ['initiative', 'инициатива', 'инициативы'],
];
const CITIES: [string, string, string][] = [
  ['Moscow', 'Москва', 'Москве'], ['Minsk', 'Минск', 'Минске'], ['Yerevan', 'Ереван', 'Ереване'], ['Astana', 'Астана', 'Астане'],
  ['Bishkek', 'Бишкек', 'Бишкеке'], ['Dushanbe', 'Душанбе', 'Душанбе'], ['Almaty', 'Алматы', 'Алматы'], ['Sochi', 'Сочи', 'Сочи'],
];
/** Body sentences with slots: {p} person, {t} topic (genitive in Russian), {c} city, {n} a number. */
const SENTENCES: [string, string][] = [
  ['The ministers of defence discussed {t} and agreed on the next steps.', 'Министры обороны обсудили вопросы {t} и согласовали дальнейшие шаги.'],
  ['{p} presented a report on {t}.', '{p} выступил с докладом о ходе {t}.'],
  ['The meeting took place in {c} and was attended by {n} delegations.', 'Заседание прошло в {c}, в нём приняли участие {n} делегаций.'],
  ['The Secretary General noted the importance of {t} for the member states.', 'Генеральный секретарь отметил значение {t} для государств-членов.'],
  ['The Council approved a plan of {t} for the coming year.', 'Совет утвердил план {t} на предстоящий год.'],
  ['Representatives of the Joint Staff informed the participants about the results of {t}.', 'Представители Объединённого штаба проинформировали участников о результатах {t}.'],
  ['{p} thanked the hosts for the excellent organization of the talks.', '{p} поблагодарил принимающую сторону за прекрасную организацию переговоров.'],
  ['The parties exchanged views on the situation in the region of collective security.', 'Стороны обменялись мнениями о ситуации в регионе коллективной безопасности.'],
  ['A working group will prepare proposals within {n} months.', 'Рабочая группа подготовит предложения в течение {n} месяцев.'],
  ['The press service will publish the documents adopted after their signing.', 'Пресс-служба опубликует принятые документы после их подписания.'],
];

export interface GeneratedArchive {
  items: number;
  people: number;
  /** Names of a few generated people, for queries: [latin, cyrillic, cyrillic genitive]. */
  samplePeople: [string, string, string][];
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** Writes `count` published items (both languages) into a migrated, demo-seeded SQLite database. */
export function generateArchive(sqlite: Database.Database, count: number, options: { seed?: number; peopleCount?: number } = {}): GeneratedArchive {
  const rnd = random(options.seed ?? 42);
  const peopleCount = options.peopleCount ?? 3000;
  const sections = sqlite.prepare('select id from section order by id').all() as { id: number }[];
  const states = sqlite.prepare("select s.code, en.short_name en, ru.short_name ru from member_state s join member_state_translation en on en.state_code = s.code and en.locale = 'en' join member_state_translation ru on ru.state_code = s.code and ru.locale = 'ru' order by s.code").all() as { code: string; en: string; ru: string }[];
  const bodyNames = sqlite.prepare("select b.id, en.name en, ru.name ru from body b join body_translation en on en.body_id = b.id and en.locale = 'en' join body_translation ru on ru.body_id = b.id and ru.locale = 'ru'").all() as { id: number; en: string; ru: string }[];

  const people: { id: number; en: string; ru: string; ruGen: string }[] = [];
  const samplePeople: [string, string, string][] = [];
  const insertPerson = sqlite.prepare("insert into person (slug, gender) values (?, 'male')");
  const insertPersonT = sqlite.prepare('insert into person_translation (person_id, locale, given_name, patronymic, family_name) values (?, ?, ?, null, ?)');
  const insertAlias = sqlite.prepare('insert into person_alias (person_id, locale, name) values (?, ?, ?)');
  const insertDoc = sqlite.prepare("insert into document (slug, type, section_id, meeting_id, author_appointment_id, contact_id, first_published_at, created_at, updated_at) values (?, ?, ?, null, null, null, ?, ?, ?)");
  const insertEdition = sqlite.prepare("insert into edition (document_id, number, state, public_timestamp, published_at, major_change, created_at, updated_at) values (?, 1, 'published', ?, ?, 1, ?, ?)");
  const insertT = sqlite.prepare('insert into edition_translation (edition_id, locale, title, summary, body, change_note) values (?, ?, ?, ?, ?, null)');
  const insertDB = sqlite.prepare('insert or ignore into document_body (document_id, body_id) values (?, ?)');
  const insertDS = sqlite.prepare('insert or ignore into document_state (document_id, state_code) values (?, ?)');
  const insertDP = sqlite.prepare('insert or ignore into document_person (document_id, person_id) values (?, ?)');

  sqlite.transaction(() => {
    const used = new Set<string>();
    for (let i = 0; people.length < peopleCount && i < peopleCount * 20; i++) {
      const n = 2 + Math.floor(rnd() * 2);
      let en = '';
      let ru = '';
      for (let k = 0; k < n; k++) {
        const [l, c] = pick(rnd, SYLLABLES);
        en += l;
        ru += c;
      }
      const [le, ce] = pick(rnd, ENDINGS);
      en = en[0]!.toUpperCase() + en.slice(1) + le;
      ru = ru[0]!.toUpperCase() + ru.slice(1) + ce;
      if (used.has(en)) continue;
      used.add(en);
      const [ge, gr] = pick(rnd, GIVEN);
      const id = Number(insertPerson.run(`bench-${en.toLowerCase()}-${people.length}`).lastInsertRowid);
      insertPersonT.run(id, 'en', ge, en);
      insertPersonT.run(id, 'ru', gr, ru);
      if (en.includes('y')) insertAlias.run(id, 'en', `${ge} ${en.replace(/y/g, 'i')}`);
      const ruGen = /(ов|ев|ин)$/.test(ru) ? `${ru}а` : ru;
      people.push({ id, en: `${ge} ${en}`, ru: `${gr} ${ru}`, ruGen: `${gr}а ${ruGen}`.replace(/йа /, 'я ').replace(/ьа /, 'я ') });
      if (samplePeople.length < 8 && /(ов|ев|ин)$/.test(ru)) samplePeople.push([en.replace(/y/g, 'i'), ru, ruGen]);
    }
  })();

  const TYPES = ['news', 'news', 'news', 'meeting_report', 'statement', 'press_release', 'interview', 'announcement'];
  const start = Date.parse('2005-01-01T00:00:00Z');
  const span = Date.parse('2026-01-01T00:00:00Z') - start;
  const BATCH = 5000;
  for (let from = 0; from < count; from += BATCH) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        const ts = new Date(start + Math.floor((i / count) * span) + Math.floor(rnd() * 3_600_000)).toISOString();
        const adjective = pick(rnd, ADJECTIVES);
        const noun = pick(rnd, NOUNS);
        const city = pick(rnd, CITIES);
        const body = pick(rnd, bodyNames);
        const state = pick(rnd, states);
        const linked = [pick(rnd, people), pick(rnd, people)];
        const nDeleg = 3 + Math.floor(rnd() * 5);
        const fill = (s: string, lang: 'en' | 'ru') => s
          .replace('{p}', lang === 'en' ? linked[Math.floor(rnd() * 2)]!.en : linked[Math.floor(rnd() * 2)]!.ru)
          .replace('{t}', lang === 'en' ? `${adjective[0]} ${noun[0]}` : `${adjective[2]} ${noun[2]}`)
          .replace('{c}', lang === 'en' ? city[0] : city[2])
          .replace('{n}', String(nDeleg));
        const sentences = Array.from({ length: 4 + Math.floor(rnd() * 3) }, () => pick(rnd, SENTENCES));
        const docId = Number(insertDoc.run(`bench-${i}`, pick(rnd, TYPES), pick(rnd, sections).id, ts, ts, ts).lastInsertRowid);
        const editionId = Number(insertEdition.run(docId, ts, ts, ts, ts).lastInsertRowid);
        insertT.run(editionId, 'en',
          `${body.en} on ${adjective[0]} ${noun[0]} in ${city[0]}`,
          `${linked[0]!.en} and ${linked[1]!.en} discussed ${adjective[0]} ${noun[0]} with ${state.en}.`,
          sentences.map((s) => fill(s[0], 'en')).join(' '));
        insertT.run(editionId, 'ru',
          `${body.ru}: вопросы ${adjective[2]} ${noun[2]} в ${city[2]}`,
          `${linked[0]!.ru} и ${linked[1]!.ru} обсудили вопросы ${adjective[2]} ${noun[2]} с представителями государства ${state.ru}.`,
          sentences.map((s) => fill(s[1], 'ru')).join(' '));
        insertDB.run(docId, body.id);
        insertDS.run(docId, state.code);
        for (const p of linked) insertDP.run(docId, p.id);
      }
    })();
  }
  return { items: count, people: people.length, samplePeople };
}
