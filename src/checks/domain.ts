/**
 * Editorial checks: pure rules over the facts of one document (its texts per locale, its date,
 * what the directory says about the people it names, where its internal links lead). Each
 * finding says what is wrong in a sentence an editor can act on (in every locale: FINDING_SENTENCES),
 * and where; its `code` is stable.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { LOCALES, type Locale } from '../platform/i18n/locales.ts';
import { BODIES, matchPerson, STATE_PATTERNS, type DirectoryPerson } from '../importing/domain.ts';
import { findDates, isoDate, leadingDate, relativeMentions, resolveRelative, weekdayOf } from '../importing/extract-dates.ts';
import { extractFromBlocks, extractMeeting, parseRoleName, textToBlocks } from '../importing/extract-text.ts';

export type Severity = 'error' | 'warning';
export type Field = 'title' | 'summary' | 'body' | 'contact' | 'document';
export interface Finding {
  /** Stable identifier of the rule (see FINDING_CODES). */
  code: FindingCode;
  severity: Severity;
  /** The sentence in English (kept for callers that show one language). */
  sentence: string;
  /** The sentence in every locale. */
  sentences: Record<Locale, string>;
  where: { field: Field; locale: Locale | null; offset: number | null };
}

export interface TextFacts { locale: Locale; title: string; summary: string; body: string }
export interface DirectoryTerm { function: string; roleName: string; stateCode: string | null; startedOn: string | null; endedOn: string | null }
export interface DirectoryFacts extends DirectoryPerson {
  display: string;
  /** The name as written in each locale, when known (`display` otherwise). */
  displays?: Partial<Record<Locale, string>>;
  terms: DirectoryTerm[];
  /** Ranks with every name they are written by, from their date. */
  ranks: { names: string[]; since: string }[];
}
export interface DocumentFacts {
  documentId: number;
  /** The item's own date (publication or meeting date), or null when unknown. */
  date: string | null;
  texts: TextFacts[];
  expectedLocales: readonly Locale[];
  people: DirectoryFacts[];
  contactPhones: string[];
  /** Internal link targets: path → state of the document it leads to ('missing' when none). */
  links: Record<string, 'published' | 'unpublished' | 'missing'>;
}

const WEEKDAYS: Record<Locale, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
};

// Sentences -----------------------------------------------------------------------------------
// Every finding is built from its code and parameters; its sentence exists in every locale.

const MONTHS_GENITIVE_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** An ISO date the Russian way ("25 мая 2022 г."); anything else unchanged. */
export function ruDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS_GENITIVE_RU[Number(m[2]) - 1]} ${m[1]} г.` : iso;
}

/** A language's version: nominative and genitive/prepositional of the Russian adjective. */
const VERSION_RU: Record<Locale, { nom: string; gen: string }> = {
  en: { nom: 'английская', gen: 'английской' },
  ru: { nom: 'русская', gen: 'русской' },
};
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Ends a sentence with one full stop, also after an abbreviation such as «г.». */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

type DifferCode = 'translation.dates_differ' | 'translation.numbers_differ' | 'translation.people_differ' | 'translation.states_differ' | 'translation.bodies_differ';
interface DifferParams {
  a: Locale; b: Locale; onlyA: string[]; onlyB: string[];
  /** Russian names of the values that have them (people, bodies). */
  ru?: Record<string, string>;
}
interface Span { from: string | null; to: string | null }
/** A person's name per locale. */
export type PersonName = Record<Locale, string>;

export interface FindingParams {
  'date.weekday_mismatch': { quote: string; iso: string; actual: number; written: number };
  'date.relative_without_date': { text: string };
  'date.relative_after_publication': { text: string; resolved: string; date: string };
  'person.unknown': { name: string };
  'person.role_not_held': { person: PersonName; role: string; date: string; spans: Span[] };
  'person.rank_not_held': { person: PersonName; rank: string; date: string; current: string | null };
  'structure.two_datelines': { dates: string[] };
  'structure.other_item': { excerpt: string };
  'translation.missing': { locale: Locale };
  'translation.dates_differ': DifferParams;
  'translation.numbers_differ': DifferParams;
  'translation.people_differ': DifferParams;
  'translation.states_differ': DifferParams;
  'translation.bodies_differ': DifferParams;
  'contact.invalid_phone': { number: string; source: 'contact' | 'text'; country: string | null };
  'link.missing': { path: string };
  'link.unpublished': { path: string };
}
export type FindingCode = keyof FindingParams;

function differ(en: string, ru: string, ruValue: (x: string) => string = (x) => x): Record<Locale, (p: DifferParams) => string> {
  return {
    en: (p) => `The ${p.a} and ${p.b} versions name different ${en}: only in ${p.a}: ${p.onlyA.join(', ') || '—'}; only in ${p.b}: ${p.onlyB.join(', ') || '—'}.`,
    ru: (p) => {
      const list = (xs: string[]) => xs.map((x) => p.ru?.[x] ?? ruValue(x)).join(', ') || 'нет';
      return dot(`${capitalize(VERSION_RU[p.a].nom)} и ${VERSION_RU[p.b].nom} версии расходятся в ${ru}: только в ${VERSION_RU[p.a].gen} — ${list(p.onlyA)}; только в ${VERSION_RU[p.b].gen} — ${list(p.onlyB)}`);
    },
  };
}

/** The sentence of every finding code, per locale. */
export const FINDING_SENTENCES: { [K in FindingCode]: Record<Locale, (p: FindingParams[K]) => string> } = {
  'date.weekday_mismatch': {
    en: (p) => `"${p.quote}": ${p.iso} was a ${WEEKDAYS.en[p.actual]}, not a ${WEEKDAYS.en[p.written]}.`,
    ru: (p) => `«${p.quote}»: ${ruDate(p.iso)} — это ${WEEKDAYS.ru[p.actual]}, а не ${WEEKDAYS.ru[p.written]}.`,
  },
  'date.relative_without_date': {
    en: (p) => `"${p.text}" depends on the item's own date, which is unknown: set the date, or write the year out.`,
    ru: (p) => `«${p.text}» отсчитывается от даты самого материала, а она неизвестна: укажите дату или напишите год явно.`,
  },
  'date.relative_after_publication': {
    en: (p) => `"${p.text}" means ${p.resolved}, after the item's date ${p.date}, but the sentence tells it in the past.`,
    ru: (p) => `«${p.text}» означает ${ruDate(p.resolved)} — позже даты материала (${ruDate(p.date)}), но в предложении об этом говорится в прошедшем времени.`,
  },
  'person.unknown': {
    en: (p) => `"${p.name}" is not in the directory: check the spelling or add the person.`,
    ru: (p) => `Имени «${p.name}» нет в справочнике: проверьте написание или добавьте этого человека.`,
  },
  'person.role_not_held': {
    en: (p) => `${p.person.en} is called "${p.role}", but on ${p.date} did not hold that post (held it ${p.spans.map((x) => `${x.from ?? '…'} – ${x.to ?? 'now'}`).join(', ')}).`,
    ru: (p) => dot(`${p.person.ru} упоминается как «${p.role}», но дата материала (${ruDate(p.date)}) не входит в ${p.spans.length > 1 ? 'сроки' : 'срок'} полномочий в этой должности по справочнику: ${p.spans.map((x) => [x.from ? `с ${ruDate(x.from)}` : null, x.to ? `по ${ruDate(x.to)}` : 'по настоящее время'].filter(Boolean).join(' ')).join('; ')}`),
  },
  'person.rank_not_held': {
    en: (p) => `${p.person.en} is given the rank "${p.rank}", but on ${p.date} the directory has ${p.current ? `"${p.current}"` : 'no rank'} for him.`,
    ru: (p) => `${p.person.ru} упоминается в звании «${p.rank}», но на ${ruDate(p.date)} в справочнике ${p.current ? `значится звание «${p.current}»` : 'звание не указано'}.`,
  },
  'structure.two_datelines': {
    en: (p) => `The text opens paragraphs with two different dates (${p.dates.join(', ')}): it may hold two items; split them.`,
    ru: (p) => `Абзацы текста начинаются с двух разных дат (${p.dates.map(ruDate).join(', ')}): возможно, в нём два материала — разделите их.`,
  },
  'structure.other_item': {
    en: (p) => `Part of the text reads as another item (a teaser or related item): "${p.excerpt}…"; remove it.`,
    ru: (p) => `Часть текста похожа на другой материал (анонс или ссылку на связанный материал): «${p.excerpt}…» — удалите её.`,
  },
  'translation.missing': {
    en: (p) => `The ${p.locale} version is missing.`,
    ru: (p) => `Нет ${VERSION_RU[p.locale].gen} версии.`,
  },
  'translation.dates_differ': differ('dates', 'датах', ruDate),
  'translation.numbers_differ': differ('numbers', 'числах'),
  'translation.people_differ': differ('people', 'упомянутых людях'),
  'translation.states_differ': differ('member states', 'государствах-членах'),
  'translation.bodies_differ': differ('bodies', 'органах'),
  'contact.invalid_phone': {
    en: (p) => p.source === 'contact'
      ? `The press contact's number ${p.number} is not a valid phone number for its country.`
      : `"${p.number}" is not a valid phone number${p.country ? ` for ${p.country}` : ''}.`,
    ru: (p) => p.source === 'contact'
      ? `Номер контакта для прессы ${p.number} не является действительным номером телефона своей страны.`
      : `«${p.number}» — недействительный номер телефона${p.country ? ` (страна ${p.country})` : ''}.`,
  },
  'link.missing': {
    en: (p) => `The link to ${p.path} leads to no item.`,
    ru: (p) => `Ссылка на ${p.path} ведёт на несуществующий материал.`,
  },
  'link.unpublished': {
    en: (p) => `The link to ${p.path} leads to an item that is not published.`,
    ru: (p) => `Ссылка на ${p.path} ведёт на неопубликованный материал.`,
  },
};

/** Every finding code the checks can produce. */
export const FINDING_CODES = Object.keys(FINDING_SENTENCES) as FindingCode[];

/** A finding's sentence in one locale. */
export function findingSentence<K extends FindingCode>(code: K, params: FindingParams[K], locale: Locale): string {
  return FINDING_SENTENCES[code][locale](params);
}

/** A finding with its sentence in every locale (`sentence` stays the English one). */
export function finding<K extends FindingCode>(code: K, severity: Severity, where: Finding['where'], params: FindingParams[K]): Finding {
  const sentences = Object.fromEntries(LOCALES.map((l) => [l, findingSentence(code, params, l)])) as Record<Locale, string>;
  return { code, severity, sentence: sentences.en, sentences, where };
}

// Past tense, by auxiliaries and endings: English -ed and irregular forms; Russian feminine, plural
// and reflexive endings (-ла, -ли, -лось, -лся), masculine -ил/-ул/-ыл/-ял/-ёл, and the common
// verbs in -ал (nouns like «генерал» end in -ал too). Boundaries are Unicode-aware: \b is ASCII-only.
const PAST_TENSE = /\b(was|were|had|took place|held|met|signed|adopted|discussed|resumed|started|began|ended|happened|occurred|visited)\b|\b\w+ed\b|состоял|прош(ло|ел|ёл|ла|ли)|(?<![\p{L}])был[аио]?(?![\p{L}\p{N}_])|провел|подписал|принял|обсудил|возобнов|начал|\p{L}+(ла|ли|лось|лся)(?![\p{L}\p{N}_])|\p{L}{2,}(ил|ул|ыл|ял|ёл)(?![\p{L}\p{N}_-])|(?<![\p{L}])(сказ|призв|подпис|указ|рассказ|созв|обсужд|заяв)ал(?![\p{L}])/iu;

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
  const endDot = text.indexOf('. ', index);
  const endLine = text.indexOf('\n', index);
  const end = [endDot, endLine, text.length].filter((n) => n >= 0).reduce((a, b) => Math.min(a, b));
  return text.slice(start, end);
}

function fieldsOf(t: TextFacts): [Field, string][] {
  return [['title', t.title], ['summary', t.summary], ['body', t.body]];
}

// 1. Dates -------------------------------------------------------------------------------------

export function dateFindings(facts: DocumentFacts): Finding[] {
  const out: Finding[] = [];
  for (const t of facts.texts) {
    for (const [field, text] of fieldsOf(t)) {
      for (const d of findDates(text)) {
        if (d.weekday === null) continue;
        const year = d.year ?? (d.relativeYear === 'this' && facts.date ? Number(facts.date.slice(0, 4)) : null);
        if (year === null) continue;
        const iso = isoDate(year, d.month, d.day);
        const actual = weekdayOf(iso);
        if (actual !== d.weekday) {
          out.push(finding('date.weekday_mismatch', 'error', { field, locale: t.locale, offset: d.index },
            { quote: text.slice(Math.max(0, d.index - 12), d.index + d.length).trim(), iso, actual, written: d.weekday }));
        }
      }
      if (field === 'summary' && t.summary.trim() !== '' && t.body.includes(t.summary.trim())) continue;
      for (const r of relativeMentions(text)) {
        if (!facts.date) {
          if (r.kind === 'dated_this_year' || r.kind === 'this_year' || r.kind === 'last_year' || r.kind === 'next_year') {
            out.push(finding('date.relative_without_date', r.kind === 'dated_this_year' ? 'error' : 'warning', { field, locale: t.locale, offset: r.index }, { text: r.text }));
          }
          continue;
        }
        const resolved = resolveRelative(r, facts.date);
        if (resolved && resolved > facts.date && PAST_TENSE.test(sentenceAround(text, r.index))) {
          out.push(finding('date.relative_after_publication', 'error', { field, locale: t.locale, offset: r.index }, { text: r.text, resolved, date: facts.date }));
        }
      }
    }
  }
  return out;
}

// 2. People ------------------------------------------------------------------------------------

const ROLE_FUNCTIONS: [RegExp, string][] = [
  [/minister of defen[cs]e|defen[cs]e minister|министр\S* обороны/iu, 'defence_minister'],
  [/minister of foreign affairs|foreign minister|министр\S* иностранных дел/iu, 'foreign_minister'],
  [/secretary[- ]general|генеральн\S* секретар/iu, 'secretary_general'],
  [/(head|chief) of the (csto )?joint staff|начальник\S* объедин[её]нного штаба/iu, 'chief_of_joint_staff'],
  [/press secretary|пресс-секретар/iu, 'press_secretary'],
  [/prime minister|премьер-министр/iu, 'head_of_government'],
  [/president|президент/iu, 'head_of_state'],
];

export function roleFunction(role: string): string | null {
  for (const [re, fn] of ROLE_FUNCTIONS) if (re.test(role)) return fn;
  return null;
}

function stateOf(text: string): string | null {
  for (const [re, code] of STATE_PATTERNS) if (re.test(text)) return code;
  return null;
}

export function peopleFindings(facts: DocumentFacts): Finding[] {
  const out: Finding[] = [];
  for (const t of facts.texts) {
    const meeting = extractMeeting(t.body, t.locale);
    const mentions: { name: string; role: string | null; rank: string | null; state: string | null }[] = [];
    if (meeting?.chair) mentions.push({ ...meeting.chair, rank: null });
    for (const p of meeting?.participants ?? []) mentions.push(p);
    const firstSentence = t.body.split(/(?<=[.!?])\s/)[0] ?? '';
    const subject = /^(?:The\s+)?(.{3,90}?\s+(?:[A-ZА-ЯЁ][\p{L}'’-]+\s+){1,2}[A-ZА-ЯЁ][\p{L}'’-]+)\s+\p{Ll}/u.exec(firstSentence);
    const voice = subject ? parseRoleName(subject[1]!) : null;
    if (voice?.role && roleFunction(voice.role)) mentions.push({ name: voice.name, role: voice.role, rank: voice.rank, state: stateOf(voice.role) });
    for (const m of mentions) {
      const offset = Math.max(0, t.body.indexOf(m.name));
      const id = matchPerson(m.name, facts.people);
      const person = facts.people.find((p) => p.id === id);
      if (!person) {
        out.push(finding('person.unknown', 'warning', { field: 'body', locale: t.locale, offset }, { name: m.name }));
        continue;
      }
      if (!facts.date) continue;
      const name: PersonName = { en: person.displays?.en ?? person.display, ru: person.displays?.ru ?? person.display };
      const fn = m.role ? roleFunction(m.role) : null;
      const state = m.state ?? (m.role ? stateOf(m.role) : null);
      if (fn) {
        const terms = person.terms.filter((x) => x.function === fn && (state === null || x.stateCode === null || x.stateCode === state));
        const held = terms.some((x) => (x.startedOn === null || x.startedOn <= facts.date!) && (x.endedOn === null || facts.date! <= x.endedOn));
        if (terms.length > 0 && !held) {
          out.push(finding('person.role_not_held', 'error', { field: 'body', locale: t.locale, offset },
            { person: name, role: m.role!, date: facts.date, spans: terms.map((x) => ({ from: x.startedOn, to: x.endedOn })) }));
        }
      }
      if (m.rank && person.ranks.length > 0) {
        const current = person.ranks.filter((r) => r.since <= facts.date!).sort((a, b) => b.since.localeCompare(a.since))[0];
        const written = m.rank.toLowerCase();
        if (!current || !current.names.some((n) => written.startsWith(n.toLowerCase()) || n.toLowerCase().startsWith(written))) {
          out.push(finding('person.rank_not_held', 'warning', { field: 'body', locale: t.locale, offset },
            { person: name, rank: m.rank, date: facts.date, current: current?.names[0] ?? null }));
        }
      }
    }
  }
  return out;
}

// 3. Structure ---------------------------------------------------------------------------------

export function structureFindings(facts: DocumentFacts): Finding[] {
  const out: Finding[] = [];
  for (const t of facts.texts) {
    const paragraphs = t.body.split(/\n+/);
    const datelines = new Map<string, number>();
    let offset = 0;
    for (const p of paragraphs) {
      const d = leadingDate(p);
      if (d?.date && (d.kind !== 'on' || d.year !== null) && !datelines.has(d.date)) datelines.set(d.date, offset);
      offset += p.length + 1;
    }
    if (datelines.size > 1) {
      const [, second] = [...datelines.entries()];
      out.push(finding('structure.two_datelines', 'error', { field: 'body', locale: t.locale, offset: second![1] }, { dates: [...datelines.keys()] }));
      continue;
    }
    const items = extractFromBlocks(textToBlocks(`${t.title}\n\n${t.body}`).blocks, { locale: t.locale });
    const other = items[0]?.dropped.find((d) => d.kind === 'teaser' || d.kind === 'related');
    if (other) {
      out.push(finding('structure.other_item', 'error', { field: 'body', locale: t.locale, offset: Math.max(0, t.body.indexOf(other.text.split('\n')[0] ?? '')) }, { excerpt: other.text.slice(0, 80) }));
    }
  }
  return out;
}

// 4. Translations ------------------------------------------------------------------------------

function datesIn(text: string, reference: string | null): string[] {
  return findDates(text).flatMap((d) => {
    const y = d.year ?? (d.relativeYear === 'this' && reference ? Number(reference.slice(0, 4)) : null);
    return y === null ? [`${d.month}-${d.day}`] : [isoDate(y, d.month, d.day)];
  }).sort();
}

function numbersIn(text: string): string[] {
  let stripped = text;
  for (const d of findDates(text).reverse()) stripped = stripped.slice(0, d.index) + ' ' + stripped.slice(d.index + d.length);
  stripped = stripped.replace(/\+?\d[\d\s()\-–]{8,}\d/g, ' ');
  return (stripped.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();
}

function setDiff(a: readonly string[], b: readonly string[]): string[] {
  const bs = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = bs.indexOf(x);
    if (i >= 0) bs.splice(i, 1);
    else out.push(x);
  }
  return out;
}

export function translationFindings(facts: DocumentFacts): Finding[] {
  const out: Finding[] = [];
  for (const locale of facts.expectedLocales) {
    if (!facts.texts.some((t) => t.locale === locale && t.title.trim() && t.body.trim())) {
      out.push(finding('translation.missing', 'warning', { field: 'document', locale, offset: null }, { locale }));
    }
  }
  const [a, ...others] = facts.texts;
  if (!a) return out;
  const peopleIn = (t: TextFacts) => [...new Set(facts.people.filter((p) => p.names.some((n) => containsName(`${t.title} ${t.body}`, n))).map((p) => p.display))].sort();
  const statesIn = (t: TextFacts) => [...new Set(STATE_PATTERNS.filter(([re]) => re.test(`${t.title} ${t.body}`)).map(([, c]) => c))].sort();
  const ruNames: Record<string, string> = Object.fromEntries([
    ...BODIES.map((b) => [b.en, b.ru]),
    ...facts.people.filter((p) => p.displays?.ru).map((p) => [p.display, p.displays!.ru!]),
  ]);
  const bodiesIn = (t: TextFacts) => [...new Set(BODIES.filter((b) => b.patterns.test(`${t.title} ${t.body}`)).map((b) => b.en))].sort();
  for (const b of others) {
    const pairs: [DifferCode, (t: TextFacts) => string[], Severity][] = [
      ['translation.dates_differ', (t) => datesIn(`${t.title}\n${t.body}`, facts.date), 'error'],
      ['translation.numbers_differ', (t) => numbersIn(`${t.title}\n${t.body}`), 'warning'],
      ['translation.people_differ', peopleIn, 'warning'],
      ['translation.states_differ', statesIn, 'warning'],
      ['translation.bodies_differ', bodiesIn, 'warning'],
    ];
    for (const [code, get, severity] of pairs) {
      const va = get(a);
      const vb = get(b);
      const onlyA = setDiff(va, vb);
      const onlyB = setDiff(vb, va);
      if (onlyA.length || onlyB.length) {
        out.push(finding(code, severity, { field: 'body', locale: b.locale, offset: null }, { a: a.locale, b: b.locale, onlyA, onlyB, ru: ruNames }));
      }
    }
  }
  return out;
}

function containsName(text: string, name: string): boolean {
  const family = name.split(/\s+/).pop() ?? '';
  if (family.length < 3) return false;
  const stem = family.length > 5 ? family.slice(0, -1) : family;
  return new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text);
}

// 5. Contacts ----------------------------------------------------------------------------------

export function contactFindings(facts: DocumentFacts): Finding[] {
  const out: Finding[] = [];
  for (const e164 of facts.contactPhones) {
    const parsed = parsePhoneNumberFromString(e164);
    if (!parsed || !parsed.isValid()) {
      out.push(finding('contact.invalid_phone', 'error', { field: 'contact', locale: null, offset: null }, { number: e164, source: 'contact', country: null }));
    }
  }
  for (const t of facts.texts) {
    const re = /(?<![\w/.-])\+\d[\d\s()\-–]{6,}\d(?![\w])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t.body)) !== null) {
      const parsed = parsePhoneNumberFromString(m[0].replace(/–/g, '-'));
      if (!parsed || !parsed.isValid()) {
        out.push(finding('contact.invalid_phone', 'error', { field: 'body', locale: t.locale, offset: m.index }, { number: m[0], source: 'text', country: parsed?.country ?? null }));
      }
    }
  }
  return out;
}

// 6. Links -------------------------------------------------------------------------------------

/** Internal item paths a text links to: Markdown links, bare paths and links to our own origin. */
export function internalLinks(text: string, origin?: string): { path: string; index: number }[] {
  const out: { path: string; index: number }[] = [];
  const re = /(?:\]\(|\s|^|href=["'])((?:https?:\/\/[^/\s)"']+)?\/(en|ru)\/news\/[a-z0-9-]+\/[a-z0-9-]+\/?)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let path = m[1]!;
    const abs = /^https?:\/\/[^/]+/.exec(path);
    if (abs) {
      if (origin && abs[0] !== origin) continue;
      path = path.slice(abs[0].length);
    }
    if (!path.endsWith('/')) path += '/';
    out.push({ path, index: m.index + m[0].indexOf(m[1]!) });
  }
  return out;
}

export function linkFindings(facts: DocumentFacts): Finding[] {
  const out: Finding[] = [];
  for (const t of facts.texts) {
    for (const l of internalLinks(t.body)) {
      const state = facts.links[l.path];
      if (state === 'missing') out.push(finding('link.missing', 'error', { field: 'body', locale: t.locale, offset: l.index }, { path: l.path }));
      if (state === 'unpublished') out.push(finding('link.unpublished', 'error', { field: 'body', locale: t.locale, offset: l.index }, { path: l.path }));
    }
  }
  return out;
}

/** Errors block publication unless a publisher overrides them with a written reason. */
export function blocksPublication(findings: readonly Finding[], override?: { reason: string } | null): boolean {
  return findings.some((f) => f.severity === 'error') && !(override && override.reason.trim().length > 0);
}

export function checkFacts(facts: DocumentFacts): Finding[] {
  return [
    ...dateFindings(facts), ...peopleFindings(facts), ...structureFindings(facts),
    ...translationFindings(facts), ...contactFindings(facts), ...linkFindings(facts),
  ];
}

export { LOCALES };
