/**
 * Meetings: types and rules shared by storage, views and the report-text generator.
 * No database and no HTTP code here.
 *
 * ## The meeting-report view model (`MeetingReportInput`)
 *
 * One input per locale; every text in it is already in that locale. The generator
 * (`generateMeetingReport` in report-text.ts) composes sentences from these pieces, so the data
 * has to follow these conventions:
 *
 * - **No leading articles in English.** Names of the organization, the body, states, roles and
 *   places are stored without "the": "Collective Security Treaty Organization", "Council of
 *   Defence Ministers", "Kyrgyz Republic", "Russian Federation", "Minister of Defence of the
 *   Republic of Armenia", "CSTO Secretary General". The templates add "the" ("of the Kyrgyz
 *   Republic"). A state whose English official name takes no article ("Ukraine", "Mongolia")
 *   sets `ReportState.article: false`. An English state name starting with "the " is rejected.
 * - **Russian case forms** are data, except for personal names: the body and the organization
 *   need `cases.gen` («Совета министров обороны», «Организации Договора о коллективной
 *   безопасности»); the chair's role and rank need `cases.gen` («Министра обороны Республики
 *   Армения», «генерала армии»); each state in a participant group needs `officialCases.gen`
 *   («Кыргызской Республики»); an in-person or hybrid location needs `cases.prep` without the
 *   preposition («Минске»; the generator writes «в»/«во»). Personal names are declined by
 *   petrovich; a person petrovich gets wrong carries `cases` overrides (see person-names.ts).
 * - **Role fields**:
 *   - `name` — the full title as written in running text, identifying the office without
 *     context, capitalised as in official usage. A state's office includes the state: "Minister
 *     of Defence of the Republic of Armenia" / «Министр обороны Республики Армения». An office of
 *     the organization includes the organization's abbreviation where it naturally goes:
 *     "CSTO Secretary General" / «Генеральный секретарь ОДКБ», "Chief of the CSTO Joint Staff" /
 *     «Начальник Объединённого штаба ОДКБ». Used for the chair, for officials of the
 *     organization, and for a state's participant who is alone in their group.
 *   - `cases.gen` — genitive of `name` (Russian; needed when the role holder chairs).
 *   - `shortName` — the title without the state/organization ("Minister of Defence" /
 *     «Министр обороны»); not used by the report text (pages, lists).
 *   - `plural` — lowercase group label, without the state: "defence ministers" /
 *     «министры обороны»; required when two or more participants share the role's `function`.
 *   - `function` — the kind of office shared across states ('defence_minister'); participants
 *     are grouped by it.
 * - **Ranks**: `name` as written before a personal name, English capitalised ("Army General"),
 *   Russian lowercase («генерал армии»); Russian `cases.gen` needed for a ranked chair.
 * - **Persons**: given and family name in the locale ("Sergei" "Shoigu" / «Сергей» «Шойгу»);
 *   written as given + family.
 * - **Participants**: in protocol order, without the chair. Officials of the organization
 *   (`organizationOfficial: true`) are listed after the state delegations whatever their
 *   position in the input; relative order within each group is kept. A participant who is
 *   neither an official nor has a state is written individually, like an official.
 * - **Location**: the city; for a videoconference it is not written.
 */
import type { Locale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';
import type { RuPersonName } from './person-names.ts';

export type { Locale, RuCases };

export const MEETING_FORMATS = ['in_person', 'videoconference', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export function isMeetingFormat(value: unknown): value is MeetingFormat {
  return typeof value === 'string' && (MEETING_FORMATS as readonly string[]).includes(value);
}

/** A name in the locale with, for Russian, its oblique case forms. */
export interface NameForms {
  name: string;
  cases?: RuCases;
}

/**
 * A person's name in the locale. `cases` (Russian only) overrides petrovich with whole
 * "given family" forms: `{ gen: 'Касым-Жомарта Токаева' }`.
 */
export type ReportPerson = RuPersonName;

export interface ReportRole {
  function: string;
  name: string;
  shortName: string;
  plural?: string;
  cases?: RuCases;
}

export interface ReportState {
  code: string; // ISO 3166-1 alpha-2
  officialName: string; // "Kyrgyz Republic" (no article) / «Кыргызская Республика»
  officialCases?: RuCases; // gen: «Кыргызской Республики»
  /** English only: whether the official name takes "the" (default true). */
  article?: boolean;
}

export interface ReportParticipant {
  person: ReportPerson;
  role: ReportRole;
  state: ReportState | null;
  rank: NameForms | null;
  organizationOfficial: boolean;
}

export interface ReportOrganization {
  name: string; // "Collective Security Treaty Organization" / «Организация Договора о коллективной безопасности»
  abbreviation: string; // "CSTO" / «ОДКБ»
  cases?: RuCases;
}

export interface MeetingReportInput {
  locale: Locale;
  date: string; // YYYY-MM-DD, the local date of the meeting
  format: MeetingFormat;
  location: NameForms | null; // "Minsk" / «Минск» (prep «Минске»)
  organization: ReportOrganization;
  body: NameForms; // "Council of Defence Ministers" / «Совет министров обороны» (gen «Совета министров обороны»)
  chair: ReportParticipant | null;
  participants: ReportParticipant[];
}

/** A meeting record that cannot be written as text; `field` is the path of the culprit in the input. */
export class MeetingReportError extends Error {
  readonly locale: Locale;
  readonly field: string;
  constructor(locale: Locale, field: string, message: string) {
    super(`meeting report (${locale}): ${message}`);
    this.name = 'MeetingReportError';
    this.locale = locale;
    this.field = field;
  }
}
