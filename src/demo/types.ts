/**
 * Shape of the demo archive: plain data, keyed by stable slugs, loaded into the store by
 * `seed-demo` (src/demo/seed.ts). Every user-facing text is given per locale.
 *
 * Dates are ISO `YYYY-MM-DD`. Where the public record only gives a month or a year, the date is
 * the first day of that period and the matching `*Precision` says so — we never invent precision.
 */

import type { Locale, PerLocale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';

export type { Locale, PerLocale, RuCases };
export type DatePrecision = 'day' | 'month' | 'year';


export interface BodyData {
  slug: string;
  kind: 'council' | 'committee' | 'secretariat' | 'joint_staff' | 'assembly' | 'working_group' | 'organization';
  parent?: string; // slug
  names: PerLocale<{ name: string; shortName?: string; abbreviation?: string; cases?: RuCases }>;
}

export interface MemberStateData {
  code: string; // ISO 3166-1 alpha-2
  protocolOrder: number; // order in which delegations are listed (Russian alphabetical in the CSTO)
  names: PerLocale<{ shortName: string; officialName: string; officialCases?: RuCases; shortCases?: RuCases }>;
  memberships: { startedOn: string; endedOn?: string | null }[];
}

export interface ChairmanshipData {
  state: string; // ISO code
  body?: string; // body slug; absent = the organization itself
  startedOn: string;
  endedOn: string;
}

export interface PersonData {
  slug: string;
  gender: 'male' | 'female';
  names: PerLocale<{ given: string; patronymic?: string; family: string }>;
  aliases?: { locale: Locale; name: string }[]; // transliteration variants: "Papikian", "Sergey Shoygu"
  ranks?: { rank: string; since: string; sincePrecision?: DatePrecision }[]; // rank slug; promotions over time
}

export interface RankData {
  slug: string;
  kind: 'military' | 'diplomatic' | 'civil';
  names: PerLocale<{ name: string; cases?: RuCases }>;
}

export interface RoleData {
  slug: string;
  /** Kind of position shared by the same office in different states: 'defence_minister', 'secretary_general', ... */
  function: string;
  state?: string; // ISO code when the role is a state's office
  body?: string; // body slug when the role belongs to a body of the organization
  singleHolder: boolean;
  names: PerLocale<{
    name: string; // "Minister of Defence of the Republic of Armenia", «Министр обороны Республики Армения»
    shortName: string; // "Minister of Defence", «Министр обороны»
    plural?: string; // "defence ministers", «министры обороны» — for grouping participants
    cases?: RuCases; // of `name`
  }>;
}

export interface AppointmentData {
  key: string; // unique within the archive, referenced by meetings and documents
  person: string; // person slug
  role: string; // role slug
  startedOn: string | null;
  startedPrecision?: DatePrecision;
  endedOn?: string | null; // null/absent = current
  endedPrecision?: DatePrecision;
  note?: PerLocale<string>; // e.g. "known to be in office during 2022; exact dates not recorded"
}

export interface MeetingData {
  key: string;
  body: string; // body slug
  date: string; // local date
  time?: string; // 'HH:MM' local time, when known
  timeZone: string; // IANA zone of the venue or the chair
  format: 'in_person' | 'videoconference' | 'hybrid';
  location?: PerLocale<{ name: string; cases?: RuCases }>; // "Minsk" / «Минск» (prep «Минске»)
  chair?: string; // appointment key
  participants: { appointment: string }[]; // in protocol order; officials of the organization last
  agenda: PerLocale<string>[];
  outcomes: PerLocale<string>[];
}

export interface SectionData {
  slug: string;
  body?: string;
  names: PerLocale<{ name: string; description?: string }>;
}

export interface ContactData {
  key: string;
  appointment?: string; // appointment key of the press contact (e.g. the Press Secretary)
  names: PerLocale<{ name: string; role: string }>;
  phones: string[]; // E.164, e.g. "+74957952710"
  email?: string;
}

export type DocumentType = 'news' | 'statement' | 'meeting_report' | 'press_release' | 'interview' | 'announcement';

export interface DocumentData {
  slug: string; // stable, locale-independent, e.g. "2022-05-24-council-of-defence-ministers"
  type: DocumentType;
  section: string; // section slug
  publishedAt: string; // ISO timestamp with offset, e.g. "2022-05-24T14:30:00+03:00"
  meeting?: string; // meeting key; a meeting_report's text is generated from the meeting record
  author?: string; // appointment key (statements)
  contact?: string; // contact key
  bodies?: string[];
  states?: string[];
  people?: string[];
  /** Body text in Markdown (no raw HTML). For a meeting_report the generated paragraph comes first, then this. */
  translations: PerLocale<{ title: string; summary: string; body: string }>;
}

export interface DemoArchive {
  organization: string; // body slug of the organization itself
  bodies: BodyData[];
  states: MemberStateData[];
  chairmanships: ChairmanshipData[];
  ranks: RankData[];
  people: PersonData[];
  roles: RoleData[];
  appointments: AppointmentData[];
  meetings: MeetingData[];
  sections: SectionData[];
  contacts: ContactData[];
  documents: DocumentData[];
}
