/** Recording meetings. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { LOCALES, type PerLocale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';
import { zonedToUtc } from '../platform/time.ts';
import { termCovers } from '../directory/domain.ts';
import { casesJson } from '../directory/commands.ts';

export type MeetingFormatValue = 'in_person' | 'videoconference' | 'hybrid';
const FORMATS: readonly MeetingFormatValue[] = ['in_person', 'videoconference', 'hybrid'];

export interface MeetingInput {
  bodyId: number;
  date: string;
  time?: string | null;
  timeZone: string;
  format: MeetingFormatValue;
  location?: PerLocale<{ name: string; cases?: RuCases }> | null;
  chairAppointmentId?: number | null;
  /** Participants in protocol order: an appointment, or a person with the role as written. */
  participants: ({ appointmentId: number } | { personId: number; stateCode?: string | null; roleAsWritten: PerLocale<string> })[];
  agenda: PerLocale<string>[];
  outcomes: PerLocale<string>[];
}

export async function meetingRecorder(trx: Kysely<DB>, input: MeetingInput): Promise<number> {
  if (!FORMATS.includes(input.format)) throw new AppError('input.invalid', `meeting format "${input.format}" is not one of ${FORMATS.join(', ')}`, { where: 'format' });
  if (input.format !== 'videoconference' && !input.location) throw new AppError('input.invalid', `a meeting held ${input.format === 'hybrid' ? 'in a hybrid format' : 'in person'} needs a location`, { where: 'location' });
  const startsAt = zonedToUtc(input.date, input.time ?? null, input.timeZone);

  const appointmentIds = [
    ...(input.chairAppointmentId ? [input.chairAppointmentId] : []),
    ...input.participants.flatMap((p) => ('appointmentId' in p ? [p.appointmentId] : [])),
  ];
  if (appointmentIds.length > 0) {
    const rows = await trx.selectFrom('appointment').select(['id', 'started_on', 'ended_on']).where('id', 'in', appointmentIds).execute();
    for (const id of appointmentIds) {
      const row = rows.find((r) => r.id === id);
      if (!row) throw new AppError('input.invalid', `appointment ${id} does not exist`, { where: 'participants' });
      if (!termCovers({ startedOn: row.started_on, endedOn: row.ended_on }, input.date)) {
        throw new AppError('input.invalid', `appointment ${id} (${row.started_on ?? '…'}..${row.ended_on ?? 'now'}) was not held on the meeting date ${input.date}`, { where: 'participants' });
      }
    }
  }

  const { id } = await trx.insertInto('meeting')
    .values({
      body_id: input.bodyId, date: input.date, time: input.time ?? null, time_zone: input.timeZone,
      starts_at: startsAt, format: input.format, chair_appointment_id: input.chairAppointmentId ?? null,
    })
    .returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('meeting_translation')
    .values(LOCALES.map((locale) => ({
      meeting_id: id, locale,
      location: input.location?.[locale].name ?? null,
      location_cases: casesJson(input.location?.[locale].cases),
    })))
    .execute();
  for (const [position, p] of input.participants.entries()) {
    const row = await trx.insertInto('meeting_participant')
      .values('appointmentId' in p
        ? { meeting_id: id, position, appointment_id: p.appointmentId, person_id: null, state_code: null }
        : { meeting_id: id, position, appointment_id: null, person_id: p.personId, state_code: p.stateCode ?? null })
      .returning('id').executeTakeFirstOrThrow();
    if (!('appointmentId' in p)) {
      await trx.insertInto('meeting_participant_translation')
        .values(LOCALES.map((locale) => ({ participant_id: row.id, locale, role_as_written: p.roleAsWritten[locale] })))
        .execute();
    }
  }
  for (const [kind, items] of [['agenda', input.agenda], ['outcome', input.outcomes]] as const) {
    for (const [position, text] of items.entries()) {
      const item = await trx.insertInto('meeting_item').values({ meeting_id: id, kind, position, document_id: null }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('meeting_item_translation').values(LOCALES.map((locale) => ({ item_id: item.id, locale, text: text[locale] }))).execute();
    }
  }
  return id;
}
