/**
 * From the blocks of a page (paragraphs, headings, lines — from a text file or from HTML) to
 * items: boilerplate and other items' teasers set aside, the main item's title, date, kind, body,
 * meeting, author and contacts found, and what is doubtful reported as warnings. Pure.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { Locale } from '../platform/i18n/locales.ts';
import {
  BODIES, canonicalBody, CITIES, isCookieNotice, ruGenitiveToNominative, FOOTER_LINES, isMenuLine, kindLabel, matchPerson, nameWords, namesMatch, NAVIGATION_LINES, READ_MORE_LINES, RELATED_HEADINGS, RANKS,
  SEPARATOR_LINE, SHARE_LINES, splitRank, stateCode, stateSpans,
  type Contact, type DirectoryPerson, type Dropped, type DroppedKind, type ExtractedItem, type ExtractedMeeting, type ItemKind,
  type MeetingFormat, type Participant, type Warning,
} from './domain.ts';
import { findDates, heldDate, isoDate, leadingDate, relativeMentions, standaloneDate } from './extract-dates.ts';

export interface Block {
  text: string;
  /** h1 = the page's own heading; h = another heading; p = paragraph or line. */
  tag: 'h1' | 'h' | 'p';
  /** What the page's markup says this block is (class names, landmarks). */
  hint?: DroppedKind;
}

export interface ExtractOptions {
  locale?: Locale | 'auto';
  /** People of the directory, to match names against. */
  people?: readonly DirectoryPerson[];
  /** A date the page's markup vouches for (e.g. article:published_time). */
  metaDate?: string | null;
  /** The page's title from its markup, when no heading is among the blocks. */
  metaTitle?: string | null;
  /** Names each person the directory knows, by id, in the item's locale (for canonical spelling). */
  personName?: (id: number, locale: Locale) => string | undefined;
  /** Texts of the page's footer that the markup set apart from the blocks (they may give the press office's phones). */
  footer?: readonly string[];
  /** Captions of the item's photos ("Top row from left: Name (State), …"), which name who took part. */
  captions?: readonly string[];
}

const PHONE_LINE = /^(?:(?:tel|phone|ph|fax|тел|телефон|факс|моб|mobile)\.?\s*:?\s*)?(\+?\s?\d[\d\s()\-–.]{6,}\d)(?:\s*[,;]\s*(\+?\s?\d[\d\s()\-–.]{6,}\d))*\s*\.?$/i;
const EMAIL_LINE = /^(?:e-?mail|эл\.?\s?почта|электронная почта|email)?\s*:?\s*[^\s@]+(?:@|\[at\]|\(at\)|\s\[?at\]?\s)[^\s@]+(?:\.|\[dot\]|\(dot\))[^\s@]+$/i;
const URL_LINE = /^https?:\/\/\S+$/i;

export function detectLocale(text: string): Locale {
  const sample = text.slice(0, 4000);
  const cyr = (sample.match(/[а-яё]/gi) ?? []).length;
  const lat = (sample.match(/[a-z]/gi) ?? []).length;
  return cyr > lat * 0.5 ? 'ru' : 'en';
}

/** Blocks of a plain-text page: one per line, hard-wrapped lines of a paragraph joined again. */
export function textToBlocks(text: string): { blocks: Block[]; firstUrl: string | null } {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  // "Республика Армения ....... Министр …": dot leaders make a line an entry of a table, with its leaders gone.
  const lines = raw.map((l) => l.replace(/[\t\u00a0 ]+/g, ' ').trim().replace(/\s*(?:\.{4,}|…{2,}|_{4,})\s*/gu, ' – '));
  const indent = raw.map((l) => /^[\t ]*/.exec(l.replace(/\t/g, '    '))![0].length);
  const blocks: Block[] = [];
  let firstUrl: string | null = null;
  let previousBlank = true;
  // A page hard-wrapped at a fixed width (paragraphs between blank lines, each line up to ~80 characters): a line
  // that reaches near that width runs on into the next, whatever the next begins with.
  const running = lines.filter((l, i) => l.length >= 40 && l.length <= 100 && (lines[i + 1] ?? '') !== '').map((l) => l.length).sort((a, b) => a - b);
  const width = running[Math.floor(running.length / 2)] ?? 0;
  const wrapped = lines.filter((l) => l.length > 100).length <= 2 && running.length >= 4 && width >= 55;
  let lastLine = '';
  let lastIndent = 0;
  for (const [n, line] of lines.entries()) {
    if (line === '') { previousBlank = true; continue; }
    if (blocks.length === 0 && firstUrl === null && URL_LINE.test(line)) { firstUrl = line; continue; }
    const last = blocks[blocks.length - 1];
    // … but a rule, a menu or breadcrumb line, or a date line of its own is no wrapped prose.
    const runsOn = wrapped && lastLine.length >= Math.max(50, width * 0.8) && !/[:;]$/.test(lastLine) && !/^(?:[-–—•*]\s|\d+[.)]\s)/u.test(line)
      && /\p{Ll}{2}/u.test(lastLine) && !/\s[|>›»]\s/u.test(lastLine) && !SEPARATOR_LINE.test(lastLine) && !SEPARATOR_LINE.test(line) && standaloneDate(line) === null;
    const previous = lastLine;
    const previousIndent = lastIndent;
    lastLine = line;
    lastIndent = indent[n]!;
    // Lines set in from the margin are a list's entries: one runs on only into a line set in further (its continuation).
    const listed = indent[n]! >= 2 || previousIndent >= 2;
    const continues = listed ? indent[n]! > previousIndent && !/[:;.]$/.test(previous) : runsOn;
    if (!previousBlank && last && (continues || (!listed && last.text.length >= 60 && !/[.!?:»"”)]$/.test(previous) && /^[a-zа-яё(«"]/.test(line)))) {
      last.text += ' ' + line;
    } else {
      blocks.push({ text: line, tag: 'p' });
    }
    previousBlank = false;
  }
  return { blocks, firstUrl };
}

// ---------------------------------------------------------------------------------------------
// People in phrases
// ---------------------------------------------------------------------------------------------

const NOT_NAME = new Set([
  'Minister', 'Ministers', 'Defense', 'Defence', 'Foreign', 'Affairs', 'Republic', 'Federation', 'Secretary', 'General', 'Colonel', 'Lieutenant',
  'Major', 'Army', 'Head', 'Chief', 'Joint', 'Staff', 'Council', 'Press', 'President', 'Prime', 'Deputy', 'First', 'Security', 'Chairman', 'The',
  'Collective', 'Treaty', 'Organization', 'Kyrgyz', 'Russian', 'State', 'Secretariat', 'Committee', 'Ambassador', 'Permanent', 'Representative',
  'Министр', 'Министра', 'Республики', 'Республика', 'Федерации', 'Федерация', 'Российской', 'Российская', 'Кыргызской', 'Кыргызская', 'Генеральный',
  'Генерального', 'Начальник', 'Начальника', 'Пресс-секретарь', 'Президент', 'Президента', 'Председатель', 'Председателя', 'Объединенного',
  'Объединённого', 'Секретарь', 'Секретаря', 'Заместитель', 'Постоянный', 'Премьер-министр', 'Премьер-министра', 'Совета', 'Совет',
  // Words of the names of offices and units ("Media Relations Section", "Press Office"), never of a person's.
  'Section', 'Relations', 'Media', 'Communication', 'Communications', 'Information', 'Unit', 'Division', 'Centre', 'Center', 'Bureau', 'Desk',
  'Team', 'Public', 'International', 'National', 'Mission', 'Embassy', 'Project', 'Group', 'Directorate', 'Administration', 'News', 'Newsroom',
  'Contact', 'Contacts', 'Headquarters', 'Secretariat', 'Institute', 'Foundation', 'Fund', 'Bank', 'Authority', 'Board',
  // Words of groups, places and events that a list of participants names beside people ("22 Member States", "the Middle East").
  'Member', 'Members', 'States', 'Cabinet', 'Кабинета', 'Кабинет', 'Министров', 'Ministries',
  // Regions and the names parliaments go by ("Central Asia", «Маджлиси Оли», "Jogorku Kenesh").
  'Central', 'Asia', 'Europe', 'Eastern', 'Western', 'Northern', 'Southern', 'Majlisi', 'Oli', 'Oliy', 'Маджлиси', 'Оли', 'Олий', 'Jogorku', 'Жогорку', 'Summit', 'Middle', 'East',
  'Duma', 'Parliament', 'Senate', 'Majlis', 'Mazhilis', 'Kenesh', 'Rada', 'Speaker', 'Court', 'Prosecutor', 'Police', 'Guard', 'Forces',
  'Думы', 'Дума', 'Парламента', 'Сената', 'Сенат', 'Меджлиса', 'Мажилиса', 'Кенеша', 'Рады', 'Суда', 'Спикер',
  // Institutions and offices that stand before a name in a role ("the Organization", «Секретариата»), never part of it.
  'Organisation', 'Organization', 'Commission', 'Union', 'Assembly', 'Government', 'Ministry', 'Office', 'Agency', 'Service', 'Department',
  'Programme', 'Program', 'Nations', 'United', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Director', 'Executive', 'Special', 'High',
  'Commissioner', 'Secretary-General', 'Chair', 'Chairperson', 'Chairman-in-Office', 'Vice', 'Governor', 'Mayor', 'Envoy', 'Coordinator',
  'Организации', 'Организация', 'Секретариата', 'Секретариат', 'Комитета', 'Комитет', 'Комиссии', 'Комиссия', 'Правительства', 'Министерства',
  'Содружества', 'Союза', 'Ассамблеи', 'Штаба', 'Парламента', 'Службы', 'Управления', 'Департамента', 'Посол', 'Посла', 'Представитель',
  'Представителя', 'Полномочный', 'Полномочного', 'Спикер', 'Директор', 'Директора', 'Руководитель', 'Руководителя', 'Глава', 'Главы',
]);

function isNameWord(w: string): boolean {
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$/u.test(w) && !NOT_NAME.has(w) && stateCode(w) === null;
}

/** "the Head of the CSTO Joint Staff - Colonel General Anatoly Sidorov" → role, rank, name. */
export function parseRoleName(phrase: string): { role: string | null; rank: string | null; name: string } | null {
  const words = phrase.replace(/[.;:]+$/, '').trim().split(/\s+/);
  let n = 0;
  while (n < 3 && n < words.length && isNameWord(words[words.length - 1 - n]!)) n++;
  if (n === 0) return null;
  // A Russian name of three words has a patronymic in the middle («Владимир Владимирович Путин»); otherwise the
  // third word from the end belongs to the role («… Государственной Думы Вячеслав Володин»).
  // Unless what stands before the three is a state or a rank: then they are all the name, as Persian, Arabic and
  // Spanish names of three words are («… Исламской Республики Пакистан Хаваджа Мухаммад Асиф», «бригадный генерал
  // Мохаммад Реза Аштиани»).
  const before = words[words.length - 4];
  const nameAfterStateOrRank = before !== undefined && (stateCode(before) !== null || /^(?:генерал\S*|адмирал\S*|полковник\S*|майор\S*|маршал\S*|армии|general|admiral|colonel|marshal|major)$/iu.test(before));
  if (n === 3 && /[а-яё]/iu.test(words[words.length - 1]!) && !/(вич|вна|ична|оглы|кызы|улы)$/u.test(words[words.length - 2]!) && !nameAfterStateOrRank) n = 2;
  // "… of the Republic of South Africa Khumbudzo Ntshavheni": a word that ends a state's name with the word before
  // it belongs to the state, not to the name.
  if (n === 3 && before !== undefined && stateCode(before) === null && stateCode(`${before} ${words[words.length - 3]!}`) !== null) n = 2;
  // "High Commissioner for Refugees Filippo Example": the word right after "for"/"of" is the object of the role.
  if (n === 3 && /^(?:for|of|on|in|and|to|по|для)$/u.test(words[words.length - 4] ?? '')) n = 2;
  // Initials before a family name ("S. Jaishankar", «В. Зайнетдинов») belong to the name.
  while (n < words.length && n < 4 && /^[A-ZА-ЯЁ]\.(?:[A-ZА-ЯЁ]\.)?$/u.test(words[words.length - 1 - n]!)) n++;
  // «в Астане», "in Sochi": a capitalized word after a preposition of place is a place, not a person.
  if (/^(?:в|во|на|из|под|in|at|from|near)$/iu.test(words[words.length - n - 1] ?? '')) return null;
  const name = words.slice(words.length - n).join(' ');
  let role = words.slice(0, words.length - n).join(' ').replace(/^(the|a)\s+/i, '').replace(/\s*[-–—,]\s*$/, '')
    .replace(/(?:^|\s+)(?:Mr|Mrs|Ms|Dr|H\.E|г-н|г-жа)\.?$/u, '').replace(/\s*[-–—,]\s*$/, '').trim();
  let rank: string | null = null;
  const lower = role.toLowerCase();
  for (const r of RANKS) {
    if (/(secretary|attorney|consul|governor|director|inspector)[\s-]+general$/i.test(role)) break;
    if (lower.endsWith(r.toLowerCase()) && (lower.length === r.length || /[\s\-–—,]/.test(lower[lower.length - r.length - 1]!))) {
      rank = role.slice(role.length - r.length);
      role = role.slice(0, role.length - r.length).replace(/\s*[-–—,]\s*$/, '').trim();
      break;
    }
  }
  if (role === '' && n === 1) return null;
  return { role: role === '' ? null : role, rank, name };
}

const RU_ROLE_NOMINATIVE: [RegExp, string][] = [
  [/^Министра/u, 'Министр'], [/^Президента/u, 'Президент'], [/^Генерального секретаря/u, 'Генеральный секретарь'],
  [/^Председателя/u, 'Председатель'], [/^Начальника/u, 'Начальник'], [/^Премьер-министра/u, 'Премьер-министр'], [/^Секретаря/u, 'Секретарь'],
  [/^Заместителя/u, 'Заместитель'], [/^Официального представителя/u, 'Официальный представитель'], [/^Пресс-секретаря/u, 'Пресс-секретарь'],
  [/^Постоянного представителя/u, 'Постоянный представитель'],
];
function ruRoleNominative(role: string): string {
  for (const [re, to] of RU_ROLE_NOMINATIVE) {
    const m = new RegExp(re.source, 'iu').exec(role);
    if (m) return (m[0][0] === m[0][0]!.toLowerCase() ? to.charAt(0).toLowerCase() + to.slice(1) : to) + role.slice(m[0].length);
  }
  return role;
}

/** A Russian rank in the genitive or instrumental («генерал-полковника», «генералом армии») → nominative. */
export function ruRankNominative(rank: string): string {
  return rank.replace(/^(генерал|полковник|подполковник|адмирал|майор)(-[а-я]+?)?(?:а|ом)?(?=\s|$)/iu, (_all, head: string, tail: string | undefined) => {
    const t = tail ? tail.replace(/(?:а|ом)$/u, '') : '';
    return head + t;
  }).replace(/^(вице-адмирал|контр-адмирал)(?:а|ом)$/iu, '$1');
}

/**
 * A Russian personal name in the genitive or instrumental («Виктора Хренина», «Сергеем Шойгу») → nominative,
 * by the regular endings of given and family names; names that do not decline (Шойгу, Мирзо) stay.
 */
export function ruNameNominative(name: string, grammaticalCase: 'gen' | 'ins'): string {
  const words = name.split(' ');
  return words.map((whole, i) => {
    // «Касым-Жомарта»: a double given name declines in its last part.
    const dash = whole.lastIndexOf('-');
    const head = dash > 0 && /^[А-ЯЁ]/u.test(whole.slice(dash + 1)) ? whole.slice(0, dash + 1) : '';
    const w = whole.slice(head.length);
    if (!/^[А-ЯЁ][а-яё-]+$/u.test(w)) return whole;
    return head + declined(w, i);
  }).join(' ');
  function declined(w: string, i: number): string {
    const family = i === words.length - 1 && words.length > 1;
    if (grammaticalCase === 'gen') {
      if (family && /(ов|ев|ёв|ин|ын)а$/u.test(w)) return w.slice(0, -1);
      if (family && /(ск|цк)ого$/u.test(w)) return w.slice(0, -3) + 'ий';
      if (family && /(ов|ев|ин)ой$/u.test(w)) return w.slice(0, -2) + 'а';
      if (/ия$/u.test(w)) return w.slice(0, -2) + 'ий';
      if (/[аеиоуыэюя]я$/u.test(w)) return w.slice(0, -1) + 'й';
      if (/ии$/u.test(w)) return w.slice(0, -1) + 'я';
      if (!family && /[бвгдзклмнпрстфхцчшщ]а$/u.test(w)) return w.slice(0, -1);
      if (!family && /[бвдзлмнпрстфц]ы$|[кгхжшчщ]и$/u.test(w)) return w.slice(0, -1) + 'а';
      if (family && /[бвгдзклмнпрстфхцчшщ]а$/u.test(w) && !/(ова|ева|ина)$/u.test(w)) return w.slice(0, -1);
      return w;
    }
    if (family && /(ов|ев|ин|ын)ым$/u.test(w)) return w.slice(0, -2);
    if (family && /(ск|цк)им$/u.test(w)) return w.slice(0, -2) + 'ий';
    if (/[аеиоуыэюя]ем$/u.test(w)) return w.slice(0, -2) + 'й';
    if (/[бвгдзклмнпрстфхцчшщ]ом$/u.test(w)) return w.slice(0, -2);
    return w;
  }
}

/** Whether a Russian phrase names someone in the genitive/instrumental («министра …», «генерал-полковника …», «с министром …»). */
function ruObliqueCase(context: string, role: string | null, rank: string | null): 'gen' | 'ins' | null {
  const head = `${role ?? ''} ${rank ?? ''}`.trim().split(/\s+/)[0] ?? '';
  if (/^(министр|председател|секретар|начальник|заместител|президент|премьер-министр|генеральн|посл|руководител|глав|генерал|полковник|командующ)\S*(ом|ем|ым|им)$/iu.test(head)) return 'ins';
  if (/^(министра|председателя|секретаря|начальника|заместителя|президента|премьер-министра|генерального|государственного|посла|руководителя|главы|генерала|генерал-\S+а|полковника|командующего|постоянного|полномочного|депутата|депутатов|члена|членов|сенатора|сенаторов|представителя|представителей|делегатов)$/iu.test(head)) return 'gen';
  if (/(с участием|при участии|под председательством)\s*$/iu.test(context)) return 'gen';
  return null;
}

const PLURAL_ROLES: [RegExp, { en: string; ru: string }][] = [
  [/defen[cs]e ministers|ministers of defen[cs]e|министры обороны/i, { en: 'Minister of Defence', ru: 'Министр обороны' }],
  [/foreign ministers|ministers of foreign affairs|министры иностранных дел/i, { en: 'Minister of Foreign Affairs', ru: 'Министр иностранных дел' }],
  [/secretaries of (the )?security councils|секретари советов безопасности/i, { en: 'Secretary of the Security Council', ru: 'Секретарь совета безопасности' }],
  [/heads of state|главы государств/i, { en: 'Head of State', ru: 'Глава государства' }],
  [/\bpresidents\b|президенты/i, { en: 'President', ru: 'Президент' }],
  [/prime ministers|heads of government|премьер-министры|главы правительств/i, { en: 'Head of Government', ru: 'Глава правительства' }],
  [/chiefs of (the )?general staffs?|начальники генеральных штабов/i, { en: 'Chief of the General Staff', ru: 'Начальник Генерального штаба' }],
];

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

const MEETING_WORD = /\b(meeting|session|sitting|summit)\b|заседани|сесси|совещани|саммит|(?:тр[её]х|четыр[её]х|много)сторонн\S*\s+встреч|встреч[аеиу]\s+(?:[\p{L}-]+\s+){0,2}(?:министров|глав|высоких представителей|руководителей|секретарей|председателей|начальников|представителей|лидеров|командиров|командующих|экспертов|парламентариев)/iu;
const FUTURE_HELD = /\b(?:to be held|will be held|is to be held|will take place|will meet|will convene|is scheduled to (?:be held|take place)|is due to (?:be held|take place))\b|(?<![\p{L}])(?:состоится|пройд[её]т|будет проведено|будет проведена|будет проведен)(?![\p{L}])/giu;
const HELD_WORD = /\b(was held|were held|took place|held|convened|met|gathered|hosted|concluded|opened)\b|состоял|прош(ло|ел|ёл|ла)(?![\p{L}])|провел|провёл|собрал|(?<![\p{L}])(?:завершил|открыл)(?:ась|ся|ось)(?![\p{L}])/iu;

/** Words after which a full stop does not end a sentence (titles, initials, abbreviations). */
const NO_BREAK_AFTER = /(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Adm|Prof|Amb|No|Nos|Jr|Sr|H\.E|i\.e|e\.g|vs|г|гг|им|т|тел|ул|пр|д|см|ст|с|п|ген|проф)\.$/u;

function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /(?<=[.!?])\s+(?=[A-ZА-ЯЁ«"“])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // Initials or an abbreviation before the break do not end a sentence, unless the paragraph ends there.
    if (!m[0].includes('\n') && NO_BREAK_AFTER.test(text.slice(Math.max(start, m.index - 8), m.index))) continue;
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * "with some delegations connecting online", «Часть делегаций подключилась по видеосвязи», "Baku and online":
 * a meeting some attended in the room and some from afar.
 */
const PARTLY_ONLINE = /\b(?:some|several|a number of|other|part of the|remaining)\s+(?:of the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:delegations|participants|members|ministers|delegates|heads|representatives|speakers)\b[^.]{0,80}?(?:online|remotely|virtually|via video|by video|video ?link|videoconferenc)|(?<![\p{L}])(?:[Чч]асть|[Нн]екоторые|[Рр]яд|[Оо]стальные)\s+(?:членов|делегаций|участников|министров|глав|делегации|участники|члены|министры)[^.]{0,100}?(?:видеоконференц|видеосвяз|онлайн|дистанционн|удал[её]нн)|\b(?:in person|on site|in the room) and (?:online|via video|by video|virtually|remotely)|,?\s+and online\b/iu;
/** "(online)", «(по видеосвязи)» after an entry of the list: that one took part from afar. */
const ONLINE_MARK = /\((?:online|via video(?: ?link)?|by video(?: ?link)?|remotely|virtually|по видеосвязи|онлайн|в режиме видеоконференции|дистанционно)\)/iu;

function meetingFormat(text: string): MeetingFormat | null {
  if (/hybrid|mixed format|смешанн\S* формат|гибридн|очно-заочн/iu.test(text)) return 'hybrid';
  if (/video ?-?conferenc|videoconferencing|video conference|video ?link|online|\bvirtual (?:meeting|session|summit|format|mode)\b|видеоконференц|онлайн|видеосвяз|дистанционн|(?<![\p{L}])ВКС(?![\p{L}])/iu.test(text)) return 'videoconference';
  if (/\bin person\b|\bin-person\b|\bface-to-face\b|(?<![\p{L}])очно(?![\p{L}])|в очном формате|\bin (?:a )?(?:restricted|narrow|extended|expanded) (?:format|composition)|в (?:узком|расширенном) состав/iu.test(text)) return 'in_person';
  return null;
}

function meetingLocation(text: string, locale: Locale): string | null {
  const known = /(?:\b[Ii]n|(?<![\p{L}])(?:[Вв]|[Вв]о))\s+(?:the city of\s+|г\.\s*|городе\s+)?([A-ZА-ЯЁ][\p{L}-]+(?:[\s-][A-ZА-ЯЁ][\p{L}-]+)?)/gu;
  let k: RegExpExecArray | null;
  while ((k = known.exec(text)) !== null) {
    for (const c of CITIES) if (c.re.test(k[1]!)) return c[locale];
  }
  const m = /\b(?:held|took place|met|convened|gathered|meeting|session|summit)\b[^.]{0,160}?\bin\s+(?:the city of\s+)?([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?)|(?:состоял\S*|прош\S*|провел\S*|заседани\S*|сесси\S*|саммит\S*)[^.]{0,80}?\s(?:в|во)\s+(?:г\.\s*|городе\s+)?([А-ЯЁ][\p{L}-]+)/u.exec(text);
  const word = m?.[1] ?? m?.[2];
  if (!word) return null;
  for (const c of CITIES) if (c.re.test(word)) return c[locale];
  if (stateCode(word) !== null || /^(the|режиме|формате)$/i.test(word)) return null;
  // "held in March 2021", "held in English and Russian": a month, a weekday or a language is not a venue.
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Russian|French|Spanish|Chinese|Arabic|German)\b/u.test(word)) return null;
  return locale === 'en' ? word : null;
}

/**
 * A body's name without the organization it belongs to, as pages append it: "… of the Shanghai Cooperation
 * Organisation (SCO)", "… of the CSTO", «… Содружества Независимых Государств», «… ОДКБ».
 */
export function withoutOrganization(name: string): string {
  let out = name.trim();
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out
      .replace(/\s*\([\p{Lu}\d]{2,8}\)$/u, '')
      .replace(/\s+(?:of\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,5}?(?:Organi[sz]ation|Union|Commonwealth|Community|Programme|Program|Nations|Conference|Cooperation|League)(?:\s+(?:of|for|on|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*|(?:of|and|the|in|for)\s+){1,8})?(?:\s+[Mm]ember\s+[Ss]tates)?$/u, '')
      .replace(/\s+(?:of\s+(?:the\s+)?)?[\p{Lu}]{2,6}(?:\s+[Mm]ember\s+[Ss]tates)?$/u, '')
      // "CSTO Coordination Council …": the organization's acronym before the body's name.
      .replace(/^(?:[Tt]he\s+)?(?:\p{Lu}{2,6}\s+)+(?=\p{Lu}\p{Ll})/u, '')
      // «… государств - участников СНГ», «… государств-членов ОДКБ», "… of the member states", "… of the States Parties".
      .replace(/\s+государств\s*[-–—]?\s*(?:участников|членов)(?:\s+\S+)?$|\s+of\s+(?:the\s+)?(?:member\s+states|states\s+parties|participating\s+states)$/iu, '')
      .replace(/\s+(?:Организации|Содружества|Шанхайской организации|Евразийского экономического союза|Союзного государства)(?:\s+\S+){0,5}$/u, '')
      .trim();
    if (out === before) break;
    // "Intergovernmental Commission on Economic Cooperation": what the body is on is no organization.
    if (/\s(?:on|for|in|and|of|по|и)$/iu.test(out)) { out = before; break; }
  }
  // One word is left only for a bureau or presidium (a body of a body: "OSCE PA Bureau"); "SCO Council" keeps its acronym.
  return out.split(/\s+/).length < 2 && !/^(?:Bureau|Presidium|Бюро|Президиум)$/u.test(out) ? name : out;
}

/** A canonical body name in the spelling the page uses ("Defense"/"Defence", "Organization"/"Organisation"). */
function asSpelled(canonical: string, written: string): string {
  let out = canonical;
  for (const [a, b] of [['Defence', 'Defense'], ['Organisation', 'Organization'], ['Programme', 'Program']] as const) {
    if (new RegExp(`\\b${b}\\b`, 'i').test(written) && !new RegExp(`\\b${a}\\b`, 'i').test(written)) out = out.replace(a, b);
    else if (new RegExp(`\\b${a}\\b`, 'i').test(written)) out = out.replace(b, a);
  }
  return out;
}

/**
 * «Постоянной комиссии Парламентской Ассамблеи ОДКБ по вопросам обороны», "Standing Committee of the Parliamentary
 * Assembly on Defence": a commission or committee of a statutory body is the body that met, not its parent.
 */
function subBody(written: string, russian: boolean): string | null {
  for (const b of BODIES) {
    const at = b.patterns.exec(written);
    if (!at || at.index === 0) continue;
    const head = written.slice(0, at.index);
    const ok = russian ? /^(?:[\p{L}-]+\s+){0,2}(?:комиссии|подкомиссии|комитета|рабочей группы|секции)\s+$/iu.test(head)
      : /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Commission|Committee|Subcommittee|Working Group)\s+of\s+(?:the\s+)?$/iu.test(head);
    const rest = written.slice(at.index + at[0].length).replace(/^\s+\p{Lu}{2,6}(?=\s|$)/u, '').trim();
    if (!ok || rest === '' || !/^(?:по|on|for)\s/iu.test(rest)) continue;
    const name = `${head.replace(/\s+of\s+(?:the\s+)?$/iu, '').trim()} ${rest}`;
    return russian ? ruGenitiveToNominative(name) : name;
  }
  return null;
}

/**
 * An ad hoc meeting of a group (no standing body met) is named as the page names the meeting: "Meeting of Foreign
 * Ministers", "Trilateral Meeting of the Ministers of Foreign Affairs", «Встреча министров иностранных дел» — not
 * the group alone ("Defence Ministers"), and not a body it met beside («на полях сессии Генеральной Ассамблеи»).
 */
const BODY_NOUN = /\b(?:Council|Committee|Commission|Assembly|Board|Group|Forum|Conference|Troika|Bureau|Presidium|Cabinet|Parliament|Summit|Collegium)\b|(?<![\p{L}])(?:Совет|Комитет|Комисси|Ассамбле|Бюро|Групп|Форум|Коллеги|Президиум|Саммит|Кабинет)/iu;
const GROUP = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ministers|heads|leaders|representatives|secretaries|chiefs|deputies|speakers|coordinators|officials|envoys)\b/iu;

function meetingBody(text: string, locale: Locale): string | null {
  const sentence = text.replace(SIDELINES, ' ');
  const ru = /(?:^|\s)((?:[\p{L}-]+(?:ую|ая|ой)\s+)?)(?:встреч[аеиу])\s+((?:[IVXLC]+\s+)?(?:высоких\s+|заместителей\s+)?(?:министров|глав|представителей|руководителей|секретарей|председателей|лидеров|начальников)(?:\s+[\p{Ll}-]+){0,4}?)(?=\s+(?:государств|стран|членов|[\p{Lu}]{2,6}(?![\p{L}]))|\s*[,.;]|\s+(?:состоял|прош|в\s|на\s|под\s)|$)/u.exec(sentence);
  if (ru) {
    const adjective = ru[1]!.trim().replace(/(?:ую|ой)$/u, 'ая');
    const named = `${adjective ? `${adjective} встреча` : 'встреча'} ${ru[2]!.trim()}`;
    return named.charAt(0).toUpperCase() + named.slice(1);
  }
  // «… Совета … 7 декабря»: a date after the name is when it met, not its name.
  const named = meetingBodyAsWritten(sentence, locale);
  const dateAtEnd = named ? findDates(named).at(-1) : undefined;
  const found = named && dateAtEnd && dateAtEnd.index > 0 && named.slice(dateAtEnd.index + dateAtEnd.length).trim() === '' ? named.slice(0, dateAtEnd.index).trim() : named;
  // "Council of the Eurasian Economic Commission", "Project Board of the UNDP-GEF project “…”", «Совет
  // Межпарламентской Ассамблеи», «коллегия Министерства обороны»: the body, without the organization it belongs to.
  const ofOrganization = found ? /^(.*?\b(?:Council|Committee|Board|Commission|Group|Bureau|Presidium|Troika|Collegium))\s+of\s+the\s+(?:(?:[\p{Lu}][\p{L}-]*|[\p{Lu}]{2,}(?:-[\p{Lu}]{2,})?)\s+){0,5}(?:Assembly|Organi[sz]ation|Commonwealth|Union|Ministry|Commission|Programme|Program|[Pp]roject|Conference|Fund|Bank|Agency|Office|Secretariat|Parliament|Nations)\b/u.exec(found)
    ?? /^((?:[\p{L}-]+\s+)?(?:[Сс]овет|[Бб]юро|[Пп]резидиум|[Кк]оллегия|[Аа]ссамблея))\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(?:Ассамблеи|Организации|Содружества|Союза|Министерства|Комиссии|Секретариата|Парламента|[Фф]онда|[Бб]анка|[Аа]гентства)(?![\p{L}])/u.exec(found) : null;
  if (ofOrganization) return ofOrganization[1]!.charAt(0).toUpperCase() + ofOrganization[1]!.slice(1);
  if (!found || BODY_NOUN.test(found) || !GROUP.test(found)) return found;
  // The group, without the states and formats it is "of": "Ministers of Foreign Affairs of the Republic of …".
  let group = found.replace(/^the\s+/iu, '');
  const stateAt = stateSpans(group)[0]?.at;
  if (stateAt !== undefined) group = group.slice(0, stateAt).replace(/\s+(?:of|from)(?:\s+the)?(?:\s+(?:Republic|Kingdom|State|Federation)(?:\s+of)?)?\s*$/iu, '').trim();
  group = group.replace(/\s+of\s+the\s+[“"«].*$/u, '').replace(/\s+(?:format|states|member states)$/iu, '').trim();
  const written = new RegExp(`\\b(?:(trilateral|quadrilateral|informal|joint|ministerial)\\s+)?meeting\\s+of\\s+(the\\s+)?(?:\\p{L}+\\s+){0,2}?${group.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').exec(text);
  const adjective = written?.[1] ? `${written[1].charAt(0).toUpperCase()}${written[1].slice(1).toLowerCase()} ` : '';
  return `${adjective}Meeting of ${written?.[2] ? 'the ' : ''}${group}`;
}

function meetingBodyAsWritten(text: string, locale: Locale): string | null {
  const m = /\b(?:meeting|session|sitting)s?\s+of\s+(?:the\s+)?(.+?)(?=\s+(?:was|were|took|has|is|will|under|chaired|via|held|in\s+(?:a|the|an)\b)|\s+in\s+[A-Z]|,|\.|;|$)|(?:заседани[еия]|сесси[яи]|совещани[еия])\s+(?!(?:состоял|прош|под|провед|провел|провёл|было|был|началось|открылось|завершилось)\S*\s|\d)(.+?)(?=\s+(?:состоял|прош|под|в режиме|в формате|в\s|во\s|провел)|,|\.|;|$)/iu.exec(text);
  // "the Senior Officials Committee (SOC) of the Conference on …": the name stops at its acronym in brackets.
  const written = (m?.[1] ?? m?.[2])?.trim()
    // «Комиссии Парламентской ассамблеи тюркоязычных стран (ТюркПА) по правовым вопросам»: a commission of an
    // organization named in full and by its acronym, then by its subject: the commission on the subject.
    .replace(/^((?:[\p{L}-]+\s+)?(?:Комиссии|Комитета|Подкомиссии|Подкомитета|Commission|Committee|Subcommittee)\s+)(?:of\s+(?:the\s+)?)?\S.{0,120}?\s*\((?=[\p{L}-]*\p{Lu}[\p{L}-]*\p{Lu})[\p{L}-]{2,10}\)\s+(?=(?:по|on|for)\s)/u, '$1')
    .replace(/\s*\(\p{Lu}{2,8}\)(?:\s.*)?$/u, '');
  const sub = written ? subBody(written, m?.[2] !== undefined) : null;
  if (sub) return sub;
  // «Совета Парламентской Ассамблеи ОДКБ», "Bureau of the Parliamentary Assembly": the council or bureau of a
  // statutory body met, not the body itself.
  const councilOf = written && canonicalBody(written, locale) !== null ? /^(?:Совета|Бюро|Президиума|Генеральной\s+ассамблеи|Council\s+of\s+the|Bureau\s+of\s+the|Presidium\s+of\s+the|General\s+Assembly\s+of\s+the)\s+(?=\p{Lu})/u.exec(written) : null;
  // «сессия Генеральной ассамблеи Парламентской ассамблеи …»: the general assembly of a statutory body.
  if (councilOf && /^(?:Генеральной|General)/u.test(councilOf[0])) return m?.[2] ? 'Генеральная ассамблея' : 'General Assembly';
  if (councilOf && written) {
    const name = withoutOrganization(written);
    if (name.split(/\s+/).length >= 2) return m?.[2] ? ruGenitiveToNominative(name) : name;
  }
  const canonical = canonicalBody(written ?? '', locale);
  if (canonical) return asSpelled(canonical, written ?? '');
  if (m?.[2] && written) return ruGenitiveToNominative(withoutOrganization(written));
  if (written) return withoutOrganization(written);
  // "Senior officials … met in Almaty for the Regional Expert Meeting on Cross-Border Co-operation": a meeting named
  // in capitals is the body, rather than the people who met.
  const event = /\b(?:for|at|in)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){0,5}(?:Meeting|Conference|Forum|Dialogue|Round[- ]?[Tt]able)(?:\s+(?:on|of)\s+(?:\p{Lu}[\p{L}-]*(?:\s+|(?=[,.;]|$))|(?:and|the|of|in)\s+){1,8})?)/u.exec(text)?.[1]?.trim();
  if (event && /\s/.test(event)) return event.replace(/\s+(?:and|the|of|in)$/u, '');
  // "The Council of Foreign Ministers … met", "The working group on … held its meeting": the subject is the body.
  // «Комитет … на своём заседании 12 марта одобрил …», "The Committee … at its meeting on …": the subject, too.
  const subject = /^(?:On [^,]{4,30},\s*)?(?:the\s+)?(.+?)\s+(?:held (?:its|a|an|the)\b|met\b|convened\b|gathered\b|at its (?:\S+\s+)?(?:meeting|session)\b|на\s+сво[её]м\s+(?:\S+\s+)?заседании(?![\p{L}])|(?:concluded|opened|began|closed)\s+(?:on\s+\S+\s+)?(?:its|the)\s+(?:\S+\s+){0,4}?(?:session|meeting|sitting)\b)/iu.exec(text)?.[1]
    ?.replace(/^[\p{L}\s/]+,\s*\d[^–-]*[–-]\s*(?:the\s+)?/u, '')
    // "On Thursday, 9 March 2023, the Peace and Security Council …": the rest of the date.
    .replace(/^\d{1,2}\s+\p{L}+\s+\d{4},\s*(?:the\s+)?/u, '')
    // «Комитет Жогорку Кенеша по международным делам», «Комитет Государственной Думы по обороне»: the committee of a
    // parliament, without the parliament's name.
    .replace(/^((?:[\p{L}-]+\s+)?(?:Комитет|Комиссия|Подкомитет|Подкомиссия))\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?=по\s)/u, '$1 ');
  if (subject && !isPersonName(subject.replace(/^(?:President|Prime Minister|Президент|Премьер-министр)\s+/u, ''))) {
    const headText = subject.split(/\s+(?:under|at|of the CSTO|ОДКБ)(?![\p{L}\p{N}_])/u)[0] ?? subject;
    const headCanonical = canonicalBody(headText, locale);
    if (headCanonical) return asSpelled(headCanonical, headText);
    const head = canonicalBody(subject.split(/\s+(?:under|at|of the CSTO|ОДКБ)(?![\p{L}\p{N}_])/u)[0] ?? subject, locale);
    if (head) return head;
    // "Ministers of … met": people, not a body; "The Council of Ministers of Foreign Affairs met": a body.
    if (subject.length < 140 && (BODY_NOUN.test(subject.split(/\s+/)[0] ?? '') || !/\b(ministers|leaders|heads|officers|delegation|experts)\b/i.test(subject.split(/\s+/).slice(0, 3).join(' ')))) {
      // "The Committee of Senior Officials (CSO) of the Council of …": the name stops at its acronym in brackets.
      const named = withoutOrganization(subject.replace(/\s*\(\p{Lu}{2,8}\)(?:\s.*)?$/u, ''));
      return named.charAt(0).toUpperCase() + named.slice(1);
    }
  }
  // "…, the OSCE PA Bureau today discussed …": a body that is the subject of what the meeting did.
  const acting = /(?:^|,\s+)the\s+((?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Bureau|Council|Committee|Commission|Presidium|Board|Troika))\s+(?:today\s+|on\s+\p{Lu}\p{Ll}+\s+)?(?:discussed|considered|reviewed|adopted|approved|heard|examined)\b/u.exec(text);
  if (acting) return withoutOrganization(acting[1]!.trim());
  const fallback = canonicalBody(text, locale);
  if (fallback) return asSpelled(fallback, text);
  const membersOf = /\bmeeting with (?:the\s+)?(?:\p{Ll}+\s+)?members of (?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,4}(?:Council|Committee|Commission|Board|Cabinet|Presidium))\b|совещани\S+\s+с\s+(?:\p{Ll}+\s+)?членами\s+((?:\p{L}+\s+){0,3}?(?:Совета|Комитета|Комиссии|Правительства)(?:\s+[\p{Lu}][\p{L}-]*){0,2})/u.exec(text);
  if (membersOf) return membersOf[1] ?? ruGenitiveToNominative(membersOf[2]!.replace(/\s+\p{Lu}{2,6}$/u, ''));
  // "The Eurasian Intergovernmental Council meeting was held …": a body named by capitalized words, without
  // its acronym, right before the word for its meeting.
  // "… presided over the 26th ASEAN Coordinating Council Meeting (ACC)": after an ordinal, and without the acronym.
  const named = /(?:^(?:The\s+)?|\bthe\s+(?:\d+(?:st|nd|rd|th)\s+)?|,\s+)((?:\p{Lu}[\p{L}'’-]+\s+){1,5}(?:Council|Committee|Commission|Assembly|Board|Forum|Conference|Parliament|Cabinet|Group))\s+(?:[Mm]eeting|[Ss]ession|[Ss]itting|[Ss]ummit)s?\b/u.exec(text);
  if (named && !/^(?:The|A|An|On|In)\s/u.test(named[1]!)) return withoutOrganization(named[1]!);
  return null;
}

/** ", Major General Raimberdi Duishenbiev": a comma that goes on to the chair's rank or name, not a new clause. */
const COMMA_NAME = ',(?!\\s*(?:(?:Army|Colonel|Lieutenant|Major|Police|Rear|Vice)\\s+)?(?:General|Admiral|Colonel|Marshal)\\b|\\s*(?:Mr|Ms|Mrs|Dr)\\.?\\s|\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}(?=[.;,]|\\s+(?:was|were|took|in|via|at|and)\\b|$))';
const CHAIR_EN = new RegExp(`(?:under the chairmanship of|chaired by|presided over by|under the presidency of|was presided by)\\s+(?:the\\s+)?(.+?)(?=${COMMA_NAME}|;|(?<!(?:^|[\\s.])(?:Mr|Mrs|Ms|Dr|H\\.E|\\p{Lu}))\\.(?:\\s|$)|\\s+(?:a|an|the)\\s+(?:regular|extraordinary|meeting|session|joint)\\b|\\s+(?:was|were|took|held|in a|in the|via)\\b|$)`, 'iu');
/** "External Affairs Minister Dr. S. Jaishankar chaired the meeting": the subject of "chaired" is the chair. */
/** «Президент Республики Казахстан Касым-Жомарт Токаев провёл заседание Совета безопасности»: who conducts the meeting chairs it. */
const CHAIR_ACTIVE_RU = /(?:^|[,;]\s+)([^,;]{3,140}?)\s+(?:провел|провёл|провела|возглавил|возглавила)\s+(?:(?:\S+\s+)?(?:заседание|сессию|совещание)|(?:тр[её]х|четыр[её]х|много)сторонн\S*\s+встречу)(?![\p{L}])|(?:^|[.;]\s+)(?:\S+\s+)?(?:заседание|сессию|совещание|встречу)(?:\s+\S+){0,14}?\s+(?:провел|провёл|провела|вел|вёл|вела)\s+(?:его\s+|её\s+)?([^;]{3,240}?)(?<!(?:^|[\s.])[^\s.])(?=[.;]\s|[.;]?$)/iu;
const CHAIR_ACTIVE = /(?:^|[,;]\s+|\bwhere\s+)(?:the\s+)?([^,;]{3,140}?)\s+(?:(?:chaired|co-chaired|presided over|presided at)\s+(?:the|a|an|this)\b|(?:led|conducted|moderated)\s+(?:the|this)\s+(?:meeting|session|sitting|discussion)\b)|^(?:On [^,]{4,30},\s*)?((?:President|Prime Minister)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+held\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+){0,2}(?:meeting|session)\s+(?:of|with)\s/u;
const CHAIR_RU = /(?:под председательством|[Пп]редседательствовал[аи]?(?:\s+на\s+(?:заседании|сессии|совещании|встрече))?)\s+(.+?)(?=,|;|(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)|\s+(?:состоял|прош|в режиме|в формате|в\s+[А-ЯЁ]|было|был|провед|очередное|внеочередное|заседани)|$)/iu;

const CHAIR_LONG = /(?:[Uu]nder the chairmanship of|[Cc]haired by|[Пп]од председательством)\s+([^.;]{3,240}?\s\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?=\s+(?:was|were|took|held|состоял\S*|прош\S*|провед\S*|открыл\S*)(?![\p{L}]))/u;

/** A participant from one written mention, in the nominative when Russian puts it in another case. */
function participantOf(who: { role: string | null; rank: string | null; name: string }, locale: Locale, state: string | null, roleOverride?: string): Participant {
  let { name, rank, role } = who;
  if (locale === 'ru' || /[а-яё]/iu.test(name)) {
    const oblique = ruNameCase(name) ?? ruObliqueCase('', role, rank);
    if (oblique) name = ruNameNominative(name, oblique);
    if (rank) rank = ruRankNominative(rank);
    if (role) role = ruRoleNominative(role);
  }
  return { name, rank, role: roleOverride ?? role, state, personId: null };
}

/** Splits an enumeration at commas and at "and"/«и» that follow a name (not inside a role: «иностранных дел и …»). */
function splitEnumeration(text: string): string[] {
  const pieces = text.split(/\s*,\s*(?:as well as\s+|and\s+|а также\s+|и\s+)?|\s+as well as\s+|\s+а также\s+/u);
  const out: string[] = [];
  for (const piece of pieces) {
    const sub = piece.split(/\s+(?:and|и)\s+/u);
    let cur = sub[0]!;
    for (const next of sub.slice(1)) {
      const lastWord = cur.trim().split(/\s+/).pop() ?? '';
      if (isNameWord(lastWord) || /^\p{Lu}\.$/u.test(lastWord)) { out.push(cur); cur = next; } else cur = `${cur} ${/[а-яё]/iu.test(next) ? 'и' : 'and'} ${next}`;
    }
    out.push(cur);
  }
  return out;
}

const COMMA_RANK = new RegExp(`(\\p{L})\\s*,\\s+(?=(?:${RANKS.join('|')})\\s+(?!(?:Director|Secretary|Staff|Inspector|Prosecutor|Consul|Manager|Counsel|Assembly|Directorate|Department)\\b)\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}\\s*(?:[,;.]|$|\\s+(?:and|also|и|а также)(?![\\p{L}])))`, 'gu');

function participantsFrom(sentence: string, locale: Locale): Participant[] {
  let text = sentence
    .replace(/\b(?:participated|took part|were present|participate)\s+in\s+(?:the|this)\s+(?:meeting|session|event|summit|sitting)\.?|^.{0,80}?\b(?:was|were)\s+(?:also\s+)?attended\s+(?:\w+\s+){0,3}?by\b|\battended\s+(?:the\s+)?(?:meeting|session)\.?|\b(?:the )?participants (?:were|included)\b:?|\bparticipating in (?:the|this) (?:meeting|session|event|summit|sitting|talks) (?:were|was)\b|^.{0,60}?\bwas joined by\b|^.{0,80}?\b(?:was|were) represented by\b|\b(?:also\s+)?(?:took part|participated)\s+in\s+(?:the\s+)?(?:work|proceedings)\s+of\s+(?:the\s+)?[\p{L}\s-]{2,60}\.?$|\b(?:heads of delegations |delegations )?taking part in (?:the|this) (?:meeting|session|event|summit|sitting)(?: (?:were|was))?\b:?|\balso present were\b|\b(?:also\s+)?(?:took part|participated)\.?$|\bwith the participation of\b|^\s*(?:participants|участники)\s*:/giu, ' ')
    // «Делегации государств возглавили:», "The delegations were headed by:".
    .replace(/^.{0,100}?(?:возглавил[аи]?|(?:were|was)\s+(?:headed|led)\s+by|\bheads of (?:the\s+)?delegations?\s+(?:were|included))\s*:/iu, ':')
    // «Армянскую делегацию возглавил заместитель Министра …», "The delegation of X was headed by …": its head took part,
    // for the state the delegation is named after.
    .replace(/^(?:(\S+)\s+)?делегацию\s+((?:\S+\s+){0,4}?)возглавил[аи]?\s+(.+)$/iu, (all, adj: string | undefined, of: string, rest: string) => {
      const named = `${adj ?? ''} ${of}`.trim();
      return stateCode(named) && stateCode(rest) === null ? `${rest.replace(/[.;]\s*$/, '')} (${named})` : rest;
    })
    .replace(/^.{0,20}?\bdelegation\s+(?:of\s+([^.,;]{2,40})\s+)?was\s+(?:headed|led)\s+by\s+(.+)$/iu, (all, of: string | undefined, rest: string) => {
      return of && stateCode(of) && stateCode(rest) === null ? `${rest.replace(/[.;]\s*$/, '')} (${of})` : rest;
    })
    .replace(/(?:в|во)\s+(?:заседании|совещании|сессии|мероприятии|встрече|саммите|переговорах|работе\s+\S+)(?:\s+[а-яё]+)?\s+(?:также\s+)?(?:приняли|принял|приняла)\s+участие|приняли участие в\s+\S+|участвовали в\s+\S+|^.{0,120}?(?:в|во)\s+(?:заседании|совещании|сессии|встрече|работе\s+\S+)\s+(?:также\s+)?участвовал[аи]?(?![\p{L}])|^.{0,80}?(?:был|была|было|были)\s+представлен[аоы]?\s|(?:^|\s)\S+\s+(?:прошло|прошла|прошел|прошёл|состоялось|состоялась|состоялся)\s+(?:с участием|при участии)|(?:с участием|при участии)|(?:также\s+)?(?:приняли|принял|приняла)\s+участие\.?$/giu, ' ')
    // "Ararat Mirzoyan (Armenia)": a state in brackets after a name is that person's state.
    .replace(/(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\(([^()]{2,40})\)/gu, (all, written: string, inner: string) => {
      if (stateCode(inner) === null || inner.split(/\s+/).length > 4) return all;
      const words = written.split(/\s+/);
      let n = 0;
      while (n < words.length && n < 3 && isNameWord(words[words.length - 1 - n]!)) n++;
      if (n < 2) return all;
      const before = words.slice(0, words.length - n).join(' ');
      // "Major General Vadim Example (Republic of Belarus)": the state goes before the rank, which stays with the name.
      const rank = RANKS.find((r) => before.toLowerCase() === r.toLowerCase() || before.toLowerCase().endsWith(` ${r.toLowerCase()}`));
      const head = rank ? `${before.slice(0, before.length - rank.length).trim()} ${inner} ${before.slice(before.length - rank.length)}` : `${before} ${inner}`;
      return `${head.trim()} ${words.slice(words.length - n).join(' ')}`.trim();
    })
    // Remarks in brackets that name nobody: "(CFM)", «(в режиме видеоконференции)».
    .replace(/\s*\((?![^()]*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})[^()]*\)/gu, '')
    .replace(/[.;]\s*$/, '').trim()
    // "… Imangali Tasmagambetov and …, Colonel General Andrei Serdyukov, also attended": the verb after the names.
    .replace(/,?\s+(?:(?:also|too)\s+)?(?:attended|were present|was present)$|,?\s+(?:(?:also|too)\s+)?attended\s+as\s+[^,;:]{3,100}$|\s+(?:also|too|также)$/iu, '')
    // "the Chief of the Joint Staff, Colonel General Andrei Serdyukov": a role, then the rank and name after a comma.
    .replace(COMMA_RANK, '$1 ')
    .trim();
  // "The heads of government of the observer states – Prime Minister of … Abdulla Aripov and … – also took part":
  // a list set off by dashes between a group and the rest of the sentence is the list of who took part.
  const dashed = /^([^–—]{3,160}?)\s[–—]\s([^–—]{8,}?)\s[–—](?:\s+\p{Ll}|\s*$)/u.exec(text);
  if (dashed && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(dashed[1]!) && /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(dashed[2]!)) {
    text = `${PLURAL_ROLES.find(([re]) => re.test(dashed[1]!))?.[0].exec(dashed[1]!)?.[0] ?? ''} ${dashed[2]}`.trim();
  }
  const out: Participant[] = [];
  // "… of the SCO Member States: Mr. Qin Gang, State Councilor and Foreign Minister of China; Mr. Murat Nurtleu, …; and …"
  const listed = text.includes(';') ? text.slice(text.indexOf(':') >= 0 && text.indexOf(':') < text.indexOf(';') ? text.indexOf(':') + 1 : 0) : '';
  if (listed && listed.split(';').length >= 2) {
    for (const raw of listed.split(/\s*;\s*/)) {
      let item = raw.trim().replace(/^(?:and|и|а также)\s+/iu, '').replace(/^(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+/u, '').replace(/[.;]\s*$/, '').trim();
      // «от Республики Беларусь — Министр иностранных дел Сергей Алейник», "from Armenia – Foreign Minister …",
      // "Armenia: Foreign Minister …": the state an entry opens with is its person's.
      const from = /^(?:(?:от|from)\s+(?:the\s+)?(.{2,60}?)\s+[—–-]|([^:—–]{2,50}?)\s*:)\s+(.{5,})$/iu.exec(item);
      const fromState = from ? stateCode(from[1] ?? from[2]!) : null;
      if (from && fromState) {
        item = from[3]!;
        const rk = splitRank(item);
        const who = parseRoleName(rk.rest.replace(/^(?:the\s+)/i, ''));
        if (who) { out.push(participantOf({ ...who, rank: rk.rank ?? who.rank }, locale, fromState)); continue; }
      }
      const comma = item.indexOf(',');
      const head = comma > 0 ? item.slice(0, comma).trim() : '';
      if (head && isPersonName(head)) {
        const role = item.slice(comma + 1).trim();
        out.push({ name: head, rank: null, role, state: stateCode(role), personId: null });
        continue;
      }
      // «Максим Рыженков – Министр иностранных дел Республики Беларусь», "Lieutenant General Jan Novak – Minister
      // of Defence of …", a table row "Russia – Army General … – Minister of Defence": the part that is a name is
      // the person, the state is the one the other parts name, the part that is not only a state is the position.
      const parts = item.split(/\s+[–—]\s+|\s+-\s+/u);
      if (parts.length >= 2 && parts.length <= 3) {
        // "China – Mr. Li Yongquan, Ambassador for …", "Kazakhstan – Ambassador Mr. Bolat Imanbayev": a title of
        // address goes, a position after a comma or before the name is the person's.
        const personOf = (x: string): { name: string; rank: string | null; role: string | null } | null => {
          const y = x.replace(/(?:^|\s)(?:Mr|Mrs|Ms|Dr|H\.E|г-н|г-жа)\.?(?=\s)/gu, ' ').replace(/\s+/g, ' ').trim();
          const comma = y.indexOf(',');
          const rk = splitRank(comma > 0 ? y.slice(0, comma) : y);
          const tail = comma > 0 ? y.slice(comma + 1).trim() : null;
          if (isPersonName(rk.rest)) return { name: rk.rest, rank: rk.rank, role: tail };
          const who = parseRoleName(rk.rest);
          if (who && who.role && isPersonName(who.name) && who.role.split(/\s+/).length <= 2 && stateCode(who.role) === null) {
            return { name: who.name, rank: rk.rank ?? who.rank, role: [who.role, tail].filter(Boolean).join(', ') };
          }
          return null;
        };
        const at = parts.findIndex((x) => personOf(x) !== null);
        if (at >= 0) {
          const person = personOf(parts[at]!)!;
          const others = parts.filter((_, i) => i !== at);
          const state = others.map((x) => stateCode(x)).find((c) => c !== null) ?? null;
          const role = others.find((x) => !(stateCode(x) !== null && x.split(/\s+/).length <= 4 && !/(?:^|\s)(?!(?:of|the|and)(?:\s|$))\p{Ll}{3,}/u.test(x) && /^(?:the\s+)?[\p{Lu}][\p{L}\s-]{0,40}$/u.test(x))) ?? null;
          out.push({ name: person.name, rank: person.rank, role: person.role ?? role?.trim() ?? null, state: state ?? (person.role ? stateCode(person.role) : null), personId: null });
          continue;
        }
        // A header row ("State – Head of delegation – Position") names no one.
        if (parts.length === 3) continue;
      }
      const rk = splitRank(item);
      const who = parseRoleName(rk.rest.replace(/^(?:the\s+)/i, ''));
      if (who && (who.role || rk.rank)) out.push(participantOf({ ...who, rank: rk.rank ?? who.rank }, locale, stateCode(who.role ?? '')));
    }
    if (out.length >= 2) return out;
    out.length = 0;
  }
  // "The defense ministers of the Republic of Belarus (Lieutenant General Viktor Khrenin), of …"
  const plural = PLURAL_ROLES.find(([re]) => re.test(text));
  const groups = /((?:,\s*|\s+and\s+|\s+и\s+)?(?:of\s+)?(?:the\s+)?[^,()]{2,60}?\s*\(([^()]+)\))/gu;
  let m: RegExpExecArray | null;
  let consumedUntil = 0;
  let firstGroupAt = -1;
  while ((m = groups.exec(text)) !== null) {
    const stateText = m[1]!.replace(/\([^()]*\)/, '');
    const code = stateCode(stateText);
    const inner = splitRank(m[2]!);
    const who = parseRoleName(inner.rest);
    if (!who) continue;
    if (firstGroupAt < 0) firstGroupAt = m.index;
    out.push(participantOf({ name: who.name, rank: inner.rank ?? who.rank, role: who.role }, locale, code, plural ? plural[1][locale] : undefined));
    consumedUntil = m.index + m[0].length;
  }
  // The rest: "as well as the CSTO Secretary General Stanislav Zas and the Head of … Anatoly Sidorov".
  let rest = firstGroupAt >= 0 ? text.slice(consumedUntil) : text;
  rest = rest.replace(/^\s*,?\s*(?:as well as|and also|and|а также|также|и)\s+/iu, '').replace(/^[\s,]+/, '');
  if (firstGroupAt < 0 && plural) rest = rest.replace(plural[0], '');
  for (const part of splitEnumeration(rest)) {
    const p = part.trim().replace(/^[:\s]+/, '').replace(/^(?:the\s+)/i, '');
    if (p.length < 3) continue;
    const who = parseRoleName(p);
    if (!who || !who.role) continue;
    // "The Presidents of Kazakhstan X, Kyrgyzstan Y": each one's role is the plural's, their state the one named.
    const stateOnly = plural && stateCode(who.role) !== null && /^(?:of\s+)?(?:the\s+)?[\p{Lu}][\p{L}\s-]{0,40}$/u.test(who.role) && who.role.split(/\s+/).length <= 4;
    out.push(participantOf(who, locale, stateCode(who.role), stateOnly ? plural[1][locale] : undefined));
  }
  return out;
}

/** Whether two written names are one person's, or one is the end of the other ("Economy Ali Madanizadeh", "Реза Аштиани"). */
function sameOrPart(a: string, b: string): boolean {
  if (namesMatch(a, b)) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length >= 2 && short.every((x, i) => long[long.length - short.length + i] === x);
}

/** The grammatical case a Russian name is written in, where its own endings tell it («Русланом Жаксылыковым»). */
function ruNameCase(name: string): 'gen' | 'ins' | null {
  const words = name.split(/\s+/).filter((w) => /^[А-ЯЁ][а-яё]+$/u.test(w));
  if (words.length < 2) return null;
  const given = words[0]!;
  const family = words[words.length - 1]!;
  if (/(?:ов|ев|ёв|ин|ын)ым$|(?:ск|цк)им$/u.test(family) && /(?:ом|ем|ём)$/u.test(given)) return 'ins';
  // The genitive of a man's name («Виктора Хренина») is written as a woman's nominative («Анна Тестова»); only the
  // words around the name tell them apart (ruObliqueCase), except for a family name in «-ского».
  if (/(?:ск|цк)ого$/u.test(family)) return 'gen';
  return null;
}

/** «Ж.М.Кулубаев» → «Ж.М. Кулубаев», so that initials and a family name read as words. */
const spacedInitials = (text: string) => text.replace(/(?<![\p{L}])((?:\p{Lu}\.){1,2})(?=\p{Lu}\p{Ll})/gu, '$1 ');

/** A name read with its initials spaced, as `source` writes it («И.Н. Тасмагамбетов» → «И.Н.Тасмагамбетов» if so written). */
function asWritten(name: string, source: string): string {
  const glued = name.replace(/^((?:\p{Lu}\.)+)\s/u, '$1');
  return source.includes(glued) ? glued : name;
}

/** A word declined as an adjective or a plural («Независимых», «Председателем Исполнительного»): not a name's. */
const ADJECTIVE_WORD = /[а-яё](?:ого|его|ых|их|ыми|ими|ому|ему)$/u;
/** A particle joined to a name by a hyphen: «эн-Нага», «аш-Шамси», "al-Sayed". */
const HYPHEN_PARTICLE = /^\p{Ll}+-\p{Lu}\p{Ll}+$/u;

const FUNCTION_WORD = /^(?:The|And|As|In|At|On|For|Of|From|With|By|От|По|При|Для|На|Во|Из|Со|Под|Также|Как)$/u;

/** Words that join a person's name but are not capitalized: «Тургунбек уулу», "bin", "al-". */
const NAME_PARTICLE = /^(?:уулу|кызы|оглы|улы|кизи|bin|ibn|al|el|de|da|van|von|der|ul)$/u;
const INITIALS = /^(?:\p{Lu}\.\s?){1,2}$/u;

/**
 * The people a sentence about who took part names, found by their names rather than by the shape of the
 * sentence: runs of capitalized name words (or initials and a family name) that no role, office, state or
 * place word belongs to; each with the rank written right before it and the state named nearest to it in
 * its entry of the list. What the sentence-shape reader misses is taken from here.
 */
function mentionedParticipants(sentence: string, locale: Locale): (Participant & { paired?: true })[] {
  const text = spacedInitials(sentence)
    .replace(/(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|H\.E|г-н|г-жа)\.?(?=\s)/gu, (m) => ' '.repeat(m.length));
  const runs: { name: string; at: number; end: number }[] = [];
  const statesInText = stateSpans(text);
  const word = /(?:аль|аш|ас|ад|ат|эн|эль|ибн|бен|al|el|ash|as|ad|bin|ibn|ben|bint|ul|ud)-\p{Lu}[\p{Ll}'’]+|(?:\p{Lu}\.\s?){1,2}(?=\s?\p{Lu}\p{Ll})|(?<=\p{Ll}\s)(?:\p{Lu}\.\s?){1,2}(?=[\s,;)]|$)|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?|[\p{Ll}]+|\p{Lu}(?![\p{L}.])/gu;
  let cur: { words: string[]; starts: number[]; at: number; end: number } | null = null;
  const close = (nextAt = text.length, next = '') => {
    if (!cur) return;
    let w = cur.words;
    // «От Исполнительного комитета», "As …": a word that opens a sentence is capitalized without being a name.
    while (w.length > 0 && (NAME_PARTICLE.test(w[0]!) || FUNCTION_WORD.test(w[0]!))) w = w.slice(1);
    // Words of an institution's name, not a person's: «Кабинета Министров Кыргызской Республики», «Коллегии
    // Евразийской экономической комиссии», «Председателем Исполнительного …», "Cabinet Office of …": the run is
    // followed by a state, by another word of the institution, or has a word declined as an adjective.
    const after = text.slice(cur.end, nextAt);
    const continued = /^\s+$/u.test(after) && (!isNameWord(next) && /^\p{Lu}/u.test(next) || /^(?:of|for|on)$/u.test(next) || /^[а-яё]+(?:ой|ого|его|ых|их|ей|ии|ства|ения|ания|ции)$/u.test(next))
      || stateSpans(text.slice(cur.end, cur.end + 60)).some((st) => /^\s*$/u.test(text.slice(cur!.end, cur!.end + st.at)));
    if (continued || w.some((x) => ADJECTIVE_WORD.test(x))) { cur = null; return; }
    // «Ван И»: a one-letter word ends a Chinese name.
    const real = w.filter((x, i) => isNameWord(x) || HYPHEN_PARTICLE.test(x) || (i === w.length - 1 && i > 0 && /^\p{Lu}$/u.test(x))).length;
    // Words inside a state's name ("United Arab Emirates", «Объединённых Арабских Эмиратов») are no one's.
    if (statesInText.some((st) => st.at < cur!.end && cur!.at < st.end)) { cur = null; return; }
    const initials = w.some((x) => INITIALS.test(x.trim()));
    if ((real >= 2 || (real === 1 && initials)) && w.length <= 5 && (isNameWord(w[w.length - 1]!) || /^\p{Lu}$/u.test(w[w.length - 1]!) || HYPHEN_PARTICLE.test(w[w.length - 1]!) || (INITIALS.test(w[w.length - 1]!.trim()) && isNameWord(w[w.length - 2] ?? ''))) || (real >= 1 && w.length >= 2 && NAME_PARTICLE.test(w[w.length - 1]!))) {
      // A Russian run of three or more words without a patronymic: the words before the last two are the role's
      // («Маджлиси Оли Махмадтоир Зокирзода»); a Latin one keeps three (Armida Salsiah Alisjahbana).
      const cyr = /[а-яё]/iu.test(w.join(' '));
      const patronymic = w.some((x) => /(?:вич|вна|ична|вича|вны|вичем|вной|[ую]лы|кызы)$/u.test(x));
      // After a rank or a state all three are the name, as Persian and Arabic names are («бригадный генерал Мохаммад
      // Реза Аштиани»).
      const lead = text.slice(Math.max(0, cur.at - 40), cur.at).trim().toLowerCase();
      const afterRankOrState = RANKS.some((rk) => lead.endsWith(rk.toLowerCase())) || stateSpans(lead).some((st) => st.end === lead.length);
      const particle = NAME_PARTICLE.test(w[w.length - 1]!) || HYPHEN_PARTICLE.test(w[w.length - 1]!);
      const keep = cyr && !patronymic && !particle && !(afterRankOrState && w.length === 3) ? (initials ? w.length : 2)
        : Math.min(w.length, initials || particle ? 4 : 3);
      // «И.Н.Тасмагамбетов» stays as the page writes it.
      const name = asWritten(w.slice(w.length - keep).join(' ').replace(/\s+/g, ' ').replace(/(\.)\s(?=\p{Lu}\.)/gu, '$1').trim(), sentence);
      runs.push({ name, at: cur.starts[cur.words.length - keep]!, end: cur.end });
    }
    cur = null;
  };
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = word.exec(text)) !== null) {
    const gap = text.slice(last, m.index);
    const w = m[0];
    const nameish = isNameWord(w) || INITIALS.test(w.trim()) || (cur !== null && (NAME_PARTICLE.test(w) || HYPHEN_PARTICLE.test(w) || (/^\p{Lu}$/u.test(w) && text[m.index + 1] !== '.')));
    // «Тестов А.Г. Участники …»: initials after a family name end the name.
    const endsFamilyFirst = cur !== null && cur.words.length >= 2 && INITIALS.test(cur.words[cur.words.length - 1]!.trim()) && isNameWord(cur.words[cur.words.length - 2]!)
      && /^[А-ЯЁ][а-яё-]+$/u.test(cur.words[cur.words.length - 2]!);
    if (cur && (gap.trim() !== '' || gap.includes('\n') || !nameish || endsFamilyFirst)) close(m.index, w);
    if (nameish) {
      // "in Baku", "for Environmental Protection", «в Бишкеке»: a run after a preposition names a place or a field.
      if (!cur) {
        const before = text.slice(0, m.index).match(/([\p{L}]+)\s*$/u)?.[1] ?? '';
        if (/^(?:in|at|for|of|on|to|from|near|the|в|во|на|из|по|под|при|к|о|об)$/iu.test(before) || NAME_PARTICLE.test(w)) { last = m.index + w.length; continue; }
        cur = { words: [], starts: [], at: m.index, end: m.index };
      }
      cur.words.push(w);
      cur.starts.push(m.index);
      cur.end = m.index + w.length;
    }
    last = m.index + w.length;
  }
  close();
  if (runs.length === 0) return [];
  // The entries of the list: between semicolons (or lines); within an entry naming several people, each one's own
  // stretch is the text since the name before (states written before names) or up to the next (written after).
  const states = statesInText;
  const entryOf = (at: number) => {
    // The list's own announcement ("Delegations:", «приняли участие:») ends at its first colon; an entry's colon
    // ("Kazakhstan: Ms. …") is inside the entry.
    const intro = text.indexOf(':');
    const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('\n', at), intro < at ? intro : -1) + 1;
    const nextSemi = text.indexOf(';', at);
    return { start, end: nextSemi < 0 ? text.length : nextSemi };
  };
  // Each name's own stretch of its entry: the states written before it (since the name before) and after it (up to
  // the next); the page writes states on one side of names throughout, the side most names have one on.
  const windows = runs.map((r, i) => {
    const e = entryOf(r.at);
    const prevEnd = Math.max(e.start, i > 0 ? runs[i - 1]!.end : 0);
    const nextAt = Math.min(e.end, i + 1 < runs.length ? runs[i + 1]!.at : text.length);
    return { e, prevEnd, before: states.filter((st) => st.at >= prevEnd && st.end <= r.at), after: states.filter((st) => st.at >= r.end && st.end <= nextAt) };
  });
  const prefixHits = windows.filter((w) => w.before.length > 0).length;
  const suffixHits = windows.filter((w) => w.after.length > 0).length;
  // "The Ministers of India, Kazakhstan, China … - S. Jaishankar, M. Tileuberdi, Wang Yi …": a list of states and
  // then a list of as many names, each the state's in turn.
  const zipped = new Map<number, string>();
  const joined = (a: number, b: number) => /^\s*(?:,|,?\s+(?:and|и))\s*$/u.test(text.slice(a, b));
  for (let i = 0; i < states.length; i++) {
    let j = i;
    while (j + 1 < states.length && joined(states[j]!.end, states[j + 1]!.at)) j++;
    const k = j - i + 1;
    if (k < 2) continue;
    const first = runs.findIndex((r) => r.at > states[j]!.end);
    const group = first >= 0 ? runs.slice(first, first + k) : [];
    // Names in turn may carry their ranks: "– Lieutenant General Viktor Example, Rajnath Sample, Brigadier General …".
    const joinedNames = (a: number, b: number) => {
      const gap = text.slice(a, b);
      const rank = RANKS.find((rk) => gap.toLowerCase().trimEnd().endsWith(rk.toLowerCase()));
      return joined(a, rank ? a + gap.toLowerCase().trimEnd().length - rank.length : b);
    };
    if (group.length === k && group.every((r, n) => n === 0 || joinedNames(group[n - 1]!.end, r.at))
      && !states.some((st) => st.at > states[j]!.end && st.at < group[k - 1]!.end)) {
      group.forEach((r, n) => zipped.set(r.at, states[i + n]!.code));
    }
    i = j;
  }
  const out: (Participant & { paired?: true })[] = [];
  // «депутатов Ольги Беляевой и Игоря Фомина»: a name joined to the one before it by «и» or a comma is in its case.
  let previousCase: 'gen' | 'ins' | null = null;
  for (const [i, r] of runs.entries()) {
    const { e, prevEnd, before, after } = windows[i]!;
    const pick = prefixHits >= suffixHits ? (before[before.length - 1] ?? after[0]) : (after[0] ?? before[before.length - 1]);
    const lead = text.slice(prevEnd, r.at).replace(/[\s,(–—-]+$/u, '');
    const rank = RANKS.find((rk) => lead.toLowerCase().endsWith(rk.toLowerCase()) && (lead.length === rk.length || /[\s(,:–—-]/u.test(lead[lead.length - rk.length - 1]!))) ?? null;
    let name = r.name;
    let writtenRank = rank ? lead.slice(lead.length - rank.length) : null;
    if (locale === 'ru' || /[а-яё]/iu.test(name)) {
      const joinedToPrevious = i > 0 && /^[\s,]*(?:и|а также)?\s*$/u.test(text.slice(prevEnd, r.at));
      const grammaticalCase: 'gen' | 'ins' | null = ruNameCase(name) ?? ruObliqueCase(lead.slice(-60), lead.trim().split(/\s+/).slice(-4)[0] ?? null, writtenRank) ?? (joinedToPrevious ? previousCase : null);
      previousCase = grammaticalCase;
      if (grammaticalCase) name = ruNameNominative(name, grammaticalCase);
      if (writtenRank) writtenRank = ruRankNominative(writtenRank);
    }
    // "Name (State)": the state in brackets right after the name is surely that person's.
    const bracket = /^\s*\(([^()]{2,60})\)/u.exec(text.slice(r.end))?.[1];
    // An entry that opens with a state ("Республика Молдова – Посол … в Российской Федерации А.Ф.Тестов", «от
    // Республики Армения – …») names its person's state first, whatever other state the position names.
    const opening = states.find((st) => st.at >= e.start && st.at < r.at && /^[\s–—:-]*(?:(?:от|from)\s+(?:the\s+)?)?(?:(?:Республик\S*|Republic of|Kingdom of|State of)\s+)?$/iu.test(text.slice(e.start, st.at)));
    const alone = runs.filter((x) => x.at >= e.start && x.at < e.end).length === 1;
    // … and the one state of an entry that names one person, set off by semicolons from the others, is that person's.
    const entryStates = states.filter((st) => st.at >= e.start && st.end <= e.end);
    const own = alone && text.slice(e.start, e.end).includes(';') === false && (text[e.end] === ';' || text[e.start - 1] === ';') && new Set(entryStates.map((st) => st.code)).size === 1 ? entryStates[0]!.code : undefined;
    const paired = zipped.get(r.at) ?? (bracket ? stateCode(bracket) ?? undefined : undefined) ?? (opening && alone ? opening.code : undefined) ?? own;
    out.push({ name, rank: writtenRank, role: null, state: paired ?? pick?.code ?? null, personId: null, ...(paired ? { paired: true as const } : {}) });
  }
  return out;
}

/** "Top row from left: …", «Слева направо: …»: a photo's caption setting out who it shows. */
const SHOWN_IN_TURN = /\bfrom left\b|(?<![\p{L}])слева направо(?![\p{L}])|\b(?:top|bottom|middle|front|back) row\b/iu;
const PARTICIPATION = /\b(participated|took part|taking part|were present|(?:was|were) represented\b[^.;]{0,60}?\bby|participating in|were also present|joined by|attended (?:\w+\s+){0,3}?by|attended the|the participants|participants included|also present|with the participation of)\b|(?:^|\s)(?:participants|участники|delegations|делегации|heads of delegations?|главы делегаций)\s*:|\bas (?:an? )?(?:observer|guest)s?\b|(?:^|\s)(?:состав (?:делегаций|участников)(?:\s+\S+)?|composition of (?:the )?delegations)\s*:|в качестве (?:наблюдател|гост)\S*|приняли участие|участвовали|участвовал|участвовала|(?:был|была|было|были)\s+представлен[аоы]?\s|принял участие|приняла участие|присутствовали|с участием|при участии|(?:делегаци|delegation)[^.:]{0,60}?(?:возглавил[аи]?|(?:were|was)\s+(?:headed|led)\s+by)\s*:|\bheads of (?:the\s+)?delegations?\b[^.:]{0,60}?\b(?:were|included)\s*:|(?<![\p{L}])представлял[аи]?(?![\p{L}])|(?<![\p{L}])[Дд]елегаци\S*\s+(?:\S+\s+){0,4}?возглавлял[аи]?(?![\p{L}])|\b(?:the following|следующие)\s+(?:[\p{L}-]+\s+){0,3}?(?:heads of delegations|delegations|ministers|representatives|participants|speakers)\b[^.]{0,60}:|(?<![\p{L}])следующие\s+(?:главы делегаций|министры|представители|участники)[^.]{0,60}:|\bdelegations\s+(?:of\s+[^.;]{2,80}?\s+)?were\s+(?:headed|led)\s+by\s|(?<![\p{L}])(?:провел|провёл|провела)\s+(?:\S+\s+){0,2}?встречу\s+с\s|\bheld\s+(?:a\s+)?(?:trilateral|quadrilateral|multilateral)\s+meeting\s+with\b|(?:^|\s)(?:\S+\s+)?делегацию\s+(?:\S+\s+){0,4}?возглавил[аи]?\s|\bdelegation\s+(?:of\s+[^.,;]{2,40}\s+)?was\s+(?:headed|led)\s+by\s|\b(?:also\s+)?attended\.?$|\battended\s+as\s+(?:the\s+)?(?:heads?|members?|representatives?|observers?)\b/iu;

/**
 * "… who was unable to travel to Almaty, sent a message of greetings to the participants", «направил приветствие
 * участникам», "the President received the participants": someone who wrote to, welcomed or will meet those who
 * took part did not take part; nor did those the participants remembered with a minute of silence.
 */
const NOT_PRESENT = /\bminute of silence\b|\bin (?:the )?memory of\b|(?<![\p{L}])(?:минут\S* молчания|памяти)(?![\p{L}])|\b(?:was|were)\s+read\s+out\b|\b(?:welcome|welcoming)\s+(?:address|message|speech)\s+(?:of|from|by)\b|\bread (?:out )?(?:a |the )?(?:message|greetings?|address)\b|\bmessage of greetings? from\b|\b(?:sent|addressed|conveyed)\s+(?:a\s+|his\s+|her\s+)?(?:(?:video\s+|written\s+)?(?:message|greetings?|letter))\b|\b(?:was|were)\s+unable\s+to\s+(?:attend|travel|come|take part)\b|\bcould not (?:attend|travel|come|take part)\b|\breceived\s+(?:the\s+)?(?:participants|delegations|heads of)\b|\bwill\s+meet\b|(?<![\p{L}])(?:направил[аи]?|зачитал[аи]?|огласил[аи]?)\s+(?:\S+\s+)?(?:приветстви|послани|обращени)|(?<![\p{L}])(?:не смог(?:ла|ли)?|не участвовал[аи]?)(?![\p{L}])|(?<![\p{L}])принял[аи]?\s+(?:участников|делегаци|глав)/iu;

/**
 * Paragraphs of a body with a list set out one item a paragraph ("В заседании приняли участие:" and then
 * "министр обороны …;" lines) joined back into the paragraph that announces it.
 */
function joinLists(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  let bareList = false;
  for (const p of paragraphs) {
    const item = p.length < 300 && /[;,.]$|^[-–—•*]\s/u.test(p.trim());
    // Entries set out without punctuation ("Nikol Pashinyan, Prime Minister of …" lines): each closed with a
    // semicolon, as a list written in one paragraph would be; a sentence after them is no longer the list.
    const bare = open && out.length > 0 && p.length < 200 && (!/[.!?;:,]$/u.test(p.trim()) || /\s(?:\p{Lu}\.\s?){1,2}$/u.test(p.trim())) && /^\p{Lu}/u.test(p.trim());
    if (bare && (bareList || !/;$/.test(out[out.length - 1]!))) {
      out[out.length - 1] = `${out[out.length - 1]!.replace(/;$/, '')}${/:$/.test(out[out.length - 1]!) ? '' : ';'} ${p.trim()};`;
      bareList = true;
      continue;
    }
    if (bareList) { out[out.length - 1] = out[out.length - 1]!.replace(/;$/, '.'); open = false; bareList = false; }
    const afterInitials = out.length > 0 && /\s(?:\p{Lu}\.\s?){1,2}$/u.test(out[out.length - 1]!.trim());
    if (open && item && out.length > 0 && !(afterInitials && p.length > 160 && /[.!?]\s+\p{Lu}/u.test(p))) {
      out[out.length - 1] += ` ${p.replace(/^[-–—•*]\s+/u, '').trim()}`;
      // An entry that ends with initials («Григорян А.А.») has not ended the list, but only another such entry goes on with it.
      open = !/\.$/.test(p.trim()) || /\s(?:\p{Lu}\.\s?){1,2}$/u.test(p.trim());
      continue;
    }
    out.push(p);
    open = /:$/.test(p.trim());
  }
  if (bareList) out[out.length - 1] = out[out.length - 1]!.replace(/;$/, '.');
  return out;
}

/**
 * A heading over a list of who took part, set out one entry a line: "Participating delegations", "List of
 * participants", «Состав делегаций», «Участники заседания:».
 */
const LIST_HEADING = /^(?:(?:the\s+)?(?:participating\s+delegations|participants|list\s+of\s+participants|delegations|heads\s+of\s+delegations?|composition\s+of\s+(?:the\s+)?delegations|attendance|attended\s+by|in\s+attendance|present)|(?:участники|список\s+участников|состав\s+(?:делегаций|участников)|главы\s+делегаций|делегации|присутствовали|в\s+заседании\s+(?:приняли\s+участие|участвовали))(?:\s+(?:заседания|встречи|совещания|сессии))?)\s*:?$/iu;

/**
 * The list under such a heading, in the layouts pages give it: a state on a line of its own and its delegates on the
 * lines under it (a definition list: "Denmark" / "Mr Jens Example, Senior Official"), or one entry a line with the
 * state in it ("Kazakhstan – Ivan Example, Minister …", "Ivan Example (Kazakhstan)"). Groups that are not states
 * ("European Union", "Secretariat") give their people no state. The list ends at the first paragraph of text.
 */
function listedParticipants(body: string, locale: Locale): Participant[] {
  const lines = body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const out: Participant[] = [];
  const at = lines.findIndex((l) => l.length < 80 && LIST_HEADING.test(l));
  if (at < 0) return out;
  let group: string | null = null;
  for (const raw of lines.slice(at + 1, at + 120)) {
    if (raw.length > 220 || (/[.!?]$/u.test(raw) && raw.split(/\s+/).length > 6 && !/\s\p{Lu}\.$/u.test(raw)) || /\p{Ll}[.!?]\s+\p{Lu}/u.test(raw)) break;
    const line = raw.replace(/^[-–—•*]\s*|[;.]$/gu, '').replace(/\s*\((?:online|онлайн|по видеосвязи|virtually|remotely|chair|presidency|председательство)\)/giu, '').trim();
    const spans = stateSpans(line);
    // A line that is a state's name (and its mark: "Estonia (Presidency)"), or a group's name without a person in it.
    const bare = line.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
    const whole = spans.length === 1 && spans[0]!.at === 0 && spans[0]!.end >= bare.length - 1;
    // "Mr Jens Example, Senior Official": the name before the first comma, the role after it.
    const comma = line.indexOf(',');
    const first = comma > 0 ? mentionedParticipants(line.slice(0, comma), locale).filter((p) => plausibleName(p.name)) : [];
    const found = first.length > 0 ? first.map((p) => ({ ...p, state: p.state ?? stateCode(line.slice(comma)) })) : mentionedParticipants(line, locale).filter((p) => plausibleName(p.name));
    if (whole || (found.length === 0 && bare.split(/\s+/).length <= 6 && !/,/.test(bare))) { group = whole ? spans[0]!.code : null; continue; }
    for (const { paired: _, ...p } of found) {
      // The state the entry names, else its group's.
      out.push({ ...p, state: p.state ?? (spans.length === 0 ? group : null) });
    }
  }
  return out;
}

/**
 * "The Prime Minister of …, Roman Example, as the Chairman of the Council, opened the meeting", "The Chairman of the
 * Council, X, opened the meeting", «X, как председательствующий, открыл заседание»: who opened it as its chair.
 */
const CHAIR_OPENED = /(?:^|[.;]\s+)([^.;]{3,200}?),?\s+(?:as\s+(?:the\s+)?(?:Chair(?:man|woman|person)?|President|presiding)\b[^,.;]{0,80},?\s+|как\s+председател\S*[^,.;]{0,60},?\s+)?(?:opened|открыл[аи]?)\s+(?:the\s+|this\s+)?(?:meeting|session|sitting|заседание|сессию)/iu;

/**
 * «Арабских Эмиратов», «Независимых Государств», "Glaciers’ Preservation": words of a state's, an institution's or a
 * thing's name — declined as adjectives, possessive, office words, or a state — are no one's name.
 */
function plausibleName(name: string): boolean {
  return !name.split(/\s+/).some((w) => ADJECTIVE_WORD.test(w) || /\p{L}['’]$/u.test(w) || NOT_NAME.has(w)) && stateSpans(name).length === 0;
}


/** The first part of a phrase set off by commas that is a person's name ("…, H.E. Mr. Ian Example."), as written. */
function nameAmongParts(phrase: string, source: string): { name: string; role: string | null } | null {
  const parts = spacedInitials(phrase).replace(/[.;]\s*$/u, '').split(/\s*,\s*/);
  for (const [i, part] of parts.entries()) {
    const clean = part.replace(/(?:^|\s)(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|г-н|г-жа)(?=\s)/gu, ' ').replace(/\s+/g, ' ').trim();
    const rk = splitRank(clean);
    const w = parseRoleName(rk.rest);
    if (!w || !isPersonName(w.name) || !plausibleName(w.name)) continue;
    const role = [...parts.slice(0, i), w.role].filter((x): x is string => Boolean(x) && !/^(?:the|as)$/iu.test(x!)).join(', ');
    return { name: asWritten(w.name, source), role: role === '' ? null : role };
  }
  return null;
}

function chairOf(sentence: string, locale: Locale): ExtractedMeeting['chair'] {
  const chaired = chairByPhrase(sentence, locale);
  if (chaired) return chaired;
  // The phrase after "chaired by"/«председательствовал» runs through commas: "…, Malta's Deputy Prime Minister …,
  // H.E. Mr. Ian Example." — the part that is a name.
  const cue = /(?:under the (?:co-)?chairmanship of|(?:co-)?chaired by|presided over by|[Пп]редседательствовал[аи]?|под (?:со)?председательством|[Пп]редседательствующ\S*\s*[–—:-])\s+(.+)$/u.exec(sentence)?.[1]
    // «Председательствующий – Президент … Александр Примеров – вел заседание»: the name between the dashes.
    ?.replace(/\s+[–—]\s+(?:вел|вёл|вела|открыл|открыла)(?![\p{L}]).*$/u, '')
    // «… под сопредседательством X и Y», "co-chaired by X and Y": the first named is the chair.
    .replace(/^(.{5,}?\s\p{Lu}[\p{L}.’'-]+)\s+(?:и|and)\s+(?:заместител|министр|губернатор|аким|председател|глав|the\s|deputy|minister|governor|his|her)\S*.*$/iu, (all, first: string) => (/сопредседательством|co-chair/iu.test(sentence) ? first : all));
  const opened = CHAIR_OPENED.exec(sentence)?.[1];
  // "Special Representative … Natalia Example, who chaired the meeting, …", «…, который председательствовал …».
  const who = /(?:^|[.;]\s+)([^;]{3,200}?),\s+(?:who|который|которая)\s+(?:(?:co-)?chaired|presided over|председательствовал[а]?|вел[а]?|вёл)(?![\p{L}])/u.exec(sentence)?.[1];
  // "H.E. Mr. Jeyhun Example, Minister of Foreign Affairs of …, chaired the meeting": the name before the role.
  const appositive = /(?:^|[.;]\s+)([^,;]{3,80}?),\s+[^;]{3,200}?,\s+(?:(?:co-)?chaired|presided over)\s+(?:the|this)\b/u.exec(sentence)?.[1]?.replace(/^(?:H\.\s?E\.?\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?/u, '');
  for (const phrase of [cue, opened, who, appositive]) {
    if (!phrase) continue;
    const found = nameAmongParts(phrase.split(/\s+(?:was|were|took|held|состоял\S*|прош\S*)(?![\p{L}])/u)[0]!, sentence);
    if (!found) continue;
    let name = found.name;
    if (/[а-яё]/iu.test(name)) {
      const grammaticalCase = /под (?:со)?председательством/iu.test(sentence) ? 'gen' : ruNameCase(name);
      if (grammaticalCase) name = ruNameNominative(name, grammaticalCase);
    }
    return { name, role: found.role, state: found.role ? stateCode(found.role) : null };
  }
  return null;
}

function chairByPhrase(sentence: string, locale: Locale): ExtractedMeeting['chair'] {
  const passive = CHAIR_EN.exec(sentence) ?? CHAIR_RU.exec(sentence);
  const active = passive ? null : CHAIR_ACTIVE.exec(sentence) ?? CHAIR_ACTIVE_RU.exec(sentence);
  // "… Pham Binh Minh on 25 June presided over …": the date is no part of the chair's name; "President Pia Example
  // (Finland)": the state in brackets is not either.
  const raw = ((passive ?? active)?.[1] ?? active?.[2])?.trim().replace(/^(?:On [^,]{4,30},\s*)/u, '')
    .replace(/\s+(?:on\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\p{Lu}\p{Ll}+day)|today|yesterday)$/u, '');
  const bracketState = raw ? /\s*\(([^()]{2,40})\)$/u.exec(raw) : null;
  const phrase = bracketState ? raw!.slice(0, bracketState.index) : raw;
  // «… провёл его Председатель, руководитель Пограничной службы … генерал армии Владимир Кулишов»: the name may come
  // after a comma, in the next part of the phrase.
  if (phrase && active?.[2] !== undefined && /[а-яё]/iu.test(phrase) && phrase.includes(',')) {
    for (const part of phrase.split(/\s*,\s*/)) {
      const rk = splitRank(part);
      const w = parseRoleName(rk.rest);
      if (w && isPersonName(w.name) && plausibleName(w.name)) return { name: ruObliqueCase('', w.role, rk.rank ?? w.rank) ? ruNameNominative(w.name, ruObliqueCase('', w.role, rk.rank ?? w.rank)!) : w.name, role: w.role ? ruRoleNominative(w.role) : null, state: w.role ? stateCode(w.role) : null };
    }
  }
  if (!phrase) return null;
  let rank = splitRank(phrase.replace(/^the\s+/i, ''));
  let who = parseRoleName(rank.rest) ?? null;
  if (!who && passive) {
    // «Под председательством Министра … по делам гражданской обороны, чрезвычайным ситуациям … Александра Примерова
    // состоялось …»: a role with commas in it runs on to the name, up to the verb.
    const long = CHAIR_LONG.exec(sentence)?.[1];
    if (long) { rank = splitRank(long.replace(/^the\s+/i, '')); who = parseRoleName(rank.rest); }
  }
  if (!who) return null;
  if (active && !who.role && !isPersonName(who.name)) return null;
  let name = who.name;
  let role = who.role;
  if (locale === 'ru' || /[а-яё]/iu.test(name)) {
    const oblique = /под председательством/iu.test(passive?.[0] ?? '') ? 'gen' : ruObliqueCase('', role, who.rank ?? rank.rank);
    if (oblique) name = ruNameNominative(name, oblique);
    if (role) role = ruRoleNominative(role);
  }
  return { name, role, state: (role ? stateCode(role) : null) ?? (bracketState ? stateCode(bracketState[1]!) : null) };
}

/**
 * "More than 200 events were held …, 22 ministerial meetings and over 30 meetings of senior officials", «проведено
 * свыше 50 заседаний»: a sentence that counts meetings sums up a period; it reports no one meeting.
 */
/** "The OSCE Ministerial Troika met today …": a body that met is a meeting reported, though the word is not there. */
const BODY_MET = /\b(?:Council|Committee|Commission|Board|Group|Troika|Assembly|Bureau|Presidium|Forum|Cabinet)(?:\s+(?:of|on|for)\s+(?:(?:the|of|and|for|on)\s+|\p{Lu}[\p{L}-]*\s+){0,5}\p{Lu}[\p{L}-]*)?(?:\s+\([\p{Lu}\d-]{2,10}\))?\s+(?:met|convened|gathered)\b/u;

const TALLY = /(?<![\p{L}\d.,:-]|(?:in|since|of|by|в|с|до)\s)\d[\d\s,.]*\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:meetings|sessions|events|summits|sittings|conferences|заседаний|мероприятий|встреч|совещаний|саммитов|сессий|конференций)(?![\p{L}])/iu;

/** "On the sidelines of the meeting", «на полях заседания»: talks beside a meeting, which the sentence does not report. */
const SIDELINES = /(?:[Oo]n|[Ii]n) the (?:sidelines|margins) of (?:the |a |this )?(?:\d+(?:st|nd|rd|th)\s+|\p{Ll}+\s+){0,2}?(?:[Mm]eeting|[Ss]ession|[Ss]ummit|[Ss]itting)s?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6}(?![.\p{L}]))(?:\s+(?:\p{Lu}\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6}(?![.\p{L}]))){0,5})?|(?<![\p{L}])(?:[Нн]а полях|[Вв] кулуарах)\s+(?:\d+-?\p{Ll}*\s+)?(?:заседани|сесси|совещани|саммит)\p{L}*(?:\s+(?:\p{Lu}\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6}(?![.\p{L}]))){0,5}/gu;

/**
 * «В Ашхабаде под председательством … состоялось заседание», "In Ashgabat, the meeting … took place": a sentence that
 * opens with the place of a meeting it reports held reports one met in person there (unless it says otherwise).
 */
function openingVenue(sentence: string): boolean {
  // «В Секретариате ОДКБ», «В Доме правительства»: a building or an institution is not a city.
  const m = /^(?:(?:В|Во)\s+([А-ЯЁ][а-яё-]+[еи])(?=\s+\p{Ll})|In\s+([A-Z][a-z-]+),)\s/u.exec(sentence.trim());
  const word = m?.[1] ?? m?.[2];
  if (!word || stateCode(word) !== null || NOT_NAME.has(word) || /^(?:Секретариат|Совет|Комитет|Комисси|Министерств|Штаб|Дом|Двор|Центр|Посольств|Представительств|Исполнительн|Парламент|Сенат|Правительств|Администраци|Здани|Резиденци|Штаб-квартир|Организаци|Ассамбле|Межпарламентск)/u.test(word) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Addition|Particular|General|Response|Accordance|Order|View|Light|Turn)$/u.test(word)) return false;
  return /(?<![\p{L}])(?:состоял\S*|прош(?:ло|ла|ел|ёл|ли))(?![\p{L}])|\b(?:took place|was held|were held|met)\b/u.test(sentence);
}

/**
 * "held a briefing … on the results of the meeting of the Council … held in Astana", «рассказал об итогах заседания»:
 * a meeting that is the subject of what the sentence reports is not the meeting it reports.
 */
const RESULTS_OF = /\b(?:on|about) the (?:results?|outcomes?) of (?:the |a |this )?(?:meeting|session|summit|sitting)[^.;]*|(?<![\p{L}])об итогах\s+(?:заседани|сесси|совещани|саммит)[^.;]*/giu;

/**
 * «В Ташкенте состоялось …», «… прошло в Баку», "Tashkent hosted …", "met … at the Hofburg": a meeting held at a
 * place, so in person, even where the place is not one the importer knows by name.
 */
/**
 * "The meeting at the Hofburg", "took place today at the Government House", «в здании Министерства», «в малом зале
 * Жогорку Кенеша», «в Генеральном штабе»: a meeting in a room or a building met in person.
 */
const VENUE = /\b(?:at|in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|of|the|and)\s+){0,5}?(?:Hall|Chamber|House|Palace|Building|Headquarters|headquarters|Hofburg|Mission|Residence|premises)\b|(?<![\p{L}])(?:в|во)\s+(?:\S+\s+)?(?:здании|зале|Доме|доме|Дворце|дворце|резиденции|штаб-квартире|Генеральном штабе|особняке|конференц-зале|помещении)(?![\p{L}])/u;

function heldInPlace(sentence: string): boolean {
  const s = sentence.replace(FUTURE_HELD, ' ');
  return (/(?:состоял\S*|прош(?:ло|ла|ел|ёл|ли)|завершил\S*|открыл\S*)\s+(?:\S+\s+){0,8}?(?:в|во)\s+(?:г\.\s*|городе\s+)?[А-ЯЁ][\p{Ll}-]+[еиу](?![\p{L}])|(?<![\p{L}])(?:[Вв]|[Вв]о)\s+(?:г\.\s*|городе\s+)?[А-ЯЁ][\p{Ll}-]+[еиу]\s+(?:\S+\s+){0,10}?(?:состоял\S*|прош(?:ло|ла|ел|ёл|ли)|завершил\S*|открыл\S*)(?![\p{L}])|\b[A-Z][\p{Ll}-]+\s+hosted\b|(?<![\p{L}])(?:[Вв]|[Вв]о)\s+(?:г\.\s*|городе\s+)[А-ЯЁ]|\bin the city of [A-Z]/u.test(s)
    || [...s.matchAll(/\b(?:met|convened|gathered)\s+(?:\S+\s+){0,2}?(?:at|in)\s+(?:the\s+)?([A-Z][\p{Ll}-]+)/gu)].some((m) => stateCode(m[1]!) === null))
    && !/(?<![\p{L}])(?:[Вв]|[Вв]о)\s+(?:режиме|формате)|\bvia\b|\bonline\b/iu.test(s);
}

export function extractMeeting(body: string, locale: Locale, placeLine?: string | null, captions: readonly string[] = []): ExtractedMeeting | null {
  const head = body.slice(0, 6000);
  const paras = joinLists(head.split(/\n+/)).slice(0, 3).join('\n');
  const firstSentences = sentences(paras);
  const chairs = (s: string) => CHAIR_EN.test(s) || CHAIR_RU.test(s) || CHAIR_ACTIVE.test(s) || CHAIR_ACTIVE_RU.test(s) || CHAIR_OPENED.test(s)
    || /(?:под сопредседательством|co-chaired by|[Пп]редседательствующ\S*\s*[–—:-]|,\s+(?:who|который|которая)\s+(?:(?:co-)?chaired|presided over|председательствовал[а]?))/u.test(s);
  // "… the Summit to be held in Durban in August": a meeting still to come is not one the item reports.
  const held = (s: string) => HELD_WORD.test(s.replace(FUTURE_HELD, ' '));
  const meetingSentence = firstSentences.find((full) => {
    const s = full.replace(RESULTS_OF, ' ');
    // «Заседание пройдёт под председательством …»: who will chair a meeting still to come reports no meeting.
    return !TALLY.test(s) && (MEETING_WORD.test(s.replace(SIDELINES, ' ')) || canonicalBody(s, locale) !== null || BODY_MET.test(s)) && (held(s) || (chairs(s) && s.search(FUTURE_HELD) < 0));
  });
  if (!meetingSentence) return null;
  const chairSentence = [meetingSentence, ...firstSentences.filter((s) => s !== meetingSentence)].find(chairs) ?? meetingSentence;
  let chair = chairOf(chairSentence, locale);
  const participants: Participant[] = [];
  // Lists of who took part may run on a paragraph past the meeting's opening ones (observers, the secretariat).
  const listSentences = sentences(joinLists(head.split(/\n+/)).slice(0, 6).join('\n'));
  // "Sergey Example, Minister of Foreign Affairs of … (chair);": the entry of the list marked as the chair's is the
  // chair, when the text names the chair by office only ("It was chaired by the Minister of …").
  for (const s of chair ? [] : listSentences) {
    const marked = /(?:^|[:;]\s*)([^:;()]{5,160}?)\s*\((?:chair|chairman|chairwoman|chairperson|presiding|председатель|председательствующий|председательствующая)\)/iu.exec(s);
    if (!marked) continue;
    const entry = marked[1]!.trim().replace(/^(?:and|и|а также)\s+/iu, '').replace(/^(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+/u, '');
    const comma = entry.indexOf(',');
    if (comma > 0 && isPersonName(entry.slice(0, comma).trim())) {
      const role = entry.slice(comma + 1).trim();
      chair = { name: entry.slice(0, comma).trim(), role, state: stateCode(role) };
      break;
    }
    const who = parseRoleName(splitRank(entry).rest);
    if (who && isPersonName(who.name)) { chair = { name: who.name, role: who.role, state: who.role ? stateCode(who.role) : null }; break; }
  }
  for (const [n, s] of listSentences.entries()) {
    if (!(PARTICIPATION.test(s) || SHOWN_IN_TURN.test(s)) || NOT_PRESENT.test(s)) continue;
    for (const p of participantsFrom(s, locale)) {
      if (chair && namesMatch(chair.name, p.name)) continue;
      if (!participants.some((q) => namesMatch(q.name, p.name))) participants.push(p);
    }
    // Names the shape of the sentence did not give, and states it left unknown, from the names themselves.
    // «… руководители делегаций Бразилии, Египта … . Делегации возглавляли соответственно М.Виейра, Б.Абдель Аты …»:
    // names given "respectively" take the states the sentence before listed, in turn.
    const previous = listSentences[n - 1] ?? '';
    const listedBefore = /(?<![\p{L}])(?:соответственно|respectively)(?![\p{L}])/iu.test(s) && stateSpans(s).length === 0 ? stateSpans(previous) : [];
    const withStates = listedBefore.length >= 2 ? `${listedBefore.map((x) => previous.slice(x.at, x.end)).join(', ')} – ${s}` : s;
    for (const { paired, ...p } of mentionedParticipants(withStates, locale)) {
      if (chair && sameOrPart(chair.name, p.name)) continue;
      const known = participants.find((q) => sameOrPart(q.name, p.name));
      if (known) {
        // A state given in turn from a list of states is surer than the one the sentence's shape suggested.
        // … and so is the state nearest the name when the shape reader took a role that names several states.
        const ambiguous = known.role !== null && new Set(stateSpans(known.role).map((x) => x.code)).size > 1;
        if ((known.state === null || paired || ambiguous) && p.state !== null) known.state = p.state;
        // «Мирзоян Арарат Самвелович», «Байрамов Джейхун Айдын оглы»: the family name before the given name and
        // patronymic, which the shape reader cut off.
        if (nameWords(p.name).length > nameWords(known.name).length && /(?:вич|вна|ична|оглы|кызы|улы|уулу)$/u.test(p.name)) known.name = p.name;
        continue;
      }
      participants.push(p);
    }
  }
  // A list set out under its own heading, anywhere in the text; the people a photo of the meeting shows, named in
  // turn ("Top row from left: …", «Слева направо: …»), without the photo's credit.
  const shown = captions.filter((c) => SHOWN_IN_TURN.test(c))
    .flatMap((c) => sentences(c.replace(/(?:^|[.;]\s*)(?:photo|фото)\s*:[^.;]*[.;]?\s*$/iu, '')))
    .flatMap((c) => mentionedParticipants(c, locale).map(({ paired: _, ...p }) => p));
  for (const p of [...listedParticipants(head, locale), ...shown]) {
    if (chair && sameOrPart(chair.name, p.name)) continue;
    const known = participants.find((q) => sameOrPart(q.name, p.name));
    if (known) { if (known.state === null && p.state !== null) known.state = p.state; continue; }
    participants.push(p);
  }
  // "Deputy Minister of Economy and Commerce": a word left of a role is not someone's name; a name has two words at least.
  for (let i = participants.length - 1; i >= 0; i--) {
    const name = participants[i]!.name;
    if (name.trim().split(/\s+/).length < 2 && !/^(?:\p{Lu}\.\s?){1,2}\s?\p{Lu}\p{Ll}|\p{Ll}\s+(?:\p{Lu}\.\s?){1,2}$/u.test(name)) { participants.splice(i, 1); continue; }
    // «(Объединенные Арабские Эмираты)»: words the page writes inside a state's name.
    if (listSentences.some((x) => { const at = x.indexOf(name); return at >= 0 && stateSpans(x).some((st) => st.at <= at && at < st.end); })) { participants.splice(i, 1); continue; }
    // «Арабских Эмиратов», «Независимых Государств», "Glaciers’ Preservation": words of a state's, an institution's or
    // a thing's name, declined as adjectives or possessive, are no one's name.
    if (!plausibleName(name)) participants.splice(i, 1);
  }
  const heldOn = heldDate(meetingSentence);
  const lead = leadingDate(paras);
  const said = meetingFormat(meetingSentence);
  const online = said === 'videoconference' && !PARTLY_ONLINE.test(meetingSentence) ? null : PARTLY_ONLINE.test(paras) ? 'hybrid' : null;
  // Entries marked "(online)" in the list of a meeting held somewhere: partly online.
  const marked = said !== 'videoconference' && ONLINE_MARK.test(head.slice(0, 4000)) && (meetingLocation(meetingSentence, locale) !== null || heldInPlace(meetingSentence) || said === 'in_person') ? 'hybrid' : null;
  const format = online ?? marked ?? said ?? meetingFormat(paras);
  // An agency dateline ("ASTANA, 25 November 2024.") names where the meeting was, unless it was online.
  const datelineCity = lead?.kind === 'agency' ? CITIES.find((c) => c.re.test(paras.slice(0, 40).split(',')[0] ?? '')) : undefined;
  const location = meetingLocation(meetingSentence, locale) ?? (format !== 'videoconference' && datelineCity ? datelineCity[locale] : null);
  return {
    // «Комитет … на своём заседании …. Заседание прошло в малом зале …»: the body may be named in a sentence before.
    body: meetingBody(meetingSentence, locale) ?? firstSentences.slice(0, 3).map((x) => (x === meetingSentence ? null : meetingBody(x, locale))).find((x) => x !== null) ?? null,
    date: heldOn?.date ?? lead?.date ?? null,
    format: format ?? (location || openingVenue(meetingSentence) || heldInPlace(meetingSentence) || (placeLine && CITIES.some((c) => c.re.test(placeLine)))
      || sentences(paras).some((x) => VENUE.test(x) && !/\bvia\b|\bonline\b|(?<![\p{L}])(?:режиме|формате)(?![\p{L}])/iu.test(x)) ? 'in_person' : null),
    location,
    chair,
    participants,
  };
}

// ---------------------------------------------------------------------------------------------
// Blocks → items
// ---------------------------------------------------------------------------------------------

type Role = 'content' | 'title' | 'date' | 'phone' | 'email' | 'signature' | 'byline' | 'label' | 'separator' | 'more' | 'place' | DroppedKind;
interface Classified extends Block { role: Role; date?: string | null; runStart?: number; signs?: string }

function looksLikeTitle(text: string): boolean {
  if (text.length < 8 || text.length > 260) return false;
  // One word ("Dushanbe", "GUAM") is a place, a rubric or a site's name, not a headline.
  if (!/\s/u.test(text.trim())) return false;
  // A turn of a dialogue ("– Какие итоги?", "Q: What comes next?") is an interview's text.
  if (/^(?:[–—-]\s|(?:q|a|question|answer|вопрос|ответ)\s*[:.]\s)/iu.test(text)) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text)) return false;
  // A long line cut with "…" is a teaser's lead; a quotation of several words closed after its full stop is a paragraph.
  if (text.length > 100 && /(\.\.\.|…)$/u.test(text)) return false;
  if (/[.!?,]["»”]$/u.test(text) && text.split(/\s+/).length > 12) return false;
  if (!/^[«"“A-ZА-ЯЁ0-9]/u.test(text)) return false;
  if (text.split(/\s+/).length > 40) return false;
  // «Уважаемые ветераны! Дорогие соотечественники!», "Dear friends!": the salutation of an address; "… павших.
  // Желаю всем мира!": sentences that end with an exclamation are the address's text.
  if (/^(?:(?:глубоко)?уважаем\p{L}*|дорог\p{L}*|dear|distinguished|ladies and gentlemen|excellenc\p{L}*)(?![\p{L}])[^.?]*!$/iu.test(text)) return false;
  if (/!$/u.test(text) && /\p{Ll}[.!?]\s+\p{Lu}/u.test(text) && text.split(/\s+/).length > 8) return false;
  return true;
}

/** Words that label a phone number ("Tel.:", «моб.», "Office:") and those that label a fax. */
const PHONE_LABEL = /(?<![\p{L}])(?:(?:tel|telephone|phone|phones|ph|mob|mobile|т|тел|телефон|телефоны|телефонам|телефону|моб|сот|мобильный)\.?\s*:?|(?:office|cell|t|m|p)\s*:)\s*(?=[+\d(])/iu;
const FAX_LABEL = /(?<![\p{L}])(?:fax|telefax|факс)(?![\p{L}])/iu;

/**
 * National numbers that are not Russian are read as those of the countries the page's own international numbers
 * belong to ("+27 …" above "079 502 7734"), then as those of the neighbours that also dial a trunk 8 (Belarus:
 * "8 (017) 297-14-56"). A reading is taken only when the number is valid there.
 */
const NEIGHBOUR_COUNTRIES: readonly CountryCode[] = ['BY', 'KZ', 'UZ', 'KG', 'TJ', 'AM', 'AZ'];

/** The countries of the international numbers ("+27 82 …") written on a page, in order of appearance. */
function pageCountries(texts: readonly string[]): CountryCode[] {
  const out: CountryCode[] = [];
  for (const t of texts) {
    if (out.length >= 3) break;
    if (t.length > 400 || !/\+\s?\d/.test(t)) continue;
    for (const found of findPhoneNumbersInText(t.replace(/[–]/g, '-'))) {
      const c = found.number.country;
      if (c && c !== 'RU' && !out.includes(c)) out.push(c);
    }
  }
  return out;
}

/**
 * The phone numbers written in a line, in E.164: international numbers as written, national ones read
 * as Russian (8 (495) …) or else as of `countries`; a number labelled as a fax is not a phone a journalist can call.
 */
function phones(text: string, countries: readonly CountryCode[] = []): string[] {
  if ((text.match(/\d/g) ?? []).length < 7) return [];
  const clean = text.replace(/[–]/g, '-');
  const all = findPhoneNumbersInText(clean, 'RU');
  for (const country of [...countries, ...NEIGHBOUR_COUNTRIES]) {
    for (const f of findPhoneNumbersInText(clean, country)) {
      if (all.some((a) => f.startsAt < a.endsAt && a.startsAt < f.endsAt) || !f.number.isValid()) continue;
      all.push(f);
    }
  }
  all.sort((a, b) => a.startsAt - b.startsAt);
  const out: string[] = [];
  let last = 0;
  for (const found of all) {
    const before = text.slice(last, found.startsAt);
    last = found.endsAt;
    // "Fax: …" is skipped; "Tel./fax: …" is a phone too.
    const faxAt = before.search(FAX_LABEL);
    if (faxAt >= 0 && !PHONE_LABEL.test(before.slice(faxAt)) && !/(?:tel|phone|тел|телефон)\.?\s*\/\s*$/iu.test(before.slice(0, faxAt))) continue;
    if (!found.number.isPossible()) continue;
    if (!out.includes(found.number.number)) out.push(found.number.number);
  }
  return out;
}

/** The text of a contact line before its first number ("Firuz Ibragimov, WFP/Dushanbe, Mob."), labels removed. */
function phonePrefix(text: string): string {
  const first = findPhoneNumbersInText(text.replace(/[–]/g, '-'), 'RU')[0];
  const at = first ? first.startsAt : text.search(/[+(]?\d[\d\s()\-–.]{6,}\d/);
  return (at < 0 ? text : text.slice(0, at)).replace(/[\s(]+$/u, '').replace(/(?:(?<![\p{L}])(?:(?:tel|telephone|phone|ph|mob|mobile|fax|т|тел|телефон|моб|сот|факс)\.?\s*[/,]?\s*|(?:office|cell)\s*:\s*))+:?\s*$/iu, '')
    .replace(/[\s,;:–—-]+$/u, '').trim();
}

/** Labels of an office's general lines ("Reception", «Приёмная», "Hotline"), which are no press contact. */
const GENERAL_LINE = 'reception|switchboard|general enquiries|hotline|duty officer|приёмная|приемная|канцелярия|горячая линия|дежурн\\S*|справочная';
const GENERAL_LINE_LABEL = new RegExp(`^(?:${GENERAL_LINE})(?![\\p{L}])`, 'iu');
const GENERAL_LINE_NUMBER = new RegExp(`(?<![\\p{L}])(?:${GENERAL_LINE})\\s*:?\\s*[+\\d][\\d\\s()+–-]{6,}\\d`, 'giu');

/** A line that gives phone numbers: only numbers (with labels), or a name or office followed by its numbers. */
function isPhoneLine(text: string, countries: readonly CountryCode[] = []): boolean {
  if (text.length > 220) return false;
  if (text.length < 160 && PHONE_LINE.test(text)) return phones(text, countries).length > 0;
  if (phones(text, countries).length === 0) return false;
  const prefix = phonePrefix(text);
  // "…: +375 29 611-45-87 (Viber, Telegram)", "…: +7 (495) 606-97-71, press@example.org": a remark in brackets or
  // an e-mail address after the last number still ends a line of numbers.
  const end = text.replace(/\s*\([^()\d]{1,40}\)\s*$/u, '').replace(/(?:\s*[,;]\s*|\s+)(?:(?:e-?mail|эл\.?\s?почта)\s*:?\s*)?[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+\s*$/iu, '');
  // «…: 8 495 606-13-87»: the Russian trunk prefix 8 opens a number as well as "+" does.
  // "In Geneva, Olga Example, example@unhcr.org, +41 79 …": a name and an e-mail address before the number.
  if (prefix.length <= 140 && /[^\s@,;]+@[^\s@,;]+\.\p{L}{2,}/u.test(prefix) && !/[.!?]\s+\p{Lu}/u.test(prefix) && /\d[\s)\-]*\d{2}\s*\.?$/u.test(end)) return true;
  // "Reception: …", «Приёмная: …», "Hotline …": the office's general lines, not a press contact.
  if (GENERAL_LINE_LABEL.test(prefix)) return false;
  return PHONE_LABEL.test(text) || CONTACT_LABEL.test(text) || (prefix.length <= 140 && !/[.!?]\s+\p{Lu}/u.test(prefix) && /:\s*(?:\+|\(\+?\d|8[\s-]?\(?\d{3}[\s)-])/u.test(text) && /\d[\s)\-]*\d{2}\s*\.?$/u.test(end));
}

/** A contact line's own label: "Contact: …", "Media contacts: …", «Для справок: …». */
const CONTACT_LABEL = /^(?:[\p{L} ]{0,40}?(?<![\p{L}])(?:contacts?|inquiries|enquiries|information|контакты|контакт|справок|справки|обращаться)(?![\p{L}])[\p{L} ,]{0,30}?)\s*:\s*/iu;

/**
 * A part of a footer that gives a press office's phone ("Press Service: …", «Пресс-служба: тел. …», "Media
 * contacts: …"); an organization's general line ("OSCE Secretariat, Tel: …") is not a journalist's contact.
 */
const FOOTER_CONTACT = /(?<![\p{L}])(?:press|media|contacts?|enquiries|inquiries|spokes\p{L}*|пресс\S*|контакт\S*|справк\S*|печати|СМИ)(?![\p{L}])/iu;

/** A line that opens a list of press contacts ("For further information please contact:", «Контакты для СМИ:»). */
const CONTACTS_HEADING = /^(?:(?:media|press) )?contacts?:?$|^контакты( для (сми|прессы|представителей сми))?:?$|^для справок:?$|^.{0,80}(?:contact|контакт|для справок|for (?:further|more) information|дополнительн\S* информаци).{0,80}:$/iu;

/** A written name that is a person's: two or three capitalized words, or initials and a family name. */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1]!;
  if (!isNameWord(last)) return false;
  return words.slice(0, -1).every((w) => isNameWord(w) || /^[A-ZА-ЯЁ]\.(?:[A-ZА-ЯЁ]\.)?$/u.test(w));
}

/** "Łukasz Jasina, Spokesperson, Ministry …" / «Пресс-секретарь ОДКБ Владимир Зайнетдинов» → name and role. */
function contactOf(lines: readonly string[]): { name: string | null; role: string | null } {
  const parts = lines.flatMap((l) => l.split(/\s*[,;]\s*/)).map((p) => p.trim()).filter(Boolean);
  for (const [i, part] of parts.entries()) {
    const clean = part.replace(/^(?:mr|mrs|ms|dr|г-н|г-жа)\.?\s+/iu, '');
    if (isPersonName(clean)) {
      const role = parts.filter((_, j) => j !== i).join(', ');
      return { name: clean, role: role === '' ? null : role };
    }
    const who = parseRoleName(clean);
    if (who && who.role && isPersonName(who.name)) {
      const role = [who.role, ...parts.filter((_, j) => j !== i)].join(', ');
      return { name: who.name, role };
    }
  }
  const role = parts.join(', ');
  return { name: null, role: role === '' ? null : role };
}

/**
 * A byline under a headline: "Tatiana Example, Director-General, Office at Geneva", "By Anna Example, Spokesperson" —
 * a person's name first, then a role; no sentence, no numbers.
 */
export function bylineOf(text: string): { name: string; role: string } | null {
  const t = text.trim().replace(/^(?:by|автор)\s*:?\s+/iu, '');
  if (t.length > 140 || /[.!?:;]$/u.test(t) || /[\d@|]/u.test(t) || !t.includes(',')) return null;
  const first = t.split(',')[0]!.trim().replace(/^(?:mr|mrs|ms|dr|г-н|г-жа)\.?\s+/iu, '');
  if (!isPersonName(first)) return null;
  const who = contactOf([t]);
  return who.name === first && who.role ? { name: who.name, role: who.role } : null;
}

/** "24.03.2021 | By Anna Example, Spokesperson": a date line and a byline written on one line, as two lines. */
export function splitDatedByline(text: string): [string, string] | null {
  if (text.length > 200) return null;
  const m = /^(.{6,40}?)\s*(?:[|·•–—-]\s*)?((?:by|автор)\s*:?\s+.+)$/iu.exec(text.trim());
  if (!m || standaloneDate(m[1]!) === null || bylineOf(m[2]!) === null) return null;
  return [m[1]!.trim(), m[2]!.trim()];
}

/** Whether the block at `i` comes right after the headline (date lines and section labels between them aside). */
function afterHeadline(out: readonly Classified[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (out[j]!.role === 'date' || out[j]!.role === 'label')) j--;
  return j >= 0 && out[j]!.role === 'title';
}

/** "Press release | 12 March 2021", «Новости · 12.03.2021»: a date among short labels is a date line. */
/**
 * «Интервью 2023-02-15 10:42», «28 ноября 2019, 14:56 Пленарное заседание»: a date (and time) with a rubric of a few
 * words beside it, without a separator, is the item's date line.
 */
function labelBesideDate(text: string): string | null {
  const found = findDates(text);
  if (found.length !== 1 || found[0]!.year === null) return null;
  const d = found[0]!;
  const rest = `${text.slice(0, d.index)} ${text.slice(d.index + d.length)}`.replace(/(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:\s*(?:UTC|GMT|MSK|CET|CEST|EET|EEST|МСК)(?:[+-]\d{1,2})?(?![\p{L}]))?/gu, ' ').replace(/[\s,–—|·•-]+/gu, ' ').trim();
  if (rest === '' || /\d|[.!?:;"«»“”]/u.test(rest)) return null;
  const words = rest.split(' ');
  if (words.length > 3 || !/^\p{Lu}/u.test(rest)) return null;
  const date = standaloneDate(text.slice(d.index, d.index + d.length));
  return date;
}

export function datedLabelLine(text: string): string | null {
  if (text.length > 100) return null;
  const parts = text.split(/\s*[|·•]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return labelBesideDate(text);
  const dates = parts.map((p) => standaloneDate(p));
  if (dates.every((d) => d === null)) return labelBesideDate(text);
  if (dates.filter((d) => d !== null).length !== 1) return null;
  if (parts.some((p, i) => dates[i] === null && (p.split(/\s+/).length > 4 || /[.!?]$/.test(p)))) return null;
  return dates.find((d) => d !== null) ?? null;
}

/** A line that is only a place and a date: «Нур-Султан, 29 апреля 2021 года», "VIENNA, 8 March 2022". */
/** "Санкт-Петербург, Таврический дворец", "The Kremlin, Moscow": a place of a few words in parts set off by commas. */
function isPlaceTail(text: string): boolean {
  const t = text.trim().replace(/^[,–—-]\s*/u, '').replace(/(^|,\s*)(?:г\.|гор\.|city of)\s*/giu, '$1');
  return t.length <= 80 && /^(?:\p{Lu}[\p{L}.’'-]*|[«"]\p{Lu}[^,»"]*[»"])(?:\s+(?:[\p{L}«"][\p{L}.’'»"-]*)){0,3}(?:\s*,\s*(?:\p{Lu}|[«"]\p{Lu})[\p{L}.’'»"-]*(?:\s+[\p{L}«"][\p{L}.’'»"-]*){0,3}){0,2}$/u.test(t)
    && !/(?<![\p{L}])(?:held|met|took|was|were|состоял\S*|прош(?:ло|ла|ел|ёл)|провел\S*|провёл)(?![\p{L}])/iu.test(t);
}

function placeDateLine(text: string): string | null {
  // «Санкт-Петербург, Таврический дворец, 17 апреля 2025 года»: the place, then the date.
  if (text.length <= 120) {
    const dates = findDates(text);
    const last = dates[dates.length - 1];
    if (dates.length === 1 && last && last.year !== null && /^[\s,.–—-]*(?:года|г\.)?[\s.]*$/u.test(text.slice(last.index + last.length))
      && last.index > 0 && isPlaceTail(text.slice(0, last.index).replace(/[\s,–—-]+$/u, ''))) return isoDate(last.year, last.month, last.day);
  }
  // «28 ноября 2025 года, Санкт-Петербург, Таврический дворец»: a date and then the place.
  const plain = text.length <= 120 ? leadingDate(text) : null;
  if (plain?.date && plain.kind !== 'agency' && isPlaceTail(text.slice(plain.end).replace(/^\s*(?:(?<![\p{L}])(?:года|году|г\.)(?![\p{L}]))?\s*/u, ''))) return plain.date;
  if (text.length > 64) return null;
  const d = leadingDate(text);
  if (!d?.date || d.kind !== 'agency') return null;
  return text.slice(d.end).replace(/(?<![\p{L}])(года|году|г\.)(?![\p{L}])|[\s.,–—-]/gu, '') === '' ? d.date : null;
}

/** Whether a paragraph after a list of other items opens an item: long, a full sentence, not a teaser's cut lead. */
function isItemStart(text: string, previous: Classified | undefined, next?: Block): boolean {
  const full = (t: string) => !/(\.\.\.|…)\s*$/u.test(t) && /[.!?»"”)]$/u.test(t);
  if (!full(text) || previous === undefined || !looksLikeTitle(previous.text)) return false;
  // A list gives one lead per headline: a headline over two full paragraphs is an item's, however short its lead.
  return text.length >= 200 || (text.length >= 80 && next !== undefined && !next.hint && next.text.length >= 80 && full(next.text) && !READ_MORE_LINES.test(next.text));
}

/**
 * Whether a line stands in a list that a paragraph ending in a colon announces ("The meeting was attended by:"
 * and then "Nikol Pashinyan, Prime Minister of …" lines): those lines are the paragraph's list, not headlines.
 */
function listAnnounced(out: readonly Classified[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
    const x = out[j]!;
    if (x.role === 'content' && x.text.length < 80 && LIST_HEADING.test(x.text.trim())) return true;
    if (x.tag !== 'p' || x.role !== 'content') return false;
    if (/:$/.test(x.text.trim())) return x.text.length >= 12 && /\p{Ll}/u.test(x.text);
    // Earlier entries of the same list: short lines without a full stop.
    if (x.text.length > 200 || /[.!?]$/.test(x.text.trim())) return false;
  }
  return false;
}

/**
 * A long line without a full stop right under the page's <h1> (and its date line) is the headline's lead
 * ("The document will widen the list of …"), part of the item, not a headline of its own.
 */
function standfirst(out: readonly Classified[], i: number): boolean {
  const b = out[i]!;
  if (b.tag !== 'p' || b.text.length < 60 || b.text.split(/\s+/).length < 8) return false;
  let j = i - 1;
  while (j >= 0 && (out[j]!.role === 'date' || out[j]!.role === 'label')) j--;
  // … over the item's first paragraph.
  const next = out[i + 1];
  return j >= 0 && out[j]!.tag === 'h1' && next !== undefined && next.tag === 'p' && (next.text.length >= 200 || /[.!?]["»”]?$/u.test(next.text));
}

/** Words of the offices that sign a statement ("Secretary-General of …", «Министр иностранных дел …»). */
const SIGNING_ROLE = /(?<![\p{L}])(?:Secretary|Minister|Director|Chair\p{L}*|President|Spokes\p{L}+|Head|Commissioner|Representative|Ambassador|Executive|Генеральн\p{L}*|Министр\p{L}*|Председател\p{L}*|Директор\p{L}*|Секретар\p{L}*|Руководител\p{L}*|Глава|Посол|Представител\p{L}*|Президент\p{L}*)(?![\p{L}])/u;

function classify(blocks: readonly Block[], countries: readonly CountryCode[] = []): Classified[] {
  const out: Classified[] = blocks.map((b) => ({ ...b, role: b.hint ?? 'content' }));
  let inRelated = -1;
  for (const [i, b] of out.entries()) {
    if (b.hint) continue;
    const t = b.text;
    let menu: ReturnType<typeof isMenuLine> = null;
    if (NAVIGATION_LINES.test(t)) b.role = 'navigation';
    else if (SHARE_LINES.test(t)) b.role = 'share';
    else if (t.length < 300 && FOOTER_LINES.test(t)) b.role = 'footer';
    else if (isCookieNotice(t)) b.role = 'menu';
    else if (SEPARATOR_LINE.test(t)) { b.role = 'separator'; inRelated = -1; }
    else if (READ_MORE_LINES.test(t)) b.role = 'more';
    else if ((b.date = datedLabelLine(t)) !== null) b.role = 'date';
    else if ((menu = isMenuLine(t)) !== null) b.role = menu;
    else if (RELATED_HEADINGS.test(t)) { inRelated = i; b.role = 'related'; b.runStart = i; }
    else if (inRelated >= 0 && (isItemStart(t, out[i - 1], out[i + 1]) || (standaloneDate(out[i - 1]!.text) !== null && isItemStart(t, out[i - 2], out[i + 1])))) {
      // A paragraph of full length (not a teaser's lead cut with "…") after a headline (and its date line): the list
      // is over and an item begins with that headline.
      inRelated = -1;
      const dated = standaloneDate(out[i - 1]!.text) !== null && i >= 2 && out[i - 2]!.runStart === undefined && isItemStart(t, out[i - 2], out[i + 1]);
      const prev = out[dated ? i - 2 : i - 1]!;
      if (prev.role === 'related' && prev.runStart === undefined) prev.role = looksLikeTitle(prev.text) ? 'title' : 'content';
      // … and a date line right above or below that headline is the item's.
      for (const x of dated ? [out[i - 1], out[i - 3]] : [out[i - 2]]) {
        if (x && x.role === 'related' && x.runStart === undefined && (x.date = standaloneDate(x.text)) !== null) x.role = 'date';
      }
      b.role = 'content';
    }
    // "Media enquiries: … tel. +86 …" under a list of related items: the list is over.
    else if (inRelated >= 0 && (PHONE_LABEL.test(t) || CONTACT_LABEL.test(t)) && isPhoneLine(t, countries)) { inRelated = -1; b.role = 'phone'; }
    // A date line of its own after a list of related headlines set out with dashes ("– …" lines, then "12.12.2025"):
    // the list is over, and the date signs the item.
    else if (inRelated >= 0 && i > 0 && /^[-–—•*]\s/u.test(out[i - 1]!.text) && !/^[-–—•*]\s/u.test(t) && (b.date = standaloneDate(t)) !== null) { inRelated = -1; b.role = 'date'; }
    else if (inRelated >= 0) { b.role = 'related'; }
    else if (kindLabel(t) !== null && t.length < 40) b.role = 'label';
    // "Category: News", «Рубрика: Новости», "Tags: …" next to the item's date: where the site files the item.
    // … and the other facts a CMS prints about the item: "Author: Press Service", «Просмотров: 123», "Reading time: 3 min",
    // «Подробности» (Joomla's heading over them).
    else if (b.tag === 'p' && t.length < 80 && (/^(?:categor(?:y|ies)|section|rubric|filed under|рубрик[аи]|раздел|категори[яи]|author|authors|автор|авторы|source|источник|reading time|время чтения|views|hits|просмотров|просмотры|tags|теги|метки)\s*:\s*\S/iu.test(t) || /^(?:подробности|details)$/iu.test(t))) b.role = 'label';
    else if ((b.date = standaloneDate(t) ?? placeDateLine(t)) !== null) b.role = 'date';
    else if (isPhoneLine(t, countries)) b.role = 'phone';
    else if (t.length < 160 && (EMAIL_LINE.test(t) || (FAX_LABEL.test(t) && PHONE_LINE.test(t.replace(FAX_LABEL, '').replace(/^\W+/, ''))))) b.role = 'email';
    else if (CONTACTS_HEADING.test(t)) b.role = 'email';
    else if (b.tag === 'p' && afterHeadline(out, i) && bylineOf(t) !== null) b.role = 'byline';
    // "Eligibility", "Participating delegations", «Итоги заседания»: a heading of a few words inside the text heads
    // a part of it; it opens no other item.
    else if (b.tag === 'h' && t.split(/\s+/).length <= 3 && !/\d/.test(t) && out.slice(0, i).some((x) => x.role === 'content')) b.role = 'content';
    else if (b.tag !== 'p' || looksLikeTitle(t)) b.role = listAnnounced(out, i) || standfirst(out, i) ? 'content' : 'title';
  }
  // A place on a line of its own right above a date line ("Goa" / "May 05, 2023" at the foot of an item) is
  // that date line's, not text of the item.
  for (let i = 0; i + 1 < out.length; i++) {
    const b = out[i]!;
    if ((b.role === 'content' || b.role === 'title') && b.tag === 'p' && b.text.length < 40 && !/[.!?:;,"»”]$/.test(b.text)
      && b.text.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(b.text) && out[i + 1]!.role === 'date' && out.slice(0, i).some((x) => x.role === 'content')
      // «И.Н. Тасмагамбетов», "J. Smith" over the date: a name with initials signs the text; no place is so written.
      && !/^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}/u.test(b.text)) b.role = 'place';
  }
  // A list under "Other news" whose entries carry lead text is a teaser block of other items; a list of headlines
  // (dated or not) is related.
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.runStart !== i) continue;
    let j = i + 1;
    while (j < out.length && out[j]!.role === 'related' && out[j]!.runStart === undefined) j++;
    if (out.slice(i + 1, j).some((b) => isLeadSentence(b.text))) for (const b of out.slice(i, j)) b.role = 'teaser';
  }
  // "Interview of the Secretary General … to the newspaper …", «Интервью Министра … газете …» under a headline (and
  // its date line): the rubric that says what the item is, not a second headline.
  for (let i = 1; i < out.length; i++) {
    const b = out[i]!;
    if (b.role !== 'title' || !/^(?:interview|интервью)\s+\S+\s+\S+/iu.test(b.text) || /[?!]$/u.test(b.text)) continue;
    let j = i - 1;
    while (j > 0 && out[j]!.role === 'date') j--;
    if (out[j]!.role === 'title' && j < i) b.role = 'label';
  }
  // A title-looking line followed (maybe after an e-mail) by phone lines is a contact's signature;
  // one after the last paragraph with nothing of substance after it is an author's.
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    if (b.role !== 'title' || b.tag === 'h1') continue;
    // «Генеральный секретарь ОДКБ» over «С. Зась» after the last paragraph: a role and a name signing the text.
    const under = out[i + 1];
    // "Zhang Example" over "Secretary-General of the Organisation" after the last paragraph: a name and its role sign it.
    if (isPersonName(b.text) && b.text.length < 40 && under && (under.role === 'title' || under.role === 'content') && under.tag === 'p' && under.text.length < 120
      && !/[.!?]$/.test(under.text) && SIGNING_ROLE.test(under.text) && i > 0 && out[i - 1]!.role === 'content'
      // … at the end of its item: what follows is another item's or the site's, not more of this text.
      && out.slice(i + 2).find((x) => x.role !== 'email' && x.role !== 'phone')?.role !== 'content') {
      b.role = 'signature';
      b.signs = under.text;
      under.role = 'signature';
      continue;
    }
    if (under && (under.role === 'content' || under.role === 'title') && under.tag === 'p' && under.text.length < 40 && isPersonName(under.text) && i > 0 && out[i - 1]!.role === 'content'
      && out.slice(i + 2).find((x) => x.role !== 'email' && x.role !== 'phone')?.role !== 'content') {
      b.role = 'signature';
      under.role = 'signature';
      under.signs = b.text;
      continue;
    }
    const next = out.slice(i + 1).find((x) => x.role !== 'email');
    if (next && next.role === 'phone') { b.role = 'signature'; continue; }
    const laterContent = out.slice(i + 1).some((x) => x.role === 'content' || (x.role === 'title' && x.tag !== 'p'));
    if (!laterContent && i > 0 && (parseRoleName(b.text) !== null || (b.text.length < 140 && contactOf([b.text]).name !== null))) b.role = 'signature';
  }
  return out;
}

interface Segment { title: Classified | null; blocks: Classified[]; start: number }

function segmentsOf(classified: Classified[]): Segment[] {
  const segments: Segment[] = [];
  let cur: Segment | null = null;
  let curDateline: string | null = null;
  for (const [i, b] of classified.entries()) {
    if (!['content', 'title', 'date'].includes(b.role)) continue;
    const opensTitle = b.role === 'title' && classified.slice(i + 1).some((x) => x.role === 'content');
    const dl = b.role === 'content' ? leadingDate(b.text) : null;
    const opensDateline = dl?.date && curDateline && curDateline !== 'none' && dl.date !== curDateline && cur && cur.blocks.some((x) => x.role === 'content');
    if (!cur || opensTitle || (opensDateline && !(cur.title && cur.blocks.length === 0))) {
      const onlyDates = cur && cur.title === null && cur.blocks.length > 0 && cur.blocks.every((x) => x.role === 'date');
      if (onlyDates && opensTitle) {
        // A date line above the title belongs to the item it dates.
        cur!.title = b;
        continue;
      }
      if (!(cur && cur.blocks.length === 0 && cur.title === null && b.role === 'title')) {
        // Date lines right above a headline date the item that headline opens.
        const carried: Classified[] = [];
        while (opensTitle && cur && cur.blocks.length > 0 && cur.blocks[cur.blocks.length - 1]!.role === 'date' && (cur.title !== null || cur.blocks.some((x) => x.role !== 'date'))) carried.unshift(cur.blocks.pop()!);
        cur = { title: null, blocks: carried, start: carried.length > 0 ? classified.indexOf(carried[0]!) : i };
        segments.push(cur);
        curDateline = null;
      }
      if (opensTitle || (b.role === 'title' && cur.blocks.length === 0 && !cur.title)) { cur.title = b; continue; }
    }
    if (b.role === 'content' && !curDateline) curDateline = dl?.date ?? (cur.blocks.some((x) => x.role === 'content') ? null : 'none');
    if (b.role === 'date' && !curDateline) curDateline = b.date ?? null;
    cur.blocks.push(b);
  }
  return segments;
}

function segmentText(s: Segment): number {
  return s.blocks.filter((b) => b.role === 'content').reduce((n, b) => n + b.text.length, 0);
}

function chooseMain(segments: Segment[]): number {
  const h1 = segments.findIndex((s) => s.title?.tag === 'h1' && segmentText(s) > 0);
  if (h1 >= 0) return h1;
  let best = -1;
  let bestScore = -1;
  for (const [i, s] of segments.entries()) {
    const score = segmentText(s) + (s.title ? 400 : 0);
    if (score > bestScore) { best = i; bestScore = score; }
  }
  return Math.max(best, 0);
}

/**
 * Questions and answers set out as turns: paragraphs opened with a dash (the Russian way of writing dialogue)
 * or with "Q:"/"A:", «Вопрос:»/«Ответ:» labels, some of them questions. That is an interview's layout.
 */
/**
 * A lead of another item, not its headline: a whole sentence of some length ("… The parties discussed …."), or a
 * headline followed by one ("Minister met the Ambassador – The sides discussed …."). Headlines do not end with a full stop.
 */
export function isLeadSentence(text: string): boolean {
  const t = text.trim();
  if (t.length < 60) return false;
  return (/[\p{L}\d)»”"](?:[.!…]|\.\.\.)$/u.test(t) && !/\s\p{Lu}\.$/u.test(t))
    // "… meets Ambassador of Azerbaijan – The sides discussed preparations for …"
    || /^\S+(?:\s+\S+){3,}\s[–—]\s+\p{Lu}\p{Ll}+(?:\s+\S+){4,}$/u.test(t) && (/\s[–—]\s.*/u.exec(t)![0].match(/\s\p{Ll}{2,}/gu) ?? []).length >= 3;
}

export function isQaLayout(paragraphs: readonly string[]): boolean {
  const turns = paragraphs.filter((p) => /^(?:[–—-]\s|(?:q|a|question|answer|вопрос|ответ)\s*[:.]\s)/iu.test(p.trim()));
  return turns.length >= 4 && turns.filter((p) => /\?["»”]?$/u.test(p.trim())).length >= 2 && turns.length * 2 >= paragraphs.length;
}

/** "Interviewed by Anna Example", «Беседовала Анна Примерова»: the line naming who asked, not an author. */
const INTERVIEWER_LINE = /^(?:interviewed by|interview by|questions by|беседовал[аи]?|беседу вел[аи]?|беседу вёл|интервью (?:взял[аи]?|подготовил[аи]?)|вопросы задавал[аи]?)(?![\p{L}])/iu;

function kindOf(title: string, body: string, meeting: ExtractedMeeting | null, hasAuthorVoice: boolean): ItemKind {
  const t = title.toLowerCase();
  // «Обращение к жителям …», "Address to the nation", «Послание …»: words someone addresses to the public.
  if (/^(?:обращение|послание)\s+(?:к|в связи|по случаю|губернатора|главы|президента|министра|генерального)(?![\p{L}])|^(?:address|appeal|message)\s+(?:to|by|of)\s+(?:the\s+)?(?:nation|people|citizens|residents|president|governor|secretary|minister)/iu.test(t)) return 'statement';
  if (/^(joint )?statement\b|^(совместное )?заявление(?![\p{L}\p{N}_])|\bstatement (of|by)\b|заявление (генерального|министр|совета|ОДКБ)/iu.test(t)) return 'statement';
  // «Комментарий официального представителя …», "Comment by the Spokesperson …": a spokesperson's statement.
  if (/^(?:комментарий|comments? (?:by|of))\s+(?:the\s+)?(?:официальн\S+\s+представител|пресс-секретар|(?:official\s+)?spokes(?:person|man|woman)|press secretary)/iu.test(t)) return 'statement';
  if (/^(?:joint )?press release\b|^(?:совместный )?пресс-релиз/iu.test(t)) return 'press_release';
  if (/\binterview\b|(?<![\p{L}])интервью(?![\p{L}\p{N}_])/iu.test(t)) return 'interview';
  if (isQaLayout(body.split(/\n\n+/))) return 'interview';
  if (/^(announcement|анонс|media advisory|advisory|note to (?:the )?(?:media|editors|correspondents)|к сведению (?:сми|представителей сми))(?![\p{L}\p{N}_])/iu.test(t)) return 'announcement';
  if (meeting && (meeting.body || meeting.chair || meeting.participants.length > 0)) {
    const first = body.split('\n')[0] ?? '';
    if (/\bwill be held\b|\bwill take place\b|состоится|пройд[её]т/iu.test(first) && !HELD_WORD.test(first.replace(/will be held/gi, ''))) return 'announcement';
    return 'meeting_report';
  }
  if (/\bwill be held\b|\bwill take place\b|состоится/iu.test(body.slice(0, 300))) return 'announcement';
  // "The exhibition will open on 17 September …" over a call for media accreditation: an event to come, announced.
  const opening = sentences(body.split('\n')[0] ?? '')[0] ?? '';
  if (FUTURE_EVENT.test(opening) && MEDIA_INVITATION.test(body)) return 'announcement';
  if (hasAuthorVoice && /^(on |о |об |в связи)/iu.test(t)) return 'statement';
  // "Secretary General calls for a ceasefire", «Генеральный секретарь осуждает …»: a headline that
  // reports an official's words, over a body in that official's voice, is their statement.
  if (hasAuthorVoice && STATEMENT_HEADLINE.test(t)) return 'statement';
  return 'news';
}

const FUTURE_EVENT = /\bwill (?:open|begin|start|be opened|be launched|be presented|be unveiled|host|hold)\b|(?<![\p{L}])(?:откроется|начн[её]тся|пройд[её]т|будет открыт[аы]?|состоится)(?![\p{L}])/iu;
const MEDIA_INVITATION = /\baccreditation\b|\b(?:media|journalists|press)\b[^.]{0,60}\b(?:invited|wishing to (?:cover|attend))\b|\bwishing to cover\b|аккредитац|приглаша\S*\s+(?:представител\S+\s+)?(?:СМИ|журналист)/iu;

const STATEMENT_HEADLINE = /(?<![\p{L}])(calls? (for|on|upon)|condemns?|urges?|expresses|deplores|призывает|призвал|осуждает|осудил|выражает|выразил)(?![\p{L}])/iu;

const VOICE = /^(?:The\s+)?(.{3,90}?)\s+((?:[A-ZА-ЯЁ][\p{L}'’-]+\s+){1,2}[A-ZА-ЯЁ][\p{L}'’-]+)\s+(?:(?:strongly|firmly|resolutely|sincerely|решительно|категорически|искренне|самым решительным образом)\s+)?(raises|expresses|states|stated|notes|condemns|welcomes|calls|strongly|is deeply|is seriously|выражает|заявляет|заявил|отмечает|осуждает|приветствует|призывает|крайне|глубоко|серь[её]зно)/u;

/** "Statement by OSCE Secretary General Helga Maria Schmid on …": the author a statement's headline names. */
const TITLE_AUTHOR = /^(?:joint\s+)?(?:(?:press\s+)?statement|remarks|address|message|comments?)\s+(?:by|of)\s+(?:the\s+)?(.+?)(?=,?\s+(?:on|at|in|to|regarding|concerning|following|after|about|for)\s|[:(–—]|$)|^(?:заявление|обращение|послание|комментарий)\s+(.+?)(?=,?\s+(?:в связи|по случаю|по поводу|о|об|на|к)\s|[:(–—]|$)/iu;

function titleAuthor(written: string): { name: string; role: string | null } | null {
  // "No:118/24, Statement by …", «№ 123 – Заявление …»: the document's number before the headline.
  const title = written.replace(/^(?:No\.?\s*:?\s*|№\s*)[\d/.-]+\s*[,–—:-]?\s*/iu, '');
  const m = TITLE_AUTHOR.exec(title);
  // "Statement by UN High Commissioner for Refugees Filippo Example on …": the first "for" still belongs to the
  // role; the phrase runs on to the next stop until it holds a name.
  if (m?.[1] && !contactOf([m[1].replace(/,\s*$/, '')]).name) {
    const rest = title.slice(m.index + m[0].length);
    for (const stop of rest.matchAll(/,?\s+(?:on|at|in|to|regarding|concerning|following|after|about|for)\s|[:(–—]|$/gu)) {
      // Only across the role's own "for" ("… Commissioner for Refugees"), not into what the statement is about.
      if (!/^\s*for\s/u.test(rest) && stop.index > 0) break;
      const phrase = `${m[1]}${rest.slice(0, stop.index)}`.trim();
      if (phrase.length > 160) break;
      const found = contactOf([phrase.replace(/,\s*$/, '')]);
      if (found.name) return { name: found.name, role: found.role };
    }
  }
  // «М.В.Захаровой»: initials written close up to the family name.
  const phrase = spacedInitials((m?.[1] ?? m?.[2])?.trim() ?? '');
  if (!phrase) return null;
  // "the OSCE Chairperson-in-Office, Polish Foreign Minister Zbigniew Rau": the person among the comma's parts.
  const found = contactOf([phrase.replace(/,\s*$/, '')]);
  if (!found.name) return null;
  // «Заявление Генерального секретаря … Имангали Тасмагамбетова»: the genitive after «заявление».
  if (m?.[2]) return { name: ruNameNominative(found.name, 'gen'), role: found.role ? ruRoleNominative(found.role) : null };
  return { name: found.name, role: found.role };
}

/** '"…," said the Secretary General Anna Example.' / «…», – заявил Генеральный секретарь Иван Примеров.: who speaks. */
const SAID = /(?:["”»]\s*,?\s*[-–—]?\s*)(?:said|stated|noted|declared|заявил|заявила|отметил|отметила|подчеркнул|подчеркнула|сказал|сказала)\s+(?:the\s+)?([^.,;:"«»“”]{5,120}?)(?=\s*[.,;]|\s+(?:in|at|on|during|в|на|во)\s)/u;

function saidAuthor(text: string): { name: string; role: string | null } | null {
  const m = SAID.exec(text.slice(0, 3000));
  if (!m) return null;
  const who = parseRoleName(m[1]!);
  return who && isPersonName(who.name) ? { name: who.name, role: who.role } : null;
}

function authorVoice(firstParagraph: string): { name: string; role: string | null } | null {
  const m = VOICE.exec(firstParagraph);
  if (!m) return null;
  const who = parseRoleName(`${m[1]} ${m[2]}`);
  return who && who.role ? { name: who.name, role: who.role } : null;
}

function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[«"“]+(.*?)[»"”]+$/u, '$1').trim();
}

function firstSentenceTitle(text: string): string {
  const s = sentences(text)[0] ?? text;
  return s.length > 160 ? `${s.slice(0, 157).replace(/\s+\S*$/, '')}…` : s.replace(/\.$/, '');
}

/**
 * "15.06.2021 В Душанбе состоялось …", "16.09.2022 | Statement by …": a date written on the headline's
 * line is the item's date line, and the headline is the rest.
 */
function splitDatedTitles(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const whole of blocks) {
    // "Headline 27 ноября 2019 | Просмотров: 2 317": a view counter after the date line goes, and a full date after
    // the headline with no mark between is still its date.
    const counted = whole.text.replace(/\s*[|·]\s*(?:Просмотров|Просмотры|Views|Hits|Прочитано)\s*:?\s*[\d\s]+$/iu, '');
    const b = counted === whole.text ? whole : { ...whole, text: counted };
    const trailing = !b.hint && b.text.length < 300 && counted !== whole.text ? findDates(b.text).at(-1) : undefined;
    if (trailing && trailing.year !== null && b.text.slice(trailing.index + trailing.length).trim() === '' && looksLikeTitle(b.text.slice(0, trailing.index).trim()) && b.text.slice(0, trailing.index).trim().split(/\s+/).length >= 3) {
      out.push({ text: b.text.slice(0, trailing.index).trim(), tag: b.tag }, { text: b.text.slice(trailing.index).trim(), tag: 'p' });
      continue;
    }
    // «28 ноября 2019, 14:56 Пленарное заседание»: a date with a rubric of a few words is a date line, not a dated headline.
    if (!b.hint && b.text.length < 100 && labelBesideDate(b.text) !== null) { out.push(b); continue; }
    const m = b.text.length < 300 && !b.hint ? /^(.{6,40}?)\s*(?:[|–—:]\s*|-\s+|\s)(?=[«"“\p{Lu}])(.+)$/u.exec(b.text) : null;
    const date = m ? standaloneDate(m[1]!) : null;
    // … and after it: "Statement on the border situation (16.09.2022)", "Ministers meet in Minsk | 12 March 2021".
    const t = !date && b.text.length < 300 && !b.hint ? /^(.+?)\s*(?:[|–—]\s*|\(\s*)([^|()–—]{6,40}?)\)?$/u.exec(b.text) : null;
    const tailDate = t ? standaloneDate(t[2]!) : null;
    if (m && date && looksLikeTitle(m[2]!) && !opensWithDate(m[2]!) && !(/,/.test(m[2]!) && isPlaceTail(m[2]!))) {
      out.push({ text: m[1]!.trim(), tag: 'p' }, { text: m[2]!.trim(), tag: b.tag });
    } else if (t && tailDate && looksLikeTitle(t[1]!) && t[1]!.split(/\s+/).length >= 3) {
      out.push({ text: t[1]!.trim(), tag: b.tag }, { text: t[2]!.trim(), tag: 'p' });
    } else out.push(b);
  }
  return out;
}

function opensWithDate(text: string): boolean {
  return standaloneDate(text) !== null || leadingDate(text) !== null;
}

/** Bounds that keep every source's work linear: a page of more blocks or longer paragraphs than any press item is cut. */
export const MAX_BLOCKS = 4000;
export const MAX_BLOCK_CHARS = 20_000;

export function extractFromBlocks(input: readonly Block[], options: ExtractOptions = {}): ExtractedItem[] {
  const blocks = input.slice(0, MAX_BLOCKS).map((b) => (b.text.length > MAX_BLOCK_CHARS ? { ...b, text: b.text.slice(0, MAX_BLOCK_CHARS) } : b));
  const countries = pageCountries(blocks.map((b) => b.text));
  const classified = classify(splitDatedTitles(blocks), countries);
  const allText = blocks.map((b) => b.text).join('\n');
  const locale: Locale = options.locale && options.locale !== 'auto' ? options.locale : detectLocale(allText);
  const dropped: Dropped[] = [];
  const warnings: Warning[] = [];
  const segments = segmentsOf(classified);
  if (segments.length === 0 || segments.every((s) => segmentText(s) === 0 && !s.title)) return [];
  const mainIndex = chooseMain(segments);
  const main = segments[mainIndex]!;
  for (const [i, b] of classified.entries()) {
    // A list of other items above the item is a teaser block; below it, related items.
    // A row of the site's sections above the item ("Chairmanship | Events | Documents | Media") is its navigation.
    const topMenu = b.role === 'menu' && !b.hint && i < main.start && b.text.split(/\s*[|·•]\s*/u).length >= 4;
    const kind = b.role === 'more' || (b.role === 'related' && !b.hint) ? (i < main.start ? 'teaser' : 'related') : topMenu ? 'navigation' : b.role;
    if (['navigation', 'related', 'footer', 'menu', 'share', 'teaser'].includes(kind)) dropped.push({ kind: kind as DroppedKind, text: b.text });
  }
  for (const [i, s] of segments.entries()) {
    if (i === mainIndex) continue;
    const text = [s.title?.text, ...s.blocks.map((b) => b.text)].filter(Boolean).join('\n');
    if (text.trim() === '') continue;
    // A headline with nothing under it (a site's name, a section's name) is the page's masthead, not an item.
    const masthead = s.blocks.length === 0 && s.title !== null;
    // Another item's headline with its lead, above or below this one, is a teaser; lines without a sentence above
    // the item (a site's name and address) are its masthead; below it, other items' headlines are related.
    const lead = s.blocks.some((b) => isLeadSentence(b.text));
    // «Главное» and bulleted headlines over the item: a list of other items.
    const headlines = s.blocks.filter((b) => b.text.split(/\s+/).length >= 4 && !/[|[\]]|www\.|https?:/u.test(b.text)).length >= 2;
    dropped.push({ kind: lead ? 'teaser' : masthead || (i < mainIndex && !headlines) ? 'menu' : 'related', text });
  }
  if (segments.some((s, i) => i !== mainIndex && segmentText(s) > 0)) {
    warnings.push({ code: 'structure.other_item', message: 'The page holds text of another item (a teaser or a related item); it was set aside, not merged into this one.' });
  }

  const paragraphs = main.blocks.filter((b) => b.role === 'content').map((b) => b.text);
  const body = paragraphs.join('\n\n');
  const title = cleanTitle(main.title?.text ?? options.metaTitle ?? firstSentenceTitle(paragraphs[0] ?? ''));

  // The date: a date line of the item, then the markup's, then a dateline opening the first paragraph.
  let date: string | null = null;
  let dateCertain = false;
  // The item's date line, or one right above its headline with nothing of another item's before it (a site's menu
  // and a rule, then "04.09.2020", then the headline).
  let above = main.start - 1;
  while (above >= 0 && classified[above]!.role === 'separator') above--;
  const beforeAbove = classified[above - 1];
  const dateAbove = above >= 0 && classified[above]!.role === 'date' && classified[above]!.date
    && (!beforeAbove || ['separator', 'navigation', 'menu', 'label', 'share', 'footer'].includes(beforeAbove.role) || /^[-=_*·]{4,}$/u.test(beforeAbove.text)) ? classified[above]! : undefined;
  const dateBlock = main.blocks.find((b) => b.role === 'date') ?? dateAbove;
  const first = paragraphs[0] ?? '';
  const lead = leadingDate(first);
  const held = heldDate(sentences(first)[0] ?? first);
  const reference = dateBlock?.date ?? options.metaDate ?? null;
  if (dateBlock?.date) { date = dateBlock.date; dateCertain = true; }
  else if (lead?.date) { date = lead.date; dateCertain = true; }
  else if (held?.date) { date = held.date; dateCertain = true; }
  else if (options.metaDate) { date = options.metaDate; dateCertain = true; }
  const yearless = lead && !lead.date ? lead : held && !held.date && held.month ? held : null;
  if (!date && yearless) {
    warnings.push({ code: 'date.no_year', message: `The item is dated ${yearless.day}.${yearless.month} without a year, and nothing on the page gives the year; the date was left empty.` });
  } else if (date && yearless && reference && (Number(date.slice(5, 7)) !== yearless.month || Number(date.slice(8, 10)) !== yearless.day)) {
    warnings.push({ code: 'date.conflict', message: `The page is dated ${date}, but the text opens with ${yearless.day}.${yearless.month}.` });
  }
  if (!date) {
    warnings.push({ code: 'date.missing', message: 'The item\'s own date is not on the page; it must be set by hand (dates of other items on the page were not used).' });
    const rel = relativeMentions(body).find((r) => r.kind !== 'today' || !held);
    if (rel) {
      warnings.push({ code: 'date.relative_unresolved', message: `"${rel.text}" cannot be resolved because the item's own date is unknown.` });
    }
  }

  // Contacts: phone lines, each with the name and role written before its numbers on the line, or on the
  // lines above (a name, a role, an office) back to the contacts' heading or the text; further phone lines continue it.
  const contacts: Contact[] = [];
  const tail = classified.slice(main.start);
  let author: ExtractedItem['author'] = null;
  for (let i = 0; i < tail.length; i++) {
    const b = tail[i]!;
    if (b.role === 'phone') {
      const prev = contacts[contacts.length - 1];
      const prefix = phonePrefix(b.text).replace(CONTACT_LABEL, '');
      const inline = /\p{L}{2,}/u.test(prefix) ? prefix : '';
      if (!inline && prev && tail[i - 1] && (tail[i - 1]!.role === 'phone' || tail[i - 1]!.role === 'email')) { prev.phones.push(...phones(b.text, countries).filter((n) => !prev.phones.includes(n))); continue; }
      const above: string[] = [];
      if (!inline) {
        for (let j = i - 1; j >= 0 && above.length < 3; j--) {
          const x = tail[j]!;
          if (x.role === 'email' || x.role === 'phone' || x.role === 'date' || x.role === 'separator' || x.text.length > 120 || /[.!?]$/.test(x.text) && x.text.length > 40) break;
          if (['title', 'signature', 'content'].includes(x.role)) { above.unshift(x.text); x.role = 'signature'; }
          else break;
        }
      }
      const who = contactOf(inline ? [inline] : above);
      contacts.push({ name: who.name, role: who.role, phones: phones(b.text, countries) });
    }
  }
  // The site's footer under the item may give its press office's numbers ("Press Service of the Secretariat: +7 …;
  // fax …", «Пресс-секретарь …: тел. …», «Секретариат …: адрес. Тел.: …»): a journalist's contact as well.
  // A paragraph of the item that tells journalists whom to call («Аккредитация … осуществляется Пресс-службой …
  // (тел.: +996 …)», "Media wishing to attend should contact the Press Office, tel. …") gives a contact too.
  const pressParagraphs = tail.filter((b) => b.role === 'content' && b.text.length < 1200 && PHONE_LABEL.test(b.text)
    && /(?<![\p{L}])(?:press|media|journalists|accreditation|пресс\S*|аккредитац\S*|СМИ|журналист\S*)(?![\p{L}])/iu.test(b.text)).map((b) => b.text);
  // A footer's press office may be named on the line above it ("Press Service of …" / "Tel.: … (c) 2024 …").
  const footers = tail.flatMap((b, i) => (b.role !== 'footer' ? [] : [`${i > 0 && tail[i - 1]!.text.length <= 120 && tail[i - 1]!.role !== 'content' ? `${tail[i - 1]!.text}\n` : ''}${b.text}`]));
  for (const text of [...footers, ...(options.footer ?? []), ...pressParagraphs]) {
    // The press office may be named on a line of its own above its number («Пресс-служба …» / address / «Тел.: …»).
    if (text.length > 600 || !FOOTER_CONTACT.test(text)) continue;
    for (const whole of text.split(/\n+|(?<=\.)\s+(?=\p{Lu})|\s+[|·•]\s+/u)) {
      // "Reception: +7 …", «Приёмная: …»: the office's general line is no press contact.
      const part = whole.replace(GENERAL_LINE_NUMBER, ' ');
      if (!FOOTER_CONTACT.test(part) && !PHONE_LABEL.test(part)) continue;
      const numbers = phones(part, countries).filter((n) => !contacts.some((c) => c.phones.includes(n)));
      if (numbers.length === 0) continue;
      const who = contactOf([phonePrefix(part).replace(CONTACT_LABEL, '').replace(/[:\s]+$/u, '')]);
      contacts.push({ name: who.name, role: who.role, phones: numbers });
    }
  }
  for (let i = 0; i < tail.length; i++) {
    const b = tail[i]!;
    // A name with phone numbers under it is a press contact's, not the text's signature.
    const contactBelow = tail.slice(i + 1).find((x) => x.role !== 'email' && x.role !== 'signature')?.role === 'phone';
    if (b.role === 'signature' && b.signs !== undefined && !contactBelow) { author = { name: b.text, role: b.signs }; continue; }
    if (b.role === 'signature' && !(tail.slice(i + 1).find((x) => x.role !== 'email' && x.role !== 'signature')?.role === 'phone')) {
      if (/[|©\d>@]/.test(b.text) || /^(?:photo|photos|video|source|credit|фото|видео|источник)\b/iu.test(b.text) || INTERVIEWER_LINE.test(b.text)) continue;
      // «Пресс-секретарь Иван Петров» or "Stéphane Dujarric, Spokesman for the Secretary-General".
      const who = contactOf([b.text]);
      if (who.name) author = { name: who.name, role: who.role };
    }
  }

  // An interview's questions may name meetings; the item reports none.
  const meeting = isQaLayout(paragraphs) ? null : extractMeeting(body, locale, dateBlock?.text ?? null, options.captions);
  const voice = authorVoice(first);
  // A section label right above or below the headline ("Press release", «Заявление») tells the kind.
  const label = classified.slice(Math.max(0, main.start - 3), main.start + 3).filter((b) => b.role === 'label' || b.role === 'date')
    .flatMap((b) => b.text.split(/\s*[|·•]\s*/u)).map((t) => kindLabel(t)?.kind).find((k) => k)
    // "PRESS RELEASE – The Office …", «ЗАЯВЛЕНИЕ: …»: a label opening the first paragraph.
    ?? kindLabel(/^(.{3,30}?)\s*[–—:-]\s/u.exec(first)?.[1] ?? '')?.kind;
  // A press release that reports a meeting held is the meeting's report.
  const read = kindOf(title, body, meeting, voice !== null);
  const kind = label && read !== 'statement' && !(label === 'press_release' && read === 'meeting_report') ? label : read;
  // A byline under the headline names a statement's author ("Tatiana Example, Director-General, …").
  const byline = classified.slice(main.start, main.start + 5).find((b) => b.role === 'byline');
  if (!author && kind === 'statement') author = (byline ? bylineOf(byline.text) : null) ?? titleAuthor(title) ?? voice ?? saidAuthor(body);
  else if (author && /^(?:\p{Lu}\.\s?){1,2}\S/u.test(author.name)) {
    // A signature with initials («С. Зась») and a headline naming the same person in full («… Станислава Зася»):
    // the given name from the headline, the family name as the signature writes it.
    const full = titleAuthor(title)?.name.split(' ');
    const sig = author.name.split(/\s+/);
    const family = sig[sig.length - 1]!;
    if (full && full.length >= 2 && full[0]![0] === sig[0]![0] && full[full.length - 1]!.slice(0, Math.max(3, family.length - 1)) === family.slice(0, Math.max(3, family.length - 1))) {
      author = { ...author, name: `${full[0]} ${family}` };
    }
  }
  if (meeting && !meeting.date && date) meeting.date = date;

  // People against the directory.
  if (options.people) {
    const people = options.people;
    const resolve = (name: string): { id: number | null; name: string } => {
      const id = matchPerson(name, people);
      if (id === null) {
        warnings.push({ code: 'person.unknown', message: `"${name}" is not in the directory; kept as written.` });
        return { id: null, name };
      }
      return { id, name: options.personName?.(id, locale) ?? name };
    };
    if (meeting?.chair) { const r = resolve(meeting.chair.name); meeting.chair = { ...meeting.chair, name: r.name, personId: r.id }; }
    for (const p of meeting?.participants ?? []) { const r = resolve(p.name); p.name = r.name; p.personId = r.id; }
    if (author) { const r = resolve(author.name); author = { ...author, name: r.name, personId: r.id }; }
  }
  if (!date) dateCertain = false;
  return [{ title, kind, locale, date, dateCertain, body, meeting, author, contacts, dropped, warnings }];
}
