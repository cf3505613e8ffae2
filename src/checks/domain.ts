/**
 * Editorial checks: pure rules over the facts of one document (its texts per locale, its date,
 * what the directory says about the people it names, where its internal links lead). Each
 * finding says what is wrong in a sentence an editor can act on, and where.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { LOCALES, type Locale } from '../platform/i18n/locales.ts';
import { BODIES, matchPerson, STATE_PATTERNS, type DirectoryPerson } from '../importing/domain.ts';
import { findDates, isoDate, leadingDate, relativeMentions, resolveRelative, weekdayOf } from '../importing/extract-dates.ts';
import { extractFromBlocks, extractMeeting, parseRoleName, textToBlocks } from '../importing/extract-text.ts';

export type Severity = 'error' | 'warning';
export type Field = 'title' | 'summary' | 'body' | 'contact' | 'document';
export interface Finding {
  code: string;
  severity: Severity;
  sentence: string;
  where: { field: Field; locale: Locale | null; offset: number | null };
}

export interface TextFacts { locale: Locale; title: string; summary: string; body: string }
export interface DirectoryTerm { function: string; roleName: string; stateCode: string | null; startedOn: string | null; endedOn: string | null }
export interface DirectoryFacts extends DirectoryPerson {
  display: string;
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

const PAST_TENSE = /\b(was|were|had|took place|held|met|signed|adopted|discussed|resumed|started|began|ended|happened|occurred|visited)\b|\b\w+ed\b|состоял|прош(ло|ел|ёл|ла|ли)|был[аио]?\b|провел|подписал|принял|обсудил|возобнов|начал|\p{L}+(ла|ли|лось|лся)\b/iu;

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
          out.push({
            code: 'date.weekday_mismatch', severity: 'error', where: { field, locale: t.locale, offset: d.index },
            sentence: `"${text.slice(Math.max(0, d.index - 12), d.index + d.length).trim()}": ${iso} was a ${WEEKDAYS.en[actual]}, not a ${WEEKDAYS.en[d.weekday]}.`,
          });
        }
      }
      if (field === 'summary' && t.summary.trim() !== '' && t.body.includes(t.summary.trim())) continue;
      for (const r of relativeMentions(text)) {
        if (!facts.date) {
          if (r.kind === 'dated_this_year' || r.kind === 'this_year' || r.kind === 'last_year' || r.kind === 'next_year') {
            out.push({
              code: 'date.relative_without_date', severity: r.kind === 'dated_this_year' ? 'error' : 'warning', where: { field, locale: t.locale, offset: r.index },
              sentence: `"${r.text}" depends on the item's own date, which is unknown: set the date, or write the year out.`,
            });
          }
          continue;
        }
        const resolved = resolveRelative(r, facts.date);
        if (resolved && resolved > facts.date && PAST_TENSE.test(sentenceAround(text, r.index))) {
          out.push({
            code: 'date.relative_after_publication', severity: 'error', where: { field, locale: t.locale, offset: r.index },
            sentence: `"${r.text}" means ${resolved}, after the item's date ${facts.date}, but the sentence tells it in the past.`,
          });
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
        out.push({ code: 'person.unknown', severity: 'warning', where: { field: 'body', locale: t.locale, offset }, sentence: `"${m.name}" is not in the directory: check the spelling or add the person.` });
        continue;
      }
      if (!facts.date) continue;
      const fn = m.role ? roleFunction(m.role) : null;
      const state = m.state ?? (m.role ? stateOf(m.role) : null);
      if (fn) {
        const terms = person.terms.filter((x) => x.function === fn && (state === null || x.stateCode === null || x.stateCode === state));
        const held = terms.some((x) => (x.startedOn === null || x.startedOn <= facts.date!) && (x.endedOn === null || facts.date! <= x.endedOn));
        if (terms.length > 0 && !held) {
          const spans = terms.map((x) => `${x.startedOn ?? '…'} – ${x.endedOn ?? 'now'}`).join(', ');
          out.push({
            code: 'person.role_not_held', severity: 'error', where: { field: 'body', locale: t.locale, offset },
            sentence: `${person.display} is called "${m.role}", but on ${facts.date} did not hold that post (held it ${spans}).`,
          });
        }
      }
      if (m.rank && person.ranks.length > 0) {
        const current = person.ranks.filter((r) => r.since <= facts.date!).sort((a, b) => b.since.localeCompare(a.since))[0];
        const written = m.rank.toLowerCase();
        if (!current || !current.names.some((n) => written.startsWith(n.toLowerCase()) || n.toLowerCase().startsWith(written))) {
          out.push({
            code: 'person.rank_not_held', severity: 'warning', where: { field: 'body', locale: t.locale, offset },
            sentence: `${person.display} is given the rank "${m.rank}", but on ${facts.date} the directory has ${current ? `"${current.names[0]}"` : 'no rank'} for him.`,
          });
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
      out.push({
        code: 'structure.two_datelines', severity: 'error', where: { field: 'body', locale: t.locale, offset: second![1] },
        sentence: `The text opens paragraphs with two different dates (${[...datelines.keys()].join(', ')}): it may hold two items; split them.`,
      });
      continue;
    }
    const items = extractFromBlocks(textToBlocks(`${t.title}\n\n${t.body}`).blocks, { locale: t.locale });
    const other = items[0]?.dropped.find((d) => d.kind === 'teaser' || d.kind === 'related');
    if (other) {
      out.push({
        code: 'structure.other_item', severity: 'error', where: { field: 'body', locale: t.locale, offset: Math.max(0, t.body.indexOf(other.text.split('\n')[0] ?? '')) },
        sentence: `Part of the text reads as another item (a teaser or related item): "${other.text.slice(0, 80)}…"; remove it.`,
      });
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
      out.push({ code: 'translation.missing', severity: 'warning', where: { field: 'document', locale, offset: null }, sentence: `The ${locale} version is missing.` });
    }
  }
  const [a, ...others] = facts.texts;
  if (!a) return out;
  const peopleIn = (t: TextFacts) => [...new Set(facts.people.filter((p) => p.names.some((n) => containsName(`${t.title} ${t.body}`, n))).map((p) => p.display))].sort();
  const statesIn = (t: TextFacts) => [...new Set(STATE_PATTERNS.filter(([re]) => re.test(`${t.title} ${t.body}`)).map(([, c]) => c))].sort();
  const bodiesIn = (t: TextFacts) => [...new Set(BODIES.filter((b) => b.patterns.test(`${t.title} ${t.body}`)).map((b) => b.en))].sort();
  for (const b of others) {
    const pairs: [string, (t: TextFacts) => string[], Severity, string][] = [
      ['translation.dates_differ', (t) => datesIn(`${t.title}\n${t.body}`, facts.date), 'error', 'dates'],
      ['translation.numbers_differ', (t) => numbersIn(`${t.title}\n${t.body}`), 'warning', 'numbers'],
      ['translation.people_differ', peopleIn, 'warning', 'people'],
      ['translation.states_differ', statesIn, 'warning', 'member states'],
      ['translation.bodies_differ', bodiesIn, 'warning', 'bodies'],
    ];
    for (const [code, get, severity, what] of pairs) {
      const va = get(a);
      const vb = get(b);
      const onlyA = setDiff(va, vb);
      const onlyB = setDiff(vb, va);
      if (onlyA.length || onlyB.length) {
        out.push({
          code, severity, where: { field: 'body', locale: b.locale, offset: null },
          sentence: `The ${a.locale} and ${b.locale} versions name different ${what}: only in ${a.locale}: ${onlyA.join(', ') || '—'}; only in ${b.locale}: ${onlyB.join(', ') || '—'}.`,
        });
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
      out.push({ code: 'contact.invalid_phone', severity: 'error', where: { field: 'contact', locale: null, offset: null }, sentence: `The press contact's number ${e164} is not a valid phone number for its country.` });
    }
  }
  for (const t of facts.texts) {
    const re = /(?<![\w/.-])\+\d[\d\s()\-–]{6,}\d(?![\w])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t.body)) !== null) {
      const parsed = parsePhoneNumberFromString(m[0].replace(/–/g, '-'));
      if (!parsed || !parsed.isValid()) {
        out.push({ code: 'contact.invalid_phone', severity: 'error', where: { field: 'body', locale: t.locale, offset: m.index }, sentence: `"${m[0]}" is not a valid phone number${parsed?.country ? ` for ${parsed.country}` : ''}.` });
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
      if (state === 'missing') out.push({ code: 'link.missing', severity: 'error', where: { field: 'body', locale: t.locale, offset: l.index }, sentence: `The link to ${l.path} leads to no item.` });
      if (state === 'unpublished') out.push({ code: 'link.unpublished', severity: 'error', where: { field: 'body', locale: t.locale, offset: l.index }, sentence: `The link to ${l.path} leads to an item that is not published.` });
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
