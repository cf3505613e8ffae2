/**
 * The generated paragraphs of a meeting report, per locale, from a structured meeting record.
 * Pure and deterministic: plain-text paragraphs, no HTML, no I/O. Data conventions: domain.ts.
 *
 * Paragraph 1: date, body of the organization, format (and place), chair.
 * Paragraph 2 (only when there are participants): state delegations grouped by the function of
 * their role, in order of first appearance, then the organization's own officials.
 */
import type { RuCase, RuCases } from '../platform/i18n/cases.ts';
import { RU_CASE_KEY } from '../platform/i18n/cases.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { MeetingReportError, isMeetingFormat, type MeetingReportInput, type ReportParticipant } from './domain.ts';
import { ruPersonName } from './person-names.ts';

export function generateMeetingReport(input: MeetingReportInput): string[] {
  const locale = input.locale;
  if (locale !== 'en' && locale !== 'ru') {
    throw new Error(`meeting report: no templates for locale "${String(locale)}"`);
  }
  const check = new Checker(locale);
  if (!isMeetingFormat(input.format)) {
    throw check.fail('format', `format "${String(input.format)}" is not one of in_person, videoconference, hybrid`);
  }
  const date = parseDate(input.date, check);
  const listing = arrangeParticipants(input.participants ?? []);
  return locale === 'en' ? english(input, date, listing, check) : russian(input, date, listing, check);
}

// ---------------------------------------------------------------------------------------------
// Shared: dates, validation, arranging participants

interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

function parseDate(value: unknown, check: Checker): CalendarDate {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw check.fail('date', `date "${String(value)}" is not a valid calendar date in the form YYYY-MM-DD`);
}

const CASE_LABEL: Record<Exclude<RuCase, 'nominative'>, string> = {
  genitive: 'genitive',
  dative: 'dative',
  accusative: 'accusative',
  instrumental: 'instrumental',
  prepositional: 'prepositional',
};

/** Reads required pieces of the input, failing with the field's path. */
class Checker {
  constructor(readonly locale: Locale) {}

  fail(field: string, message: string): MeetingReportError {
    return new MeetingReportError(this.locale, field, message);
  }

  text(value: unknown, field: string, what: string): string {
    if (typeof value !== 'string' || value.trim() === '') throw this.fail(field, `${what} is missing (${field})`);
    return value.trim();
  }

  /** A stored Russian case form of `name`; `casesField` is the path of its `RuCases` record. */
  caseForm(name: string, cases: RuCases | undefined, grammaticalCase: Exclude<RuCase, 'nominative'>, casesField: string, what: string): string {
    const key = RU_CASE_KEY[grammaticalCase];
    const form = cases?.[key];
    if (typeof form !== 'string' || form.trim() === '') {
      const field = `${casesField}.${key}`;
      throw this.fail(field, `${what} "${name}" has no ${CASE_LABEL[grammaticalCase]} case form (${field})`);
    }
    return form.trim();
  }
}

interface Indexed {
  participant: ReportParticipant;
  index: number; // position in input.participants, for error messages
}

/** A state delegation group (members share role.function), or one participant written on their own. */
type Entry = { kind: 'group'; function: string; members: Indexed[] } | { kind: 'individual'; member: Indexed };

interface Listing {
  delegations: Entry[];
  officials: Indexed[];
  count: number;
}

function arrangeParticipants(participants: readonly ReportParticipant[]): Listing {
  const delegations: Entry[] = [];
  const officials: Indexed[] = [];
  const groups = new Map<string, Indexed[]>();
  participants.forEach((participant, index) => {
    const item = { participant, index };
    if (participant.organizationOfficial) {
      officials.push(item);
    } else if (participant.state === null || participant.state === undefined) {
      delegations.push({ kind: 'individual', member: item });
    } else {
      const fn = participant.role?.function ?? '';
      const members = groups.get(fn);
      if (members) {
        members.push(item);
      } else {
        const created = [item];
        groups.set(fn, created);
        delegations.push({ kind: 'group', function: fn, members: created });
      }
    }
  });
  return { delegations, officials, count: participants.length };
}

function groupLabel(entry: Extract<Entry, { kind: 'group' }>, check: Checker): string {
  for (const { participant } of entry.members) {
    const plural = participant.role?.plural;
    if (typeof plural === 'string' && plural.trim() !== '') return plural.trim();
  }
  const first = entry.members[0]!;
  const field = `participants[${first.index}].role.plural`;
  throw check.fail(
    field,
    `participants with role function "${entry.function}" (${entry.members.length} of them) need a plural group label (${field})`,
  );
}

// ---------------------------------------------------------------------------------------------
// English

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function englishDate(d: CalendarDate): string {
  return `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
}

/** A list item; `appositive` when it ends with a comma-delimited apposition ("the Chief ..., Colonel General X"). */
interface EnItem {
  text: string;
  appositive: boolean;
}

/** "A, B and C"; an item ending in an apposition is closed with a comma before " and ". */
function joinEnglish(items: readonly EnItem[]): EnItem {
  let text = '';
  items.forEach((item, i) => {
    if (i > 0) {
      const previous = items[i - 1]!;
      text += i === items.length - 1 ? (previous.appositive ? ', and ' : ' and ') : ', ';
    }
    text += item.text;
  });
  return { text, appositive: items.length > 0 && items[items.length - 1]!.appositive };
}

function englishStateName(p: Indexed, check: Checker): string {
  const state = p.participant.state!;
  const field = `participants[${p.index}].state.officialName`;
  const name = check.text(state.officialName, field, `participants[${p.index}] state official name`);
  if (/^the\s/i.test(name)) {
    throw check.fail(field, `state official name "${name}" must be stored without the article; the text adds "the" (${field})`);
  }
  return state.article === false ? name : `the ${name}`;
}

function englishPerson(p: ReportParticipant, path: string, check: Checker): string {
  const given = check.text(p.person?.given, `${path}.person.given`, `${path} given name`);
  const family = check.text(p.person?.family, `${path}.person.family`, `${path} family name`);
  return `${given} ${family}`;
}

function englishRank(p: ReportParticipant, path: string, check: Checker): string | null {
  return p.rank ? check.text(p.rank.name, `${path}.rank.name`, `${path} rank`) : null;
}

/** "the CSTO Secretary General Stanislav Zas", "the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov". */
function englishTitled(p: Indexed, check: Checker): EnItem {
  const path = `participants[${p.index}]`;
  const role = check.text(p.participant.role?.name, `${path}.role.name`, `${path} role name`);
  const rank = englishRank(p.participant, path, check);
  const name = englishPerson(p.participant, path, check);
  return rank ? { text: `the ${role}, ${rank} ${name}`, appositive: true } : { text: `the ${role} ${name}`, appositive: false };
}

function englishInParentheses(p: Indexed, check: Checker): string {
  const path = `participants[${p.index}]`;
  const rank = englishRank(p.participant, path, check);
  const name = englishPerson(p.participant, path, check);
  return `(${rank ? `${rank} ${name}` : name})`;
}

function englishEntry(entry: Entry, check: Checker): EnItem {
  if (entry.kind === 'individual') return englishTitled(entry.member, check);
  if (entry.members.length === 1) {
    const member = entry.members[0]!;
    const path = `participants[${member.index}]`;
    const role = check.text(member.participant.role?.name, `${path}.role.name`, `${path} role name`);
    return { text: `the ${role} ${englishInParentheses(member, check)}`, appositive: false };
  }
  const label = groupLabel(entry, check);
  const members = entry.members.map((m) => ({ text: `of ${englishStateName(m, check)} ${englishInParentheses(m, check)}`, appositive: false }));
  return { text: `the ${label} ${joinEnglish(members).text}`, appositive: false };
}

function englishFormat(input: MeetingReportInput, check: Checker): string {
  const place =
    input.location && input.format !== 'videoconference' ? `in ${check.text(input.location.name, 'location.name', 'location name')}` : null;
  switch (input.format) {
    case 'videoconference':
      return 'by videoconference';
    case 'in_person':
      return place ?? 'in person';
    case 'hybrid':
      return `in a hybrid format (${place ?? 'in person'} and by videoconference)`;
  }
}

function english(input: MeetingReportInput, date: CalendarDate, listing: Listing, check: Checker): string[] {
  const body = check.text(input.body?.name, 'body.name', 'body name');
  const organization = check.text(input.organization?.name, 'organization.name', 'organization name');
  let first = `On ${englishDate(date)} the ${body} of the ${organization} met ${englishFormat(input, check)}`;
  if (input.chair) {
    const chair = input.chair;
    const role = check.text(chair.role?.name, 'chair.role.name', 'chair role name');
    const rank = englishRank(chair, 'chair', check);
    const name = englishPerson(chair, 'chair', check);
    first += ` under the chairmanship of the ${role}, ${rank ? `${rank} ${name}` : name}`;
  }
  const paragraphs = [`${first}.`];

  if (listing.count > 0) {
    const delegations = listing.delegations.length > 0 ? joinEnglish(listing.delegations.map((e) => englishEntry(e, check))) : null;
    const officials = listing.officials.length > 0 ? joinEnglish(listing.officials.map((p) => englishTitled(p, check))) : null;
    let subject: string;
    if (delegations && officials) subject = `${delegations.text}, as well as ${officials.text},`;
    else {
      const only = (delegations ?? officials)!;
      subject = only.appositive ? `${only.text},` : only.text;
    }
    paragraphs.push(`${capitalize(subject)} took part in the meeting.`);
  }
  return paragraphs;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Russian

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function russianDate(d: CalendarDate): string {
  return `${d.day} ${RU_MONTHS_GENITIVE[d.month - 1]} ${d.year} года`;
}

/** «A, B и C». */
function joinRussian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/** «в Минске», «во Владивостоке» (before в/ф followed by a consonant). */
function russianIn(prepositional: string): string {
  return /^[вф][бвгджзйклмнпрстфхцчшщъь]/i.test(prepositional) ? `во ${prepositional}` : `в ${prepositional}`;
}

function russianPerson(p: ReportParticipant, path: string, check: Checker, grammaticalCase: RuCase): string {
  const given = check.text(p.person?.given, `${path}.person.given`, `${path} given name`);
  const family = check.text(p.person?.family, `${path}.person.family`, `${path} family name`);
  if (p.person.gender !== 'male' && p.person.gender !== 'female') {
    throw check.fail(`${path}.person.gender`, `${path} person "${given} ${family}" needs gender "male" or "female" (${path}.person.gender)`);
  }
  return ruPersonName({ ...p.person, given, family }, grammaticalCase);
}

function russianRank(p: ReportParticipant, path: string, check: Checker): string | null {
  return p.rank ? check.text(p.rank.name, `${path}.rank.name`, `${path} rank`) : null;
}

/** «Генеральный секретарь ОДКБ Станислав Зась», «Начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров». */
function russianTitled(p: Indexed, check: Checker): string {
  const path = `participants[${p.index}]`;
  const role = check.text(p.participant.role?.name, `${path}.role.name`, `${path} role name`);
  const rank = russianRank(p.participant, path, check);
  const name = russianPerson(p.participant, path, check, 'nominative');
  return rank ? `${role} ${rank} ${name}` : `${role} ${name}`;
}

function russianInParentheses(p: Indexed, check: Checker): string {
  const path = `participants[${p.index}]`;
  const rank = russianRank(p.participant, path, check);
  const name = russianPerson(p.participant, path, check, 'nominative');
  return `(${rank ? `${rank} ${name}` : name})`;
}

function russianEntry(entry: Entry, check: Checker): string {
  if (entry.kind === 'individual') return russianTitled(entry.member, check);
  if (entry.members.length === 1) {
    const member = entry.members[0]!;
    const path = `participants[${member.index}]`;
    const role = check.text(member.participant.role?.name, `${path}.role.name`, `${path} role name`);
    return `${role} ${russianInParentheses(member, check)}`;
  }
  const label = groupLabel(entry, check);
  const members = entry.members.map((m) => {
    const path = `participants[${m.index}]`;
    const state = m.participant.state!;
    const name = check.text(state.officialName, `${path}.state.officialName`, `${path} state official name`);
    const genitive = check.caseForm(name, state.officialCases, 'genitive', `${path}.state.officialCases`, `${path} state`);
    return `${genitive} ${russianInParentheses(m, check)}`;
  });
  return `${label} ${joinRussian(members)}`;
}

function russianFormat(input: MeetingReportInput, check: Checker): string {
  let place: string | null = null;
  if (input.location && input.format !== 'videoconference') {
    const name = check.text(input.location.name, 'location.name', 'location name');
    place = russianIn(check.caseForm(name, input.location.cases, 'prepositional', 'location.cases', 'location'));
  }
  switch (input.format) {
    case 'videoconference':
      return 'в режиме видеоконференции';
    case 'in_person':
      return place ?? 'в очном формате';
    case 'hybrid':
      return `в смешанном формате (${place ?? 'очно'} и в режиме видеоконференции)`;
  }
}

function russianVerb(listing: Listing, participants: readonly ReportParticipant[]): string {
  if (listing.count > 1) return 'приняли участие';
  return participants[0]?.person?.gender === 'female' ? 'приняла участие' : 'принял участие';
}

function russian(input: MeetingReportInput, date: CalendarDate, listing: Listing, check: Checker): string[] {
  const bodyName = check.text(input.body?.name, 'body.name', 'body name');
  const body = check.caseForm(bodyName, input.body.cases, 'genitive', 'body.cases', 'body');
  const organizationName = check.text(input.organization?.name, 'organization.name', 'organization name');
  const organization = check.caseForm(organizationName, input.organization.cases, 'genitive', 'organization.cases', 'organization');

  let first = russianDate(date);
  if (input.chair) {
    const chair = input.chair;
    const roleName = check.text(chair.role?.name, 'chair.role.name', 'chair role name');
    const role = check.caseForm(roleName, chair.role.cases, 'genitive', 'chair.role.cases', 'chair role');
    const rankName = russianRank(chair, 'chair', check);
    const rank = rankName === null ? null : check.caseForm(rankName, chair.rank?.cases, 'genitive', 'chair.rank.cases', 'chair rank');
    const name = russianPerson(chair, 'chair', check, 'genitive');
    first += ` под председательством ${role} ${rank ? `${rank} ${name}` : name}`;
  }
  first += ` ${russianFormat(input, check)} состоялось заседание ${body} ${organization}.`;
  const paragraphs = [first];

  if (listing.count > 0) {
    const delegations = listing.delegations.length > 0 ? joinRussian(listing.delegations.map((e) => russianEntry(e, check))) : null;
    const officials = listing.officials.length > 0 ? joinRussian(listing.officials.map((p) => russianTitled(p, check))) : null;
    const list = delegations && officials ? `${delegations}, а также ${officials}` : (delegations ?? officials)!;
    paragraphs.push(`В заседании ${russianVerb(listing, input.participants)} ${list}.`);
  }
  return paragraphs;
}
