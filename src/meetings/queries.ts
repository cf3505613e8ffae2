/** Reading a meeting record: facts for pages and the input of the report generator. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { appointmentViews, bodyNames, findOrganization, parseCases, type AppointmentView, type BodyName } from '../directory/queries.ts';
import type { MeetingFormat, MeetingReportInput, ReportParticipant } from './domain.ts';

type Db = Kysely<DB>;

export interface MeetingParticipantView {
  personSlug: string | null;
  name: string;
  role: string;
  state: { code: string; name: string } | null;
  rank: string | null;
}

export interface MeetingRecord {
  id: number;
  date: string;
  time: string | null;
  timeZone: string;
  format: MeetingFormat;
  location: { name: string; cases: ReturnType<typeof parseCases> } | null;
  body: BodyName;
  chair: MeetingParticipantView | null;
  participants: MeetingParticipantView[];
  agenda: string[];
  outcomes: string[];
  /** Input of generateMeetingReport(); null when the organization itself is not recorded. */
  report: MeetingReportInput | null;
}

function participantView(a: AppointmentView): MeetingParticipantView {
  return {
    personSlug: a.person.slug,
    name: `${a.person.given} ${a.person.family}`,
    role: a.role.name,
    state: a.state ? { code: a.state.code, name: a.state.shortName } : null,
    rank: a.rank?.name ?? null,
  };
}

function reportParticipant(a: AppointmentView, organizationBodyIds: ReadonlySet<number>): ReportParticipant {
  return {
    person: { given: a.person.given, family: a.person.family, gender: a.person.gender, ...(a.person.patronymic ? { patronymic: a.person.patronymic } : {}) },
    role: { function: a.role.function, name: a.role.name, shortName: a.role.shortName, ...(a.role.plural ? { plural: a.role.plural } : {}), ...(a.role.cases ? { cases: a.role.cases } : {}) },
    state: a.state ? { code: a.state.code, officialName: a.state.officialName, ...(a.state.officialCases ? { officialCases: a.state.officialCases } : {}) } : null,
    rank: a.rank ? { name: a.rank.name, ...(a.rank.cases ? { cases: a.rank.cases } : {}) } : null,
    organizationOfficial: a.state === null && a.role.bodyId !== null && organizationBodyIds.has(a.role.bodyId),
  };
}

export async function findMeeting(db: Db, locale: Locale, meetingId: number): Promise<MeetingRecord | undefined> {
  const meeting = await db.selectFrom('meeting')
    .leftJoin('meeting_translation as t', (j) => j.onRef('t.meeting_id', '=', 'meeting.id').on('t.locale', '=', locale))
    .select(['meeting.id', 'meeting.body_id', 'meeting.date', 'meeting.time', 'meeting.time_zone', 'meeting.format', 'meeting.chair_appointment_id', 't.location', 't.location_cases'])
    .where('meeting.id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting) return undefined;
  const [participantRows, items, organization, allBodies] = await Promise.all([
    db.selectFrom('meeting_participant')
      .leftJoin('meeting_participant_translation as t', (j) => j.onRef('t.participant_id', '=', 'meeting_participant.id').on('t.locale', '=', locale))
      .select(['meeting_participant.appointment_id', 'meeting_participant.person_id', 'meeting_participant.state_code', 't.role_as_written'])
      .where('meeting_id', '=', meetingId).orderBy('position').execute(),
    db.selectFrom('meeting_item')
      .innerJoin('meeting_item_translation as t', (j) => j.onRef('t.item_id', '=', 'meeting_item.id').on('t.locale', '=', locale))
      .select(['meeting_item.kind', 't.text'])
      .where('meeting_id', '=', meetingId).orderBy('kind').orderBy('position').execute(),
    findOrganization(db, locale),
    db.selectFrom('body').select(['id', 'parent_id']).execute(),
  ]);
  const [body] = await bodyNames(db, locale, [meeting.body_id]);
  if (!body) return undefined;
  const appointmentIds = participantRows.flatMap((p) => (p.appointment_id === null ? [] : [p.appointment_id]));
  const views = await appointmentViews(db, locale, meeting.chair_appointment_id ? [meeting.chair_appointment_id, ...appointmentIds] : appointmentIds, meeting.date);
  const byId = new Map(views.map((v) => [v.appointmentId, v]));

  // Persons recorded with a role as written (no appointment) appear on pages but not in generated text.
  const loose = participantRows.filter((p) => p.appointment_id === null && p.person_id !== null);
  const looseNames = loose.length === 0 ? [] : await db.selectFrom('person')
    .innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
    .select(['person.id', 'person.slug', 't.given_name', 't.family_name'])
    .where('person.id', 'in', loose.map((p) => p.person_id!)).execute();

  const participants: MeetingParticipantView[] = participantRows.flatMap((p) => {
    if (p.appointment_id !== null) {
      const v = byId.get(p.appointment_id);
      return v ? [participantView(v)] : [];
    }
    const person = looseNames.find((n) => n.id === p.person_id);
    return person ? [{ personSlug: person.slug, name: `${person.given_name} ${person.family_name}`, role: p.role_as_written ?? '', state: null, rank: null }] : [];
  });

  // Bodies of the organization: the organization and everything below it.
  const organizationBodyIds = new Set<number>();
  if (organization) {
    organizationBodyIds.add(organization.id);
    let grew = true;
    while (grew) {
      grew = false;
      for (const b of allBodies) {
        if (b.parent_id !== null && organizationBodyIds.has(b.parent_id) && !organizationBodyIds.has(b.id)) {
          organizationBodyIds.add(b.id);
          grew = true;
        }
      }
    }
  }
  const chairView = meeting.chair_appointment_id ? byId.get(meeting.chair_appointment_id) : undefined;
  const location = meeting.location ? { name: meeting.location, cases: parseCases(meeting.location_cases) } : null;
  const report: MeetingReportInput | null = organization && organization.abbreviation
    ? {
        locale, date: meeting.date, format: meeting.format,
        location: location ? { name: location.name, ...(location.cases ? { cases: location.cases } : {}) } : null,
        organization: { name: organization.name, abbreviation: organization.abbreviation, ...(organization.cases ? { cases: organization.cases } : {}) },
        body: { name: body.name, ...(body.cases ? { cases: body.cases } : {}) },
        chair: chairView ? reportParticipant(chairView, organizationBodyIds) : null,
        participants: appointmentIds.flatMap((id) => {
          const v = byId.get(id);
          return v ? [reportParticipant(v, organizationBodyIds)] : [];
        }),
      }
    : null;

  return {
    id: meeting.id, date: meeting.date, time: meeting.time, timeZone: meeting.time_zone, format: meeting.format,
    location, body,
    chair: chairView ? participantView(chairView) : null,
    participants,
    agenda: items.filter((i) => i.kind === 'agenda').map((i) => i.text),
    outcomes: items.filter((i) => i.kind === 'outcome').map((i) => i.text),
    report,
  };
}

// ---------------------------------------------------------------------------------------------
// Meetings archive and directory pages.
// ---------------------------------------------------------------------------------------------

export interface MeetingSummary {
  id: number;
  date: string;
  format: MeetingFormat;
  body: { slug: string; name: string };
  location: string | null;
}

export interface MeetingFilter {
  bodyId?: number;
  year?: number;
  format?: MeetingFormat;
  /** Meetings a state took part in: a participant or the chair held one of its offices, or was recorded for it. */
  stateCode?: string;
}

function filteredMeetings(db: Db, locale: Locale, filter: MeetingFilter) {
  let q = db.selectFrom('meeting')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .innerJoin('body_translation as bt', (j) => j.onRef('bt.body_id', '=', 'body.id').on('bt.locale', '=', locale))
    .leftJoin('meeting_translation as mt', (j) => j.onRef('mt.meeting_id', '=', 'meeting.id').on('mt.locale', '=', locale));
  if (filter.bodyId !== undefined) q = q.where('meeting.body_id', '=', filter.bodyId);
  if (filter.format !== undefined) q = q.where('meeting.format', '=', filter.format);
  if (filter.year !== undefined) q = q.where('meeting.date', '>=', `${String(filter.year).padStart(4, '0')}-01-01`).where('meeting.date', '<=', `${String(filter.year).padStart(4, '0')}-12-31`);
  if (filter.stateCode !== undefined) {
    const code = filter.stateCode;
    q = q.where(({ or, exists, selectFrom }) => or([
      exists(selectFrom('meeting_participant as mp').leftJoin('appointment as a', 'a.id', 'mp.appointment_id').leftJoin('role as r', 'r.id', 'a.role_id')
        .select('mp.id').whereRef('mp.meeting_id', '=', 'meeting.id')
        .where((eb) => eb.or([eb('mp.state_code', '=', code), eb('r.state_code', '=', code)]))),
      exists(selectFrom('appointment as ca').innerJoin('role as cr', 'cr.id', 'ca.role_id')
        .select('ca.id').whereRef('ca.id', '=', 'meeting.chair_appointment_id').where('cr.state_code', '=', code)),
    ]));
  }
  return q;
}

/** Meetings, newest first, with their total for paging. */
export async function listMeetings(db: Db, locale: Locale, filter: MeetingFilter, page: { limit: number; offset: number }): Promise<{ meetings: MeetingSummary[]; total: number }> {
  const base = filteredMeetings(db, locale, filter);
  const [rows, count] = await Promise.all([
    base.select(['meeting.id', 'meeting.date', 'meeting.format', 'body.slug', 'bt.name', 'mt.location'])
      .orderBy('meeting.date', 'desc').orderBy('meeting.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    meetings: rows.map((r) => ({ id: r.id, date: r.date, format: r.format, body: { slug: r.slug, name: r.name }, location: r.location ?? null })),
    total: Number(count.n),
  };
}

/** Years in which meetings were held, newest first. */
export async function listMeetingYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('meeting').select('date').execute();
  return [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => b - a);
}

export interface AttendedMeeting extends MeetingSummary {
  /** The role the person held at that meeting, as recorded. */
  role: string;
  chair: boolean;
}

/** Meetings a person attended or chaired, newest first, with the role they held then. */
export async function listMeetingsAttended(db: Db, locale: Locale, personId: number): Promise<AttendedMeeting[]> {
  const [asParticipant, asChair] = await Promise.all([
    db.selectFrom('meeting_participant as mp')
      .leftJoin('appointment as a', 'a.id', 'mp.appointment_id')
      .leftJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'a.role_id').on('rt.locale', '=', locale))
      .leftJoin('meeting_participant_translation as mpt', (j) => j.onRef('mpt.participant_id', '=', 'mp.id').on('mpt.locale', '=', locale))
      .select(['mp.meeting_id', 'rt.name as roleName', 'mpt.role_as_written'])
      .where((eb) => eb.or([eb('a.person_id', '=', personId), eb('mp.person_id', '=', personId)]))
      .execute(),
    db.selectFrom('meeting')
      .innerJoin('appointment as a', 'a.id', 'meeting.chair_appointment_id')
      .innerJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'a.role_id').on('rt.locale', '=', locale))
      .select(['meeting.id as meeting_id', 'rt.name as roleName'])
      .where('a.person_id', '=', personId)
      .execute(),
  ]);
  const roles = new Map<number, { role: string; chair: boolean }>();
  for (const p of asParticipant) roles.set(p.meeting_id, { role: p.roleName ?? p.role_as_written ?? '', chair: false });
  for (const c of asChair) roles.set(c.meeting_id, { role: c.roleName, chair: true });
  if (roles.size === 0) return [];
  const rows = await filteredMeetings(db, locale, {})
    .select(['meeting.id', 'meeting.date', 'meeting.format', 'body.slug', 'bt.name', 'mt.location'])
    .where('meeting.id', 'in', [...roles.keys()])
    .orderBy('meeting.date', 'desc').orderBy('meeting.id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, date: r.date, format: r.format, body: { slug: r.slug, name: r.name }, location: r.location ?? null,
    ...roles.get(r.id)!,
  }));
}

export interface MeetingPageRecord {
  record: MeetingRecord;
  /** UTC instant of the start (local midnight when the time is not recorded). */
  startsAt: string;
  /** Participants and chair in order, with the person's slug (for links) — the chair first. */
  documents: { slug: string; sectionSlug: string; title: string; publicTimestamp: string }[];
}

/** A meeting with what its page needs beyond the record: start instant and the published items about it. */
export async function findMeetingPage(db: Db, locale: Locale, meetingId: number): Promise<MeetingPageRecord | undefined> {
  const record = await findMeeting(db, locale, meetingId);
  if (!record) return undefined;
  const [meeting, documents] = await Promise.all([
    db.selectFrom('meeting').select('starts_at').where('id', '=', meetingId).executeTakeFirstOrThrow(),
    db.selectFrom('document')
      .innerJoin('edition', (j) => j.onRef('edition.document_id', '=', 'document.id').on('edition.state', '=', 'published'))
      .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
      .innerJoin('section', 'section.id', 'document.section_id')
      .select(['document.slug', 'section.slug as sectionSlug', 'et.title', 'edition.public_timestamp'])
      .where('document.meeting_id', '=', meetingId)
      .orderBy('edition.public_timestamp').execute(),
  ]);
  return {
    record, startsAt: meeting.starts_at,
    documents: documents.map((d) => ({ slug: d.slug, sectionSlug: d.sectionSlug, title: d.title, publicTimestamp: d.public_timestamp ?? '' })),
  };
}

/** Every meeting id, for sitemaps. */
export async function listMeetingIds(db: Db): Promise<{ id: number; date: string }[]> {
  return db.selectFrom('meeting').select(['id', 'date']).orderBy('id').execute();
}

/**
 * Meeting ids and dates, newest first, optionally one page by keyset (`after` = date and id of the
 * last meeting of the previous page). Filters by body slug, year and format; unknown values match nothing.
 */
export async function listMeetingKeysPage(
  db: Db,
  options: { bodySlug?: string; year?: number; format?: MeetingFormat; after?: { date: string; id: number }; limit?: number },
): Promise<{ id: number; date: string }[]> {
  let q = db.selectFrom('meeting').innerJoin('body', 'body.id', 'meeting.body_id').select(['meeting.id', 'meeting.date']);
  if (options.bodySlug !== undefined) q = q.where('body.slug', '=', options.bodySlug);
  if (options.format !== undefined) q = q.where('meeting.format', '=', options.format);
  if (options.year !== undefined) {
    q = q.where('meeting.date', '>=', `${String(options.year).padStart(4, '0')}-01-01`).where('meeting.date', '<=', `${String(options.year).padStart(4, '0')}-12-31`);
  }
  if (options.after) {
    const { date, id } = options.after;
    q = q.where((eb) => eb.or([eb('meeting.date', '<', date), eb.and([eb('meeting.date', '=', date), eb('meeting.id', '<', id)])]));
  }
  q = q.orderBy('meeting.date', 'desc').orderBy('meeting.id', 'desc');
  if (options.limit !== undefined) q = q.limit(options.limit);
  return q.execute();
}

// ---------------------------------------------------------------------------------------------
// The back office's meeting editor: a meeting as the commands take it (form values, audit log).
// ---------------------------------------------------------------------------------------------

export interface MeetingEditRecord {
  id: number;
  bodyId: number;
  date: string;
  time: string | null;
  timeZone: string;
  format: MeetingFormat;
  chairAppointmentId: number | null;
  location: Record<string, { name: string; cases?: ReturnType<typeof parseCases> }> | null;
  /** Participants recorded through appointments, in protocol order. */
  participantAppointmentIds: number[];
  /** Participants recorded as a person with the role as written (no appointment), kept as they are by the editor. */
  looseParticipants: { personId: number; stateCode: string | null; roleAsWritten: Record<string, string> }[];
  agenda: Record<string, string>[];
  outcomes: Record<string, string>[];
  /** Slugs of the items linked to this meeting. */
  documentSlugs: string[];
}

export async function loadMeetingEditRecord(db: Db, id: number): Promise<MeetingEditRecord | undefined> {
  const m = await db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) return undefined;
  const [translations, participants, items, documents] = await Promise.all([
    db.selectFrom('meeting_translation').selectAll().where('meeting_id', '=', id).execute(),
    db.selectFrom('meeting_participant').select(['id', 'appointment_id', 'person_id', 'state_code']).where('meeting_id', '=', id).orderBy('position').execute(),
    db.selectFrom('meeting_item').innerJoin('meeting_item_translation as t', 't.item_id', 'meeting_item.id')
      .select(['meeting_item.id', 'meeting_item.kind', 'meeting_item.position', 't.locale', 't.text'])
      .where('meeting_item.meeting_id', '=', id).orderBy('meeting_item.position').orderBy('meeting_item.id').execute(),
    db.selectFrom('document').select('slug').where('meeting_id', '=', id).orderBy('id').execute(),
  ]);
  const located = translations.filter((t) => t.location);
  const itemsOf = (kind: 'agenda' | 'outcome') => {
    const byItem = new Map<number, Record<string, string>>();
    for (const row of items.filter((i) => i.kind === kind)) {
      const entry = byItem.get(row.id) ?? {};
      entry[row.locale] = row.text;
      byItem.set(row.id, entry);
    }
    return [...byItem.values()];
  };
  return {
    id, bodyId: m.body_id, date: m.date, time: m.time, timeZone: m.time_zone, format: m.format, chairAppointmentId: m.chair_appointment_id,
    location: located.length === 0 ? null : Object.fromEntries(located.map((t) => [t.locale, { name: t.location!, ...(t.location_cases ? { cases: parseCases(t.location_cases) } : {}) }])),
    participantAppointmentIds: participants.flatMap((p) => (p.appointment_id === null ? [] : [p.appointment_id])),
    looseParticipants: await looseParticipantsOf(db, participants),
    agenda: itemsOf('agenda'),
    outcomes: itemsOf('outcome'),
    documentSlugs: documents.map((d) => d.slug),
  };
}

async function looseParticipantsOf(db: Db, rows: { id: number; appointment_id: number | null; person_id: number | null; state_code: string | null }[]) {
  const loose = rows.filter((p) => p.appointment_id === null && p.person_id !== null);
  if (loose.length === 0) return [];
  const translations = await db.selectFrom('meeting_participant_translation').selectAll().where('participant_id', 'in', loose.map((p) => p.id)).execute();
  return loose.map((p) => ({
    personId: p.person_id!, stateCode: p.state_code,
    roleAsWritten: Object.fromEntries(translations.filter((t) => t.participant_id === p.id).map((t) => [t.locale, t.role_as_written])),
  }));
}
