/** View models of the directory pages and the meetings archive. Plain data. */
import type { ChromeVM, ItemCardVM, LinkVM, MeetingVM, PaginationVM } from './view-models.ts';

/** A date shown with no more precision than recorded. `iso` is YYYY-MM-DD, YYYY-MM or YYYY. */
export interface PartialDateVM {
  iso: string;
  text: string;
  /** The form after "since" (Russian genitive month: «августа 2021 г.»). */
  sinceText: string;
}

export interface TermVM {
  from: PartialDateVM | null;
  to: PartialDateVM | null;
}

export interface AppointmentVM {
  role: string;
  /** Where the role belongs: a state or a body page. */
  of: LinkVM | null;
  person?: LinkVM;
  term: TermVM;
  note: string | null;
}

export interface MeetingRowVM {
  href: string;
  dateIso: string;
  dateText: string;
  body: LinkVM;
  format: string;
  location: string | null;
  /** Person page: the role held then, and whether they chaired. */
  role?: string;
  chair?: boolean;
}

export interface FeedListVM {
  links: { href: string; label: string; type: string }[];
}

export interface PersonPageVM {
  chrome: ChromeVM;
  name: string;
  fullName: string;
  aliases: string[];
  ranks: { name: string; since: PartialDateVM }[];
  appointments: AppointmentVM[];
  meetings: MeetingRowVM[];
  items: ItemCardVM[];
  feeds: FeedListVM;
}

export interface BodyPageVM {
  chrome: ChromeVM;
  name: string;
  abbreviation: string | null;
  parent: LinkVM | null;
  children: LinkVM[];
  chairmanshipHeading: string;
  chairmanships: { years: string; state: LinkVM }[];
  officials: AppointmentVM[];
  meetings: MeetingRowVM[];
  meetingsHref: string;
  items: ItemCardVM[];
  feeds: FeedListVM;
}

export interface StatePageVM {
  chrome: ChromeVM;
  name: string;
  officialName: string;
  memberSince: PartialDateVM | null;
  officials: AppointmentVM[];
  chairmanships: { years: string; of: LinkVM | null }[];
  meetings: MeetingRowVM[];
  items: ItemCardVM[];
  feeds: FeedListVM;
}

export interface FilterOptionVM {
  value: string;
  label: string;
  selected: boolean;
}

export interface MeetingsArchiveVM {
  chrome: ChromeVM;
  heading: string;
  intro: string;
  action: string;
  filters: { body: FilterOptionVM[]; year: FilterOptionVM[]; format: FilterOptionVM[] };
  total: number;
  meetings: MeetingRowVM[];
  pagination: PaginationVM;
}

export interface MeetingPageVM {
  chrome: ChromeVM;
  heading: string;
  meeting: MeetingVM;
  bodyHref: string;
  items: { href: string; title: string; dateIso: string; dateText: string }[];
  archiveHref: string;
}
