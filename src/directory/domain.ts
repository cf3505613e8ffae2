/** Directory rules: pure, no storage. */
import type { Locale, PerLocale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';

export type DatePrecision = 'day' | 'month' | 'year';

export interface Term {
  startedOn: string | null; // null = not recorded (treated as "since ever")
  endedOn: string | null; // null = current
}

/** Whether a term covers a calendar date (ISO strings compare in calendar order). */
export function termCovers(term: Term, date: string): boolean {
  return (term.startedOn === null || term.startedOn <= date) && (term.endedOn === null || date <= term.endedOn);
}

/**
 * Two terms of a single-holder role overlap when each starts before the other ends. The day a
 * holder leaves may be the day the next one starts (hand-over on the same date), so equal
 * boundary dates do not count as an overlap.
 */
export function termsOverlap(a: Term, b: Term): boolean {
  const aStartsBeforeBEnds = a.startedOn === null || b.endedOn === null || a.startedOn < b.endedOn;
  const bStartsBeforeAEnds = b.startedOn === null || a.endedOn === null || b.startedOn < a.endedOn;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

export function termIsValid(term: Term): boolean {
  return term.startedOn === null || term.endedOn === null || term.startedOn <= term.endedOn;
}

export interface PersonName {
  given: string;
  patronymic?: string | null;
  family: string;
}

/** "Suren Papikyan" / «Сурен Папикян» — given name then family name, as press texts write them. */
export function displayName(name: PersonName): string {
  return `${name.given} ${name.family}`;
}

export type NamesPerLocale<T> = PerLocale<T>;
export type { Locale, RuCases };

/**
 * A name form for matching: lower case, «ё» as «е», Latin diacritics removed, anything but
 * letters and digits as one space. "Papikyan", «Папикян» and "PAPIKYÁN" all compare alike.
 */
export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether a type-ahead query matches a person by any of their name forms (every locale's given
 * name, patronymic and family name, and every alias): each word of the query must begin a word
 * of some form ("papik" → "Papikyan", «Пап» → «Папикян»), or be contained in one when it is at
 * least four letters long. An empty query matches nothing.
 */
export function nameMatches(query: string, forms: readonly string[]): boolean {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const formWords = forms.flatMap((f) => normalizeName(f).split(' ').filter(Boolean));
  return words.every((w) => formWords.some((f) => f.startsWith(w) || (w.length >= 4 && f.includes(w))));
}

/**
 * Which earlier terms of a single-holder role a new term must end to fit, when the new holder
 * takes over on `startedOn`: terms that started before it and have not ended by then. Terms that
 * start on or after the new start cannot be ended this way (null = the new term does not fit).
 */
export function termsToEnd<T extends Term>(others: readonly T[], term: Term): T[] | null {
  const clashes = others.filter((o) => termsOverlap(o, term));
  if (clashes.length === 0) return [];
  if (term.startedOn === null) return null;
  const start = term.startedOn;
  const endable = clashes.every((o) => o.startedOn !== null && o.startedOn < start && (o.endedOn === null || o.endedOn > start));
  if (!endable) return null;
  // Ending them on the new start must leave no clash (a term that ends before … is fine already).
  return clashes;
}

// ---------------------------------------------------------------------------------------------
// Dates known to the day, the month or the year.
//
// The rule: each bound of a term (an appointment's start and end, a rank's "since") is stored as
// the day that every comparison uses as it is — termCovers and termsOverlap here, the SQL that
// lists the appointments held on a date, the meeting recorder, the editorial checks — and its
// precision says how much of that day is known, so pages show no more than that. A start known
// only to the month or the year counts from the FIRST day of that period, an end known only to
// the month or the year lasts until its LAST day: an appointment "2020-11 – 2021-03" is held on
// 2020-11-01 (so on a meeting of 2020-11-20) and on 2021-03-31. The one exception is a hand-over
// ("end the previous holder's term on the new start"): the previous term ends on the new term's
// first day, with the new start's precision, since the successor holds the role from that day.
// ---------------------------------------------------------------------------------------------

/** A date as written in the office: "2020" (year), "2020-11" (month) or "2020-11-20" (day). */
export interface PartialDate {
  precision: DatePrecision;
  /** The first day of the period, YYYY-MM-DD. */
  first: string;
  /** The last day of the period, YYYY-MM-DD. */
  last: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads "2020", "2020-11" or "2020-11-20" (a real calendar date); anything else is null. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) return { precision: 'year', first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const days = daysInMonth(year, month);
  if (m[3] === undefined) return { precision: 'month', first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(days)}` };
  const day = Number(m[3]);
  if (day < 1 || day > days) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return { precision: 'day', first: iso, last: iso };
}

/** A stored date written with no more precision than recorded: "2020", "2020-11" or "2020-11-20". */
export function partialDateText(date: string, precision: DatePrecision): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 10);
}

/** The day a term's bound is stored as: a start counts from the first day of its period, an end lasts until the last. */
export function termBound(date: PartialDate, side: 'start' | 'end'): string {
  return side === 'start' ? date.first : date.last;
}

/** A bound as stored: the day and its precision. */
export interface StoredDate {
  on: string;
  precision: DatePrecision;
}

/**
 * The bound to store for what was typed into a form. When the text is exactly how the stored
 * bound is shown (the field was left as it was), the stored bound is kept — so saving a form does
 * not move an end recorded as a hand-over on the first day of its month to the month's last day.
 * Otherwise the rule above applies. Null when `text` is not a year, a month or a day.
 */
export function boundFromText(text: string, side: 'start' | 'end', stored?: StoredDate | null): StoredDate | null {
  const parsed = parsePartialDate(text);
  if (!parsed) return null;
  if (stored && partialDateText(stored.on, stored.precision) === text.trim() && stored.precision === parsed.precision) return stored;
  return { on: termBound(parsed, side), precision: parsed.precision };
}

// ---------------------------------------------------------------------------------------------
// Records still referred to: a deletion is refused with a sentence naming what refers to them.
// ---------------------------------------------------------------------------------------------

export type DirectoryEntity = 'person' | 'role' | 'body' | 'member_state' | 'section' | 'contact' | 'rank' | 'appointment';

/** How another record refers to the one to be deleted. */
export type InUseRelation =
  | 'holds_appointment' // person ← appointment.person_id
  | 'appointment_to_role' // role ← appointment.role_id
  | 'meeting_participant' // person, member state, appointment ← meeting_participant
  | 'meeting_body' // body ← meeting.body_id
  | 'meeting_chair' // appointment ← meeting.chair_appointment_id
  | 'item_link' // person, body, member state ← document_person / document_body / document_state
  | 'item_author' // appointment ← document.author_appointment_id
  | 'item_text_link' // person, body, member state, section ← a link to its public page in an item's text
  | 'search_entry' // person, body, member state, section ← search index facets / section of an entry
  | 'redirect' // person, body, member state, section ← redirect.to_path
  | 'child_body' // body ← body.parent_id
  | 'role' // body, member state ← role.body_id / role.state_code
  | 'section_body' // body ← section.body_id
  | 'chairmanship' // body, member state ← chairmanship
  | 'section_item' // section ← document.section_id
  | 'contact_item' // contact ← document.contact_id
  | 'contact_appointment' // appointment ← contact.appointment_id
  | 'rank_holder'; // rank ← person_rank.rank_id

/** One kind of reference: the referring records (the first few) and how many there are. */
export interface InUse {
  relation: InUseRelation;
  ids: string[];
  total: number;
}

export interface RecordRef {
  entity: DirectoryEntity;
  /** How the record is named in the sentence: an id, a section's slug, a state's code. */
  label: string;
}

/**
 * Whether `text` names the page at `segment` ("/people/ivan") as a path: the segment not followed
 * by a letter, digit, "-" or "_" ("/people/ivan/", "/people/ivan?x", "(/en/people/ivan)" do;
 * "/people/ivan-petrov/" does not). Case is ignored.
 */
export function namesPage(text: string, segment: string): boolean {
  const t = text.toLowerCase();
  const base = segment.toLowerCase();
  for (let i = t.indexOf(base); i >= 0; i = t.indexOf(base, i + 1)) {
    const next = t[i + base.length];
    if (next === undefined || !/[\p{L}\p{N}_-]/u.test(next)) return true;
  }
  return false;
}

/** How many referring records a sentence names before "and N more". */
export const IN_USE_LISTED = 5;

const EN_SUBJECT: Record<DirectoryEntity, string> = {
  person: 'person', role: 'role', body: 'body', member_state: 'member state', section: 'section', contact: 'press contact', rank: 'rank', appointment: 'appointment',
};

function enList(ids: string[], total: number): string {
  const more = total - ids.length;
  if (more > 0) return `${ids.join(', ')} and ${more} more`;
  return ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}` : ids.join('');
}

function enPhrase(use: InUse): string {
  const many = use.total > 1;
  const list = enList(use.ids, use.total);
  const things = (one: string, several: string) => `${many ? several : one} ${list}`;
  switch (use.relation) {
    case 'holds_appointment': return `holds ${things('appointment', 'appointments')}`;
    case 'appointment_to_role': return `is held in ${things('appointment', 'appointments')}`;
    case 'meeting_participant': return `is named among the participants of ${things('meeting', 'meetings')}`;
    case 'meeting_body': return `held ${things('meeting', 'meetings')}`;
    case 'meeting_chair': return `is the chair of ${things('meeting', 'meetings')}`;
    case 'item_link': return `is named in ${things('item', 'items')}`;
    case 'item_author': return `is the author of ${things('item', 'items')}`;
    case 'item_text_link': return `is linked from the text of ${things('item', 'items')}`;
    case 'search_entry': return `is in the search index entries of ${things('item', 'items')} (rebuild the index: communique reindex)`;
    case 'redirect': return `is where ${many ? 'the redirects from' : 'the redirect from'} ${list} ${many ? 'lead' : 'leads'}`;
    case 'child_body': return `is the parent of ${things('body', 'bodies')}`;
    case 'role': return `is named in ${things('role', 'roles')}`;
    case 'section_body': return `is named in ${things('section', 'sections')}`;
    case 'chairmanship': return `is named in ${things('chairmanship', 'chairmanships')}`;
    case 'section_item': return `holds ${use.total} ${many ? 'items' : 'item'} (${list})`;
    case 'contact_item': return `is the press contact of ${things('item', 'items')}`;
    case 'contact_appointment': return `is the position of ${things('press contact', 'press contacts')}`;
    case 'rank_holder': return `is held by ${things('person', 'people')}`;
  }
}

/** "person 12 holds appointment 31; delete or change it first" — the refusal of a deletion, in English. */
export function inUseSentence(subject: RecordRef, uses: readonly InUse[]): string {
  const parts = uses.map(enPhrase);
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
  const one = uses.length === 1 && uses[0]!.total === 1;
  const advice = subject.entity === 'appointment' ? 'end its term instead of deleting it' : `delete or change ${one ? 'it' : 'them'} first`;
  return `${EN_SUBJECT[subject.entity]} ${subject.label} ${joined}; ${advice}`;
}
