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

async function checkMeeting(trx: Kysely<DB>, input: MeetingInput): Promise<string> {
  if (!FORMATS.includes(input.format)) throw new AppError('input.invalid', `meeting format "${input.format}" is not one of ${FORMATS.join(', ')}`, { where: 'format' });
  if (input.format !== 'videoconference' && !input.location) throw new AppError('input.invalid', `a meeting held ${input.format === 'hybrid' ? 'in a hybrid format' : 'in person'} needs a location`, { where: 'location' });
  const startsAt = zonedToUtc(input.date, input.time ?? null, input.timeZone);
  const body = await trx.selectFrom('body').select('id').where('id', '=', input.bodyId).executeTakeFirst();
  if (!body) throw new AppError('input.invalid', `body ${input.bodyId} does not exist`, { where: 'body_id' });

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
        throw new AppError('input.invalid', `appointment ${id} (${row.started_on ?? '…'}..${row.ended_on ?? 'now'}) was not held on the meeting date ${input.date}`, { where: id === input.chairAppointmentId ? 'chair' : 'participants' });
      }
    }
  }
  const participantIds = input.participants.flatMap((p) => ('appointmentId' in p ? [p.appointmentId] : []));
  if (new Set(participantIds).size !== participantIds.length) throw new AppError('input.invalid', 'a participant is listed twice', { where: 'participants' });
  return startsAt;
}

async function writeMeetingParts(trx: Kysely<DB>, id: number, input: MeetingInput): Promise<void> {
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
}

async function deleteMeetingParts(trx: Kysely<DB>, id: number): Promise<void> {
  const participants = trx.selectFrom('meeting_participant').select('id').where('meeting_id', '=', id);
  await trx.deleteFrom('meeting_participant_translation').where('participant_id', 'in', participants).execute();
  await trx.deleteFrom('meeting_participant').where('meeting_id', '=', id).execute();
  const items = trx.selectFrom('meeting_item').select('id').where('meeting_id', '=', id);
  await trx.deleteFrom('meeting_item_translation').where('item_id', 'in', items).execute();
  await trx.deleteFrom('meeting_item').where('meeting_id', '=', id).execute();
  await trx.deleteFrom('meeting_translation').where('meeting_id', '=', id).execute();
}

export async function meetingRecorder(trx: Kysely<DB>, input: MeetingInput): Promise<number> {
  const startsAt = await checkMeeting(trx, input);
  const { id } = await trx.insertInto('meeting')
    .values({
      body_id: input.bodyId, date: input.date, time: input.time ?? null, time_zone: input.timeZone,
      starts_at: startsAt, format: input.format, chair_appointment_id: input.chairAppointmentId ?? null,
    })
    .returning('id').executeTakeFirstOrThrow();
  await writeMeetingParts(trx, id, input);
  return id;
}

/** Replaces a meeting record: its facts, location, chair, participants (in the order given), agenda and outcomes. */
export async function meetingUpdater(trx: Kysely<DB>, id: number, input: MeetingInput): Promise<void> {
  const startsAt = await checkMeeting(trx, input);
  const r = await trx.updateTable('meeting').set({
    body_id: input.bodyId, date: input.date, time: input.time ?? null, time_zone: input.timeZone,
    starts_at: startsAt, format: input.format, chair_appointment_id: input.chairAppointmentId ?? null,
  }).where('id', '=', id).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new AppError('not_found', `meeting ${id} does not exist`);
  await deleteMeetingParts(trx, id);
  await writeMeetingParts(trx, id, input);
}

/** Deletes a meeting record; items linked to it keep existing, without the link. */
export async function meetingDeleter(trx: Kysely<DB>, id: number): Promise<void> {
  await trx.updateTable('document').set({ meeting_id: null }).where('meeting_id', '=', id).execute();
  await deleteMeetingParts(trx, id);
  const r = await trx.deleteFrom('meeting').where('id', '=', id).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new AppError('not_found', `meeting ${id} does not exist`);
}

/** Links the news item with this slug to the meeting (null slug: unlink all items from it). Returns the document id. */
export async function meetingDocumentLinker(trx: Kysely<DB>, input: { meetingId: number; documentSlug: string | null }): Promise<number | null> {
  if (input.documentSlug === null) {
    await trx.updateTable('document').set({ meeting_id: null }).where('meeting_id', '=', input.meetingId).execute();
    return null;
  }
  const doc = await trx.selectFrom('document').select('id').where('slug', '=', input.documentSlug).executeTakeFirst();
  if (!doc) throw new AppError('input.invalid', `no item has the address "${input.documentSlug}"`, { where: 'document_slug' });
  await trx.updateTable('document').set({ meeting_id: input.meetingId }).where('id', '=', doc.id).execute();
  return doc.id;
}
