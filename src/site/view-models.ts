/** What public pages show: plain data built by the routes, rendered by the pure views. */
import type { Locale } from '../platform/i18n/locales.ts';

export interface LinkVM {
  href: string;
  label: string;
}

export interface AlternateVM {
  locale: Locale;
  /** Absolute URL, for <link rel="alternate" hreflang>. */
  href: string;
  /** Root-relative path, for the in-page language switch (keeps the reader on the host they use). */
  path: string;
  label: string;
}

export interface ChromeVM {
  locale: Locale;
  /** Title of the page without the site name. */
  title: string;
  description: string;
  canonical: string;
  /** The same page in every locale it exists in (including this one), for hreflang and the language switch. */
  alternates: AlternateVM[];
  sections: LinkVM[];
  homeHref: string;
  allNewsHref: string;
  /** Which navigation entry is current: a section slug, 'all' or 'home'. */
  current: string;
  assetVersion: string;
  /** Keep the page out of search engines (error pages). */
  noindex?: boolean;
  /** Feeds of this page's list, for <link rel="alternate" type=…>. */
  feeds?: FeedLinkVM[];
  /** JSON-LD documents, already serialized with jsonLdText() (safe inside <script>). */
  jsonLd?: string[];
  /** OpenGraph type and article times; 'website' when absent. */
  openGraph?: { type: 'website' | 'article' | 'profile'; publishedTime?: string; modifiedTime?: string };
}

export interface FeedLinkVM {
  type: string;
  href: string;
  title: string;
}

export interface ItemCardVM {
  href: string;
  title: string;
  summary: string;
  dateIso: string;
  dateText: string;
  typeLabel: string;
  section: LinkVM;
}

export interface PaginationVM {
  page: number;
  pages: number;
  newerHref: string | null;
  olderHref: string | null;
}

export interface ListPageVM {
  chrome: ChromeVM;
  heading: string;
  intro: string | null;
  items: ItemCardVM[];
  pagination: PaginationVM;
}

export interface HomePageVM {
  chrome: ChromeVM;
  heading: string;
  latest: ItemCardVM[];
  sections: (LinkVM & { description: string | null })[];
  contact: ContactVM | null;
}

export interface ContactVM {
  name: string;
  role: string;
  phones: { href: string; text: string }[];
  email: string | null;
}

export interface PersonRefVM {
  /** The person's page, when the person is in the directory. */
  href?: string;
  name: string;
  role: string;
  rank: string | null;
  state: string | null;
}

export interface MeetingVM {
  body: string;
  dateIso: string;
  dateText: string;
  format: string;
  location: string | null;
  chair: PersonRefVM | null;
  participants: PersonRefVM[];
  agenda: string[];
  outcomes: string[];
}

export interface ItemPageVM {
  chrome: ChromeVM;
  title: string;
  typeLabel: string;
  dateIso: string;
  dateText: string;
  updated: { dateIso: string; dateText: string; note: string } | null;
  author: { name: string; role: string } | null;
  /** Sanitized HTML of the body (generated meeting paragraph first, when there is one). */
  bodyHtml: string;
  meeting: MeetingVM | null;
  contact: ContactVM | null;
  sectionHref: string;
  sectionName: string;
  /** Directory pages this item is linked to, and its meeting's page. */
  related?: { people: LinkVM[]; bodies: LinkVM[]; states: LinkVM[]; meetingHref: string | null };
  /** A withdrawn item: the banner with the date and the public explanation. */
  withdrawn?: { text: string } | null;
}

export interface ErrorPageVM {
  chrome: ChromeVM;
  status: number;
  heading: string;
  text: string;
  detail: string | null;
}
