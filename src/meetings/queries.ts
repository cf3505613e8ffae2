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
