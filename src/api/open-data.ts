/** Open data shared by the API and `communique export`: one row per meeting participant. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import type { MeetingFormat } from '../meetings/domain.ts';
import { findMeeting, listMeetingKeysPage, type MeetingRecord } from '../meetings/queries.ts';
import { presentParticipantRows, type ParticipantRowJson } from './presenters.ts';

export interface MeetingRowsFilter {
  bodySlug?: string;
  year?: number;
  format?: MeetingFormat;
}

/** At most this many meetings in one export (newest first). */
export const MAX_EXPORT_MEETINGS = 5000;

export async function meetingRecords(db: Kysely<DB>, locale: Locale, ids: readonly number[]): Promise<MeetingRecord[]> {
  const records: MeetingRecord[] = [];
  // In small batches: a PostgreSQL pool has only a few connections.
  for (let i = 0; i < ids.length; i += 8) {
    const batch = await Promise.all(ids.slice(i, i + 8).map((id) => findMeeting(db, locale, id)));
    for (const r of batch) if (r) records.push(r);
  }
  return records;
}

export async function meetingParticipantRows(db: Kysely<DB>, locale: Locale, filter: MeetingRowsFilter): Promise<ParticipantRowJson[]> {
  const keys = await listMeetingKeysPage(db, { ...filter, limit: MAX_EXPORT_MEETINGS });
  return (await meetingRecords(db, locale, keys.map((k) => k.id))).flatMap(presentParticipantRows);
}
