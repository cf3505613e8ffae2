/**
 * From the blocks of a page (paragraphs, headings, lines — from a text file or from HTML) to
 * items: boilerplate and other items' teasers set aside, the main item's title, date, kind, body,
 * meeting, author and contacts found, and what is doubtful reported as warnings. Pure.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Locale } from '../platform/i18n/locales.ts';
import {
  canonicalBody, CITIES, FOOTER_LINES, matchPerson, NAVIGATION_LINES, RELATED_HEADINGS, RANKS, SHARE_LINES, splitRank, stateCode,
  type Contact, type DirectoryPerson, type Dropped, type DroppedKind, type ExtractedItem, type ExtractedMeeting, type ItemKind,
  type MeetingFormat, type Participant, type Warning,
} from './domain.ts';
import { heldDate, leadingDate, relativeMentions, standaloneDate } from './extract-dates.ts';

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
}

const PHONE_LINE = /^(?:(?:tel|phone|ph|fax|тел|телефон|факс|моб|mobile)\.?\s*:?\s*)?(\+?\s?\d[\d\s()\-–.]{6,}\d)(?:\s*[,;]\s*(\+?\s?\d[\d\s()\-–.]{6,}\d))*\s*\.?$/i;
const EMAIL_LINE = /^(?:e-?mail|эл\.? почта|email)?\s*:?\s*[^\s@]+@[^\s@]+\.[^\s@]+$/i;
const URL_LINE = /^https?:\/\/\S+$/i;

export function detectLocale(text: string): Locale {
  const sample = text.slice(0, 4000);
  const cyr = (sample.match(/[а-яё]/gi) ?? []).length;
  const lat = (sample.match(/[a-z]/gi) ?? []).length;
  return cyr > lat * 0.5 ? 'ru' : 'en';
}

/** Blocks of a plain-text page: one per line, hard-wrapped lines of a paragraph joined again. */
export function textToBlocks(text: string): { blocks: Block[]; firstUrl: string | null } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\t\u00a0 ]+/g, ' ').trim());
  const blocks: Block[] = [];
  let firstUrl: string | null = null;
  let previousBlank = true;
  for (const line of lines) {
    if (line === '') { previousBlank = true; continue; }
    if (blocks.length === 0 && firstUrl === null && URL_LINE.test(line)) { firstUrl = line; continue; }
    const last = blocks[blocks.length - 1];
    if (!previousBlank && last && last.text.length >= 60 && !/[.!?:»"”)]$/.test(last.text) && /^[a-zа-яё(«"]/.test(line)) {
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
]);

function isNameWord(w: string): boolean {
  return /^[A-ZА-ЯЁ][a-zа-яё'’]+(?:-[A-ZА-ЯЁ]?[a-zа-яё'’]+)?$/u.test(w) && !NOT_NAME.has(w) && stateCode(w) === null;
}

/** "the Head of the CSTO Joint Staff - Colonel General Anatoly Sidorov" → role, rank, name. */
export function parseRoleName(phrase: string): { role: string | null; rank: string | null; name: string } | null {
  const words = phrase.replace(/[.;:]+$/, '').trim().split(/\s+/);
  let n = 0;
  while (n < 3 && n < words.length && isNameWord(words[words.length - 1 - n]!)) n++;
  if (n === 0) return null;
  if (n === 1 && words.length > 1 && /^[A-ZА-ЯЁ]\.$/.test(words[words.length - 2]!)) n = 1; // initials not handled
  const name = words.slice(words.length - n).join(' ');
  let role = words.slice(0, words.length - n).join(' ').replace(/^(the|a)\s+/i, '').replace(/\s*[-–—,]\s*$/, '').trim();
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
  [/^Заместителя/u, 'Заместитель'],
];
function ruRoleNominative(role: string): string {
  for (const [re, to] of RU_ROLE_NOMINATIVE) if (re.test(role)) return role.replace(re, to);
  return role;
}

const PLURAL_ROLES: [RegExp, { en: string; ru: string }][] = [
  [/defen[cs]e ministers|ministers of defen[cs]e|министры обороны/i, { en: 'Minister of Defence', ru: 'Министр обороны' }],
  [/foreign ministers|ministers of foreign affairs|министры иностранных дел/i, { en: 'Minister of Foreign Affairs', ru: 'Министр иностранных дел' }],
  [/secretaries of (the )?security councils|секретари советов безопасности/i, { en: 'Secretary of the Security Council', ru: 'Секретарь совета безопасности' }],
  [/heads of state|главы государств/i, { en: 'Head of State', ru: 'Глава государства' }],
  [/chiefs of (the )?general staffs?|начальники генеральных штабов/i, { en: 'Chief of the General Staff', ru: 'Начальник Генерального штаба' }],
];

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

const MEETING_WORD = /\b(meeting|session|sitting|summit)\b|заседани|сесси|совещани|саммит/iu;
const HELD_WORD = /\b(was held|were held|took place|held|convened|met|gathered)\b|состоял|прош(ло|ел|ёл|ла)|провел|собрал/iu;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ«"“])/u);
}

function meetingFormat(text: string): MeetingFormat | null {
  if (/hybrid|mixed format|смешанн\S* формат|гибридн|очно-заочн/iu.test(text)) return 'hybrid';
  if (/video ?-?conferenc|videoconferencing|video conference|online|видеоконференц|онлайн|видеосвяз/iu.test(text)) return 'videoconference';
  return null;
}

function meetingLocation(text: string, locale: Locale): string | null {
  const known = /(?:\b[Ii]n|(?<![\p{L}])(?:[Вв]|[Вв]о))\s+(?:the city of\s+|г\.\s*|городе\s+)?([A-ZА-ЯЁ][\p{L}-]+(?:[\s-][A-ZА-ЯЁ][\p{L}-]+)?)/gu;
  let k: RegExpExecArray | null;
  while ((k = known.exec(text)) !== null) {
    for (const c of CITIES) if (c.re.test(k[1]!)) return c[locale];
  }
  const m = /\b(?:held|took place|met|convened|gathered|meeting|session|summit)\b[^.]{0,80}?\bin\s+(?:the city of\s+)?([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?)|(?:состоял\S*|прош\S*|провел\S*|заседани\S*|сесси\S*|саммит\S*)[^.]{0,80}?\s(?:в|во)\s+(?:г\.\s*|городе\s+)?([А-ЯЁ][\p{L}-]+)/u.exec(text);
  const word = m?.[1] ?? m?.[2];
  if (!word) return null;
  for (const c of CITIES) if (c.re.test(word)) return c[locale];
  if (stateCode(word) !== null || /^(the|режиме|формате)$/i.test(word)) return null;
  return locale === 'en' ? word : null;
}

function meetingBody(text: string, locale: Locale): string | null {
  const m = /\b(?:meeting|session|sitting)s?\s+of\s+(?:the\s+)?(.+?)(?=\s+(?:was|were|took|has|is|will|under|chaired|via|held|in\s+(?:a|the|an)\b)|\s+in\s+[A-Z]|,|\.|;|$)|(?:заседани[еия]|сесси[яи]|совещани[еия])\s+(.+?)(?=\s+(?:состоял|прош|под|в режиме|в формате|в\s|во\s|провел)|,|\.|;|$)/iu.exec(text);
  const written = (m?.[1] ?? m?.[2])?.trim();
  const canonical = canonicalBody(written ?? '', locale);
  if (canonical) return canonical;
  if (written) return written.replace(/\s+(of the )?(CSTO|Collective Security Treaty Organization)$/i, '').replace(/\s+ОДКБ$/u, '');
  // "The Council of Foreign Ministers … met", "The working group on … held its meeting": the subject is the body.
  const subject = /^(?:On [^,]{4,30},\s*)?(?:the\s+)?(.+?)\s+(?:held (?:its|a|an|the)\b|met\b|convened\b|gathered\b)/iu.exec(text)?.[1]?.replace(/^[\p{L}\s/]+,\s*\d[^–-]*[–-]\s*(?:the\s+)?/u, '');
  if (subject) {
    const head = canonicalBody(subject.split(/\s+(?:under|at|of the CSTO|ОДКБ)(?![\p{L}\p{N}_])/u)[0] ?? subject, locale);
    if (head) return head;
    if (subject.length < 140 && !/\b(ministers|leaders|heads|officers|delegation|experts)\b/i.test(subject.split(/\s+/).slice(0, 3).join(' '))) {
      return subject.charAt(0).toUpperCase() + subject.slice(1);
    }
  }
  return canonicalBody(text, locale);
}

const CHAIR_EN = /(?:under the chairmanship of|chaired by|presided over by|under the presidency of|was presided by)\s+(?:the\s+)?(.+?)(?=,|;|\.(?:\s|$)|\s+(?:a|an|the)\s+(?:regular|extraordinary|meeting|session|joint)\b|\s+(?:was|were|took|held|in a|in the|via)\b|$)/iu;
const CHAIR_RU = /(?:под председательством|[Пп]редседательствовал[аи]?)\s+(.+?)(?=,|;|\.(?:\s|$)|\s+(?:состоял|прош|в режиме|в формате|в\s+[А-ЯЁ]|было|был|провед|очередное|внеочередное|заседани)|$)/iu;

function participantsFrom(sentence: string, locale: Locale): Participant[] {
  let text = sentence
    .replace(/\b(?:participated|took part|were present|participate)\s+in\s+(?:the|this)\s+(?:meeting|session|event|summit|sitting)\.?|\b(?:the meeting|the session|it)\s+was\s+(?:also\s+)?attended\s+by\b|\battended\s+(?:the\s+)?(?:meeting|session)\.?|\b(?:the )?participants (?:were|included)\b:?|\balso present were\b/giu, ' ')
    .replace(/(?:в|во)\s+(?:заседании|совещании|сессии|мероприятии|работе\s+\S+)\s+(?:также\s+)?(?:приняли|принял|приняла)\s+участие|приняли участие в\s+\S+|участвовали в\s+\S+/giu, ' ')
    .replace(/[.;]\s*$/, '').trim();
  const out: Participant[] = [];
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
    out.push({
      name: who.name, rank: inner.rank ?? who.rank, role: plural ? plural[1][locale] : (who.role ?? null), state: code, personId: null,
    });
    consumedUntil = m.index + m[0].length;
  }
  // The rest: "as well as the CSTO Secretary General Stanislav Zas and the Head of … Anatoly Sidorov".
  let rest = firstGroupAt >= 0 ? text.slice(consumedUntil) : text;
  rest = rest.replace(/^\s*,?\s*(?:as well as|and also|and|а также|также|и)\s+/iu, '').replace(/^[\s,]+/, '');
  if (firstGroupAt < 0 && plural) rest = rest.replace(plural[0], '');
  for (const part of rest.split(/\s*,\s*(?:as well as\s+|and\s+|а также\s+|и\s+)?|\s+as well as\s+|\s+and\s+(?=the\b|[A-Z])|\s+а также\s+|\s+и\s+(?=[А-ЯЁ])/u)) {
    const p = part.trim();
    if (p.length < 3) continue;
    const who = parseRoleName(p);
    if (!who || !who.role) continue;
    out.push({ name: who.name, rank: who.rank, role: locale === 'ru' ? ruRoleNominative(who.role) : who.role, state: stateCode(who.role), personId: null });
  }
  return out;
}

const PARTICIPATION = /\b(participated|took part|were present|attended by|attended the|the participants|participants included|also present)\b|приняли участие|участвовали|принял участие|присутствовали/iu;

export function extractMeeting(body: string, locale: Locale): ExtractedMeeting | null {
  const head = body.slice(0, 4000);
  const paras = head.split(/\n+/).slice(0, 3).join('\n');
  const firstSentences = sentences(paras);
  const meetingSentence = firstSentences.find((s) => (MEETING_WORD.test(s) || canonicalBody(s, locale) !== null) && (HELD_WORD.test(s) || CHAIR_EN.test(s) || CHAIR_RU.test(s)));
  if (!meetingSentence) return null;
  let chair: ExtractedMeeting['chair'] = null;
  const chairSentence = [meetingSentence, ...firstSentences.filter((s) => s !== meetingSentence)].find((s) => CHAIR_EN.test(s) || CHAIR_RU.test(s)) ?? meetingSentence;
  const c = CHAIR_EN.exec(chairSentence) ?? CHAIR_RU.exec(chairSentence);
  if (c) {
    const who = parseRoleName(c[1]!.trim());
    if (who) {
      const role = who.role ? (locale === 'ru' ? ruRoleNominative(who.role) : who.role) : null;
      chair = { name: who.name, role, state: role ? stateCode(role) : null };
    }
  }
  const participantSentence = firstSentences.find((s) => s !== meetingSentence && PARTICIPATION.test(s))
    ?? (PARTICIPATION.test(meetingSentence) ? meetingSentence : undefined);
  const participants = participantSentence ? participantsFrom(participantSentence, locale) : [];
  const held = heldDate(meetingSentence);
  const lead = leadingDate(paras);
  const format = meetingFormat(meetingSentence) ?? meetingFormat(paras);
  // An agency dateline ("ASTANA, 25 November 2024.") names where the meeting was, unless it was online.
  const datelineCity = lead?.kind === 'agency' ? CITIES.find((c) => c.re.test(paras.slice(0, 40).split(',')[0] ?? '')) : undefined;
  const location = meetingLocation(meetingSentence, locale) ?? (format !== 'videoconference' && datelineCity ? datelineCity[locale] : null);
  return {
    body: meetingBody(meetingSentence, locale),
    date: held?.date ?? lead?.date ?? null,
    format: format ?? (location ? 'in_person' : null),
    location,
    chair,
    participants,
  };
}

// ---------------------------------------------------------------------------------------------
// Blocks → items
// ---------------------------------------------------------------------------------------------

type Role = 'content' | 'title' | 'date' | 'phone' | 'email' | 'signature' | DroppedKind;
interface Classified extends Block { role: Role; date?: string | null }

function looksLikeTitle(text: string): boolean {
  if (text.length < 8 || text.length > 260) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text)) return false;
  if (!/^[«"“A-ZА-ЯЁ0-9]/u.test(text)) return false;
  if (text.split(/\s+/).length > 40) return false;
  return true;
}

function phones(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.match(/\+?\s?\d[\d\s()\-–.]{6,}\d/g) ?? []) {
    const cleaned = raw.replace(/[–.]/g, '-');
    const parsed = parsePhoneNumberFromString(cleaned, 'RU');
    if (parsed && parsed.isPossible()) out.push(parsed.number);
  }
  return out;
}

function classify(blocks: readonly Block[]): Classified[] {
  const out: Classified[] = blocks.map((b) => ({ ...b, role: b.hint ?? 'content' }));
  let inRelated = false;
  for (const b of out) {
    if (b.hint) continue;
    const t = b.text;
    if (NAVIGATION_LINES.test(t)) b.role = 'navigation';
    else if (SHARE_LINES.test(t)) b.role = 'share';
    else if (t.length < 300 && FOOTER_LINES.test(t)) b.role = 'footer';
    else if (RELATED_HEADINGS.test(t)) { inRelated = true; b.role = 'related'; }
    else if (inRelated) b.role = 'related';
    else if ((b.date = standaloneDate(t)) !== null) b.role = 'date';
    else if (t.length < 160 && PHONE_LINE.test(t) && phones(t).length > 0) b.role = 'phone';
    else if (t.length < 160 && EMAIL_LINE.test(t)) b.role = 'email';
    else if (/^(media |press )?contacts?:?$|^контакты( для сми)?:?$|^для справок:?$/iu.test(t)) b.role = 'email';
    else if (b.tag !== 'p' || looksLikeTitle(t)) b.role = 'title';
  }
  // A title-looking line followed (maybe after an e-mail) by phone lines is a contact's signature;
  // one after the last paragraph with nothing of substance after it is an author's.
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    if (b.role !== 'title' || b.tag === 'h1') continue;
    const next = out.slice(i + 1).find((x) => x.role !== 'email');
    if (next && next.role === 'phone') { b.role = 'signature'; continue; }
    const laterContent = out.slice(i + 1).some((x) => x.role === 'content' || (x.role === 'title' && x.tag !== 'p'));
    if (!laterContent && parseRoleName(b.text) !== null && i > 0) b.role = 'signature';
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
        cur = { title: null, blocks: [], start: i };
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

function kindOf(title: string, body: string, meeting: ExtractedMeeting | null, hasAuthorVoice: boolean): ItemKind {
  const t = title.toLowerCase();
  if (/^(joint )?statement\b|^(совместное )?заявление(?![\p{L}\p{N}_])|\bstatement (of|by)\b|заявление (генерального|министр|совета|ОДКБ)/iu.test(t)) return 'statement';
  if (/^press release\b|^пресс-релиз/iu.test(t)) return 'press_release';
  if (/\binterview\b|(?<![\p{L}])интервью(?![\p{L}\p{N}_])/iu.test(t)) return 'interview';
  if (/^(announcement|анонс)(?![\p{L}\p{N}_])/iu.test(t)) return 'announcement';
  if (meeting && (meeting.body || meeting.chair || meeting.participants.length > 0)) {
    const first = body.split('\n')[0] ?? '';
    if (/\bwill be held\b|\bwill take place\b|состоится|пройд[её]т/iu.test(first) && !HELD_WORD.test(first.replace(/will be held/gi, ''))) return 'announcement';
    return 'meeting_report';
  }
  if (/\bwill be held\b|\bwill take place\b|состоится/iu.test(body.slice(0, 300))) return 'announcement';
  if (hasAuthorVoice && /^(on |о |об |в связи)/iu.test(t)) return 'statement';
  // "Secretary General calls for a ceasefire", «Генеральный секретарь осуждает …»: a headline that
  // reports an official's words, over a body in that official's voice, is their statement.
  if (hasAuthorVoice && STATEMENT_HEADLINE.test(t)) return 'statement';
  return 'news';
}

const STATEMENT_HEADLINE = /(?<![\p{L}])(calls? (for|on|upon)|condemns?|urges?|expresses|deplores|призывает|призвал|осуждает|осудил|выражает|выразил)(?![\p{L}])/iu;

const VOICE = /^(?:The\s+)?(.{3,90}?)\s+((?:[A-ZА-ЯЁ][\p{L}'’-]+\s+){1,2}[A-ZА-ЯЁ][\p{L}'’-]+)\s+(raises|expresses|states|stated|notes|condemns|welcomes|calls|strongly|is deeply|is seriously|выражает|заявляет|заявил|отмечает|осуждает|приветствует|призывает|крайне|глубоко|серь[её]зно)/u;

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

/** Bounds that keep every source's work linear: a page of more blocks or longer paragraphs than any press item is cut. */
export const MAX_BLOCKS = 4000;
export const MAX_BLOCK_CHARS = 20_000;

export function extractFromBlocks(input: readonly Block[], options: ExtractOptions = {}): ExtractedItem[] {
  const blocks = input.slice(0, MAX_BLOCKS).map((b) => (b.text.length > MAX_BLOCK_CHARS ? { ...b, text: b.text.slice(0, MAX_BLOCK_CHARS) } : b));
  const classified = classify(blocks);
  const allText = blocks.map((b) => b.text).join('\n');
  const locale: Locale = options.locale && options.locale !== 'auto' ? options.locale : detectLocale(allText);
  const dropped: Dropped[] = [];
  const warnings: Warning[] = [];
  for (const b of classified) {
    if (['navigation', 'related', 'footer', 'menu', 'share', 'teaser'].includes(b.role)) dropped.push({ kind: b.role as DroppedKind, text: b.text });
  }
  const segments = segmentsOf(classified);
  if (segments.length === 0 || segments.every((s) => segmentText(s) === 0 && !s.title)) return [];
  const mainIndex = chooseMain(segments);
  const main = segments[mainIndex]!;
  for (const [i, s] of segments.entries()) {
    if (i === mainIndex) continue;
    const text = [s.title?.text, ...s.blocks.map((b) => b.text)].filter(Boolean).join('\n');
    if (text.trim() === '') continue;
    dropped.push({ kind: i < mainIndex ? 'teaser' : 'related', text });
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
  const dateBlock = main.blocks.find((b) => b.role === 'date');
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

  // Contacts: a signature line followed by phone lines (and e-mails).
  const contacts: Contact[] = [];
  const tail = classified.slice(main.start);
  let author: ExtractedItem['author'] = null;
  for (let i = 0; i < tail.length; i++) {
    const b = tail[i]!;
    if (b.role === 'phone') {
      const prev = contacts[contacts.length - 1];
      const signature = tail.slice(0, i).reverse().find((x) => x.role !== 'phone' && x.role !== 'email');
      if (prev && tail[i - 1] && (tail[i - 1]!.role === 'phone' || tail[i - 1]!.role === 'email')) prev.phones.push(...phones(b.text));
      else {
        const who = signature?.role === 'signature' ? parseRoleName(signature.text) : null;
        contacts.push({ name: who?.name ?? null, role: who?.role ?? (signature?.role === 'signature' ? signature.text : null), phones: phones(b.text) });
      }
    } else if (b.role === 'signature' && !(tail.slice(i + 1).find((x) => x.role !== 'email')?.role === 'phone')) {
      const who = parseRoleName(b.text);
      if (who) author = { name: who.name, role: who.role };
    }
  }

  const meeting = extractMeeting(body, locale);
  const voice = authorVoice(first);
  const kind = kindOf(title, body, meeting, voice !== null);
  if (!author && kind === 'statement' && voice) author = voice;
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
