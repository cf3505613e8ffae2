/** JSON for the read API: plain functions from query results to the shapes of schemas.ts. */
import type { Static } from '@sinclair/typebox';
import type { Locale } from '../platform/i18n/locales.ts';
import type { ItemPageRow, PublishedItem, SectionSummary } from '../newsroom/queries.ts';
import type { AppointmentListRow, BodyListRow, PersonListRow, StateListRow } from '../directory/queries.ts';
import type { MeetingParticipantView, MeetingRecord } from '../meetings/queries.ts';
import { paths } from '../site/paths.ts';
import type {
  AppointmentSchema, BodySchema, ItemSchema, ItemSummarySchema, MeetingSchema, ParticipantRowSchema, PersonSchema, SectionSchema, StateSchema,
} from './schemas.ts';

export interface ApiContext {
  origin: string;
  locales: readonly Locale[];
}

export type ItemSummaryJson = Static<typeof ItemSummarySchema>;
export type ItemJson = Static<typeof ItemSchema>;
export type MeetingJson = Static<typeof MeetingSchema>;
export type ParticipantRowJson = Static<typeof ParticipantRowSchema>;

function itemApi(ctx: ApiContext, locale: Locale, slug: string): string {
  return `${ctx.origin}/api/v1/items/${encodeURIComponent(slug)}?locale=${locale}`;
}

function translations(ctx: ApiContext, sectionSlug: string, slug: string, available: readonly Locale[]) {
  return available.filter((l) => ctx.locales.includes(l)).map((l) => ({ locale: l, url: ctx.origin + paths.item(l, sectionSlug, slug), api: itemApi(ctx, l, slug) }));
}

export function presentItemSummary(ctx: ApiContext, locale: Locale, row: ItemPageRow, available: readonly Locale[]): ItemSummaryJson {
  return {
    slug: row.slug, type: row.type, locale, title: row.title, summary: row.summary,
    section: { slug: row.sectionSlug, name: row.sectionName },
    publishedAt: row.publicTimestamp, firstPublishedAt: row.firstPublishedAt,
    translations: translations(ctx, row.sectionSlug, row.slug, available),
    url: ctx.origin + paths.item(locale, row.sectionSlug, row.slug),
  };
}

export function presentItem(
  ctx: ApiContext,
  locale: Locale,
  item: PublishedItem,
  extra: { bodyHtml: string; links: { people: { slug: string; name: string }[]; bodies: { slug: string; name: string }[]; states: { code: string; name: string }[] } },
): ItemJson {
  return {
    slug: item.slug, type: item.type, locale, title: item.title, summary: item.summary,
    section: { slug: item.section.slug, name: item.section.name },
    publishedAt: item.publicTimestamp, firstPublishedAt: item.firstPublishedAt,
    translations: translations(ctx, item.section.slug, item.slug, item.locales),
    url: ctx.origin + paths.item(locale, item.section.slug, item.slug),
    body: item.body, bodyHtml: extra.bodyHtml, changeNote: item.changeNote, meetingId: item.meetingId,
    bodies: extra.links.bodies, people: extra.links.people, states: extra.links.states,
  };
}

export function presentSection(s: SectionSummary): Static<typeof SectionSchema> {
  return { slug: s.slug, name: s.name, description: s.description };
}

export function presentBody(b: BodyListRow): Static<typeof BodySchema> {
  return { slug: b.slug, kind: b.kind, name: b.name, shortName: b.shortName, abbreviation: b.abbreviation, parent: b.parentSlug };
}

export function presentState(s: StateListRow): Static<typeof StateSchema> {
  return { code: s.code, shortName: s.shortName, officialName: s.officialName, memberships: s.memberships };
}

export function presentPerson(p: PersonListRow): Static<typeof PersonSchema> {
  return {
    slug: p.slug, name: `${p.given} ${p.family}`, givenName: p.given, patronymic: p.patronymic, familyName: p.family,
    aliases: p.aliases, rank: p.rank,
  };
}

export function presentAppointment(a: AppointmentListRow): Static<typeof AppointmentSchema> {
  return {
    id: a.id, person: a.person, role: a.role, state: a.stateCode, body: a.bodySlug,
    startedOn: a.startedOn, startedPrecision: a.startedPrecision, endedOn: a.endedOn, endedPrecision: a.endedPrecision,
  };
}

/** The chair first (flagged), then the participants in protocol order. */
function attendance(m: MeetingRecord): { view: MeetingParticipantView; chair: boolean }[] {
  return [...(m.chair ? [{ view: m.chair, chair: true }] : []), ...m.participants.map((view) => ({ view, chair: false }))];
}

export function presentMeeting(m: MeetingRecord): MeetingJson {
  return {
    id: m.id, date: m.date, time: m.time, timeZone: m.timeZone, format: m.format, location: m.location?.name ?? null,
    body: { slug: m.body.slug, name: m.body.name },
    participants: attendance(m).map(({ view, chair }) => ({ person: view.personSlug, name: view.name, role: view.role, state: view.state, rank: view.rank, chair })),
    agenda: m.agenda, outcomes: m.outcomes,
  };
}

/** Open data: one row per participant (the chair included) of a meeting. */
export function presentParticipantRows(m: MeetingRecord): ParticipantRowJson[] {
  return attendance(m).map(({ view, chair }) => ({
    meetingId: m.id, date: m.date, body: m.body.name, bodySlug: m.body.slug, format: m.format, location: m.location?.name ?? null,
    state: view.state?.name ?? null, stateCode: view.state?.code ?? null, person: view.name, personSlug: view.personSlug,
    rank: view.rank, role: view.role, chair,
  }));
}

export const PARTICIPANT_COLUMNS = ['meeting_id', 'date', 'body', 'format', 'location', 'state', 'person', 'rank', 'role', 'chair'] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted), with a
 * header line. Cells that a spreadsheet would take for a formula are prefixed with an apostrophe.
 */
export function participantRowsCsv(rows: readonly ParticipantRowJson[]): string {
  const cell = (v: string | number | boolean | null) => {
    let s = v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return csvField(s);
  };
  const lines = [PARTICIPANT_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([r.meetingId, r.date, r.body, r.format, r.location, r.state, r.person, r.rank, r.role, r.chair].map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export interface SearchHitInput {
  slug: string;
  locale: Locale;
  type: string;
  section: { slug: string; name: string };
  title: string;
  summary: string;
  publicTimestamp: string;
  score: number;
  titleSegments: { text: string; hit: boolean }[];
  snippet: { text: string; hit: boolean }[];
}

export function presentSearchHit(ctx: ApiContext, hit: SearchHitInput) {
  return {
    slug: hit.slug, locale: hit.locale, type: hit.type, section: hit.section, title: hit.title, summary: hit.summary,
    publishedAt: hit.publicTimestamp, score: hit.score, titleSegments: hit.titleSegments, snippet: hit.snippet,
    url: ctx.origin + paths.item(hit.locale, hit.section.slug, hit.slug), api: itemApi(ctx, hit.locale, hit.slug),
  };
}
