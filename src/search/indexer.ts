/**
 * Writes to the search index. Each takes a Kysely transaction (or the database, for the rebuild,
 * which opens its own transactions): the index of an item is replaced as a whole — it holds the
 * published language versions of a published item, nothing else.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { StoreDialect } from '../platform/db/dialect.ts';
import { fullTextFor, type IndexedText } from '../platform/db/fulltext.ts';
import { markdownToPlain, nameKeys, stems } from './analysis.ts';

type Tx = Kysely<DB>;

export interface IndexOptions {
  /** Zone in which the year of publication is counted (the site's). */
  timeZone: string;
  now?: string;
}

const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** The year of an instant in a zone (one formatter per zone: creating one costs far more than using it). */
function yearIn(instant: string, timeZone: string): number {
  let f = yearFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone });
    yearFormats.set(timeZone, f);
  }
  return Number(f.format(new Date(instant)));
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function groupBy<K, V>(rows: readonly V[], key: (v: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** Removes every index entry of these documents. */
export async function documentsUnindexer(trx: Tx, dialect: StoreDialect, documentIds: readonly number[]): Promise<void> {
  if (documentIds.length === 0) return;
  const fullText = fullTextFor(dialect);
  for (const ids of chunks(documentIds, 500)) {
    const entries = await trx.selectFrom('search_entry').select('id').where('document_id', 'in', ids).execute();
    await fullText.remove(trx, entries.map((e) => e.id));
    for (const part of chunks(entries.map((e) => e.id), 500)) await trx.deleteFrom('search_entry_text').where('entry_id', 'in', part).execute();
    await trx.deleteFrom('search_entry').where('document_id', 'in', ids).execute();
  }
  // Writes that follow (documentsIndexer) belong to the same transaction, so one bump covers them.
  await indexGenerationBumper(trx);
}

/** Marks the index as changed (see src/search/snapshot.ts), inside the writing transaction. */
export async function indexGenerationBumper(trx: Tx): Promise<void> {
  await trx.updateTable('search_index_state').set((eb) => ({ generation: eb('generation', '+', 1) })).where('id', '=', 1).execute();
}

/**
 * (Re)indexes these documents: their entries are replaced by one per language version of the
 * published edition; a document with no published edition (a draft, a withdrawn item) ends up
 * with none. Returns the number of entries written.
 */
export async function documentsIndexer(trx: Tx, dialect: StoreDialect, documentIds: readonly number[], options: IndexOptions): Promise<number> {
  if (documentIds.length === 0) return 0;
  await documentsUnindexer(trx, dialect, documentIds);
  const fullText = fullTextFor(dialect);
  const now = options.now ?? new Date().toISOString();
  let written = 0;
  for (const ids of chunks(documentIds, 400)) {
    const versions = await trx.selectFrom('document as d')
      .innerJoin('edition as e', (j) => j.onRef('e.document_id', '=', 'd.id').on('e.state', '=', 'published'))
      .innerJoin('edition_translation as t', 't.edition_id', 'e.id')
      .select([
        'd.id as documentId', 'd.type', 'd.section_id as sectionId', 'd.meeting_id as meetingId', 'd.author_appointment_id as authorAppointmentId',
        'e.id as editionId', 'e.public_timestamp as publicTimestamp', 't.locale', 't.title', 't.summary', 't.body',
      ])
      .where('d.id', 'in', ids)
      .execute();
    if (versions.length === 0) continue;
    const docIds = [...new Set(versions.map((v) => v.documentId))];
    const meetingIds = [...new Set(versions.flatMap((v) => (v.meetingId === null ? [] : [v.meetingId])))];
    const authorIds = [...new Set(versions.flatMap((v) => (v.authorAppointmentId === null ? [] : [v.authorAppointmentId])))];

    const [bodies, states, people, meetings, participants, authors] = await Promise.all([
      trx.selectFrom('document_body').select(['document_id', 'body_id']).where('document_id', 'in', docIds).execute(),
      trx.selectFrom('document_state').select(['document_id', 'state_code']).where('document_id', 'in', docIds).execute(),
      trx.selectFrom('document_person').select(['document_id', 'person_id']).where('document_id', 'in', docIds).execute(),
      meetingIds.length
        ? trx.selectFrom('meeting').leftJoin('appointment as a', 'a.id', 'meeting.chair_appointment_id')
          .select(['meeting.id', 'meeting.body_id', 'a.person_id']).where('meeting.id', 'in', meetingIds).execute()
        : Promise.resolve([]),
      meetingIds.length
        ? trx.selectFrom('meeting_participant as p').leftJoin('appointment as a', 'a.id', 'p.appointment_id')
          .select(['p.meeting_id', 'p.person_id', 'a.person_id as appointee']).where('p.meeting_id', 'in', meetingIds).execute()
        : Promise.resolve([]),
      authorIds.length
        ? trx.selectFrom('appointment').select(['id', 'person_id']).where('id', 'in', authorIds).execute()
        : Promise.resolve([]),
    ]);
    const bodiesOf = groupBy(bodies, (r) => r.document_id);
    const statesOf = groupBy(states, (r) => r.document_id);
    const peopleOf = groupBy(people, (r) => r.document_id);
    const meetingOf = new Map(meetings.map((m) => [m.id, m]));
    const participantsOf = groupBy(participants, (r) => r.meeting_id);
    const authorOf = new Map(authors.map((a) => [a.id, a.person_id]));

    const linkedPeople = new Map<number, number[]>();
    const linkedBodies = new Map<number, number[]>();
    for (const v of versions) {
      if (linkedPeople.has(v.documentId)) continue;
      const ps = new Set((peopleOf.get(v.documentId) ?? []).map((r) => r.person_id));
      const bs = new Set((bodiesOf.get(v.documentId) ?? []).map((r) => r.body_id));
      if (v.authorAppointmentId !== null) {
        const p = authorOf.get(v.authorAppointmentId);
        if (p !== undefined) ps.add(p);
      }
      if (v.meetingId !== null) {
        const m = meetingOf.get(v.meetingId);
        if (m) {
          bs.add(m.body_id);
          if (m.person_id !== null) ps.add(m.person_id);
        }
        for (const p of participantsOf.get(v.meetingId) ?? []) {
          const id = p.person_id ?? p.appointee;
          if (id !== null) ps.add(id);
        }
      }
      linkedPeople.set(v.documentId, [...ps].sort((a, b) => a - b));
      linkedBodies.set(v.documentId, [...bs].sort((a, b) => a - b));
    }
    const personIds = [...new Set([...linkedPeople.values()].flat())];
    const keysOf = await personNameKeys(trx, personIds);

    const rows = versions.map((v) => {
      const ts = v.publicTimestamp ?? now;
      const bodyText = markdownToPlain(v.body);
      const text: IndexedText = {
        title: stems(v.title).join(' '),
        summary: stems(v.summary).join(' '),
        body: stems(bodyText).join(' '),
        names: (linkedPeople.get(v.documentId) ?? []).map((p) => keysOf.get(p) ?? '').filter(Boolean).join(' '),
      };
      return {
        row: {
          document_id: v.documentId, locale: v.locale, edition_id: v.editionId, section_id: v.sectionId, type: v.type,
          year: yearIn(ts, options.timeZone), public_timestamp: ts,
          facet_bodies: (linkedBodies.get(v.documentId) ?? []).join(','),
          facet_states: [...new Set((statesOf.get(v.documentId) ?? []).map((r) => r.state_code))].sort().join(','),
          facet_people: (linkedPeople.get(v.documentId) ?? []).join(','),
          indexed_at: now,
        },
        text,
        display: { title: v.title, summary: v.summary, body_text: bodyText },
      };
    });
    for (const part of chunks(rows, 100)) {
      const inserted = await trx.insertInto('search_entry').values(part.map((r) => r.row)).returning(['id', 'document_id', 'locale']).execute();
      const idOf = new Map(inserted.map((r) => [`${r.document_id}/${r.locale}`, r.id]));
      await trx.insertInto('search_entry_text')
        .values(part.map((r) => ({ entry_id: idOf.get(`${r.row.document_id}/${r.row.locale}`)!, ...r.display })))
        .execute();
      await fullText.write(trx, part.map((r) => ({ id: idOf.get(`${r.row.document_id}/${r.row.locale}`)!, text: r.text })));
    }
    written += rows.length;
  }
  return written;
}

/** The name keys of each person: every name in every language, and every alias. */
async function personNameKeys(trx: Tx, personIds: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string[]>();
  for (const ids of chunks(personIds, 500)) {
    const [names, aliases] = await Promise.all([
      trx.selectFrom('person_translation').select(['person_id', 'given_name', 'patronymic', 'family_name']).where('person_id', 'in', ids).execute(),
      trx.selectFrom('person_alias').select(['person_id', 'name']).where('person_id', 'in', ids).execute(),
    ]);
    const add = (id: number, name: string) => {
      const list = out.get(id) ?? [];
      list.push(...nameKeys(name));
      out.set(id, list);
    };
    for (const n of names) {
      add(n.person_id, `${n.given_name} ${n.family_name}`);
      if (n.patronymic) add(n.person_id, `${n.given_name} ${n.patronymic} ${n.family_name}`);
    }
    for (const a of aliases) add(a.person_id, a.name);
  }
  return new Map([...out].map(([id, keys]) => [id, keys.join(' ')]));
}

export interface RebuildResult {
  documents: number;
  entries: number;
}

/**
 * Rebuilds the whole index from the published editions, in transactions of `batch` documents
 * (searches keep working meanwhile: they see the old entries of a batch until it commits).
 */
export async function searchIndexRebuilder(
  db: Kysely<DB>,
  dialect: StoreDialect,
  options: IndexOptions & { batch?: number; onProgress?: (done: number, total: number) => void },
): Promise<RebuildResult> {
  const published = await db.selectFrom('edition').select('document_id').where('state', '=', 'published').orderBy('document_id').execute();
  const ids = [...new Set(published.map((r) => r.document_id))];
  // Entries of documents that are no longer published go first.
  await db.transaction().execute(async (trx) => {
    const stale = await trx.selectFrom('search_entry').select('document_id').distinct().execute();
    const keep = new Set(ids);
    await documentsUnindexer(trx, dialect, stale.map((r) => r.document_id).filter((id) => !keep.has(id)));
  });
  let entries = 0;
  let done = 0;
  for (const batch of chunks(ids, options.batch ?? 2000)) {
    entries += await db.transaction().execute((trx) => documentsIndexer(trx, dialect, batch, options));
    done += batch.length;
    options.onProgress?.(done, ids.length);
  }
  return { documents: ids.length, entries };
}

/** True when the index holds nothing. */
export async function searchIndexIsEmpty(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('search_entry').select('id').limit(1).executeTakeFirst()) === undefined;
}
