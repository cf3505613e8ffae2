/** Builds the view models of public pages from what the queries return. Pure. */
import type { Locale } from '../platform/i18n/locales.ts';
import { messages } from '../platform/i18n/messages.ts';
import { formatCalendarDate, formatDate, formatPhone, localDate } from '../platform/i18n/format.ts';
import type { ItemSummary, PressContact, SectionSummary } from '../newsroom/queries.ts';
import type { MeetingRecord, MeetingParticipantView } from '../meetings/queries.ts';
import type { AlternateVM, ChromeVM, ContactVM, ItemCardVM, MeetingVM, PersonRefVM } from './view-models.ts';
import { paths } from './paths.ts';
import { discoveryPaths } from './discovery-paths.ts';

export interface SiteContext {
  locales: readonly Locale[];
  origin: string;
  timeZone: string;
  assetVersion: string;
}

export function alternates(ctx: SiteContext, available: readonly Locale[], pathFor: (l: Locale) => string): AlternateVM[] {
  return ctx.locales.filter((l) => available.includes(l)).map((l) => ({ locale: l, href: ctx.origin + pathFor(l), path: pathFor(l), label: messages(l).languageName }));
}

export function chrome(
  ctx: SiteContext,
  locale: Locale,
  page: { title: string; description?: string; path: string; current: string; alternates: AlternateVM[] },
  sections: readonly SectionSummary[],
): ChromeVM {
  return {
    locale,
    title: page.title,
    description: page.description ?? messages(locale).siteName,
    canonical: ctx.origin + page.path,
    alternates: page.alternates,
    sections: sections.map((s) => ({ href: paths.section(locale, s.slug), label: s.name })),
    homeHref: paths.home(locale),
    allNewsHref: paths.allNews(locale),
    current: page.current,
    assetVersion: ctx.assetVersion,
  };
}

export function itemCard(ctx: SiteContext, locale: Locale, item: ItemSummary): ItemCardVM {
  return {
    href: paths.item(locale, item.sectionSlug, item.slug),
    title: item.title,
    summary: item.summary,
    dateIso: localDate(item.publicTimestamp, ctx.timeZone),
    dateText: formatDate(item.publicTimestamp, locale, ctx.timeZone),
    typeLabel: messages(locale).documentTypes[item.type],
    section: { href: paths.section(locale, item.sectionSlug), label: item.sectionName },
  };
}

export function contactVM(locale: Locale, contact: PressContact): ContactVM {
  return {
    name: contact.name,
    role: contact.role,
    phones: contact.phones.map((e164) => ({ href: `tel:${e164}`, text: formatPhone(e164, locale) })),
    email: contact.email,
  };
}

function personRef(p: MeetingParticipantView, locale: Locale): PersonRefVM {
  return { ...(p.personSlug ? { href: discoveryPaths.person(locale, p.personSlug) } : {}), name: p.name, role: p.role, rank: p.rank, state: p.state?.name ?? null };
}

export function meetingVM(locale: Locale, meeting: MeetingRecord): MeetingVM {
  const m = messages(locale);
  return {
    body: meeting.body.name,
    dateIso: meeting.date,
    dateText: formatCalendarDate(meeting.date, locale),
    format: m.formats[meeting.format],
    location: meeting.format === 'videoconference' ? null : meeting.location?.name ?? null,
    chair: meeting.chair ? personRef(meeting.chair, locale) : null,
    participants: meeting.participants.map((p) => personRef(p, locale)),
    agenda: meeting.agenda,
    outcomes: meeting.outcomes,
  };
}

/** Parses a `page` query value: absent → 1; anything but a whole number ≥ 1 → null. */
export function parsePage(value: unknown): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
