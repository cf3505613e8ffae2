/**
 * Keeps the search index in step with publication: an edition published (first time or update)
 * is (re)indexed, a withdrawn item leaves the index, a changed person or meeting reindexes the
 * items that name them. Also fills an empty index at start (a freshly seeded demo emits no events).
 */
import type { Store } from '../platform/db/connect.ts';
import type { EventBus } from '../platform/events.ts';
import { documentsIndexer, documentsUnindexer, searchIndexIsEmpty, searchIndexRebuilder, type RebuildResult } from './indexer.ts';

export function followPublications(store: Store, events: EventBus, options: { timeZone: string }): void {
  const { db, dialect } = store;
  const reindex = (ids: number[]) => db.transaction().execute((trx) => documentsIndexer(trx, dialect, ids, options));
  // The index is in the shared database: only the instance where the change happened updates it.
  const local = { only: 'local' } as const;
  events.on('edition.published', async ({ documentId }) => {
    await reindex([documentId]);
  }, local);
  events.on('document.withdrawn', async ({ documentId }) => {
    await db.transaction().execute((trx) => documentsUnindexer(trx, dialect, [documentId]));
  }, local);
  events.on('meeting.changed', async ({ meetingId }) => {
    const docs = await db.selectFrom('document').select('id').where('meeting_id', '=', meetingId).execute();
    await reindex(docs.map((d) => d.id));
  }, local);
  events.on('directory.changed', async ({ entity, id }) => {
    if (!/person/.test(entity)) return;
    const personId = Number(id);
    if (!Number.isInteger(personId)) return;
    const [linked, indexed] = await Promise.all([
      db.selectFrom('document_person').select('document_id').where('person_id', '=', personId).execute(),
      db.selectFrom('search_entry').select('document_id').where('facet_people', 'like', `%${personId}%`).execute(),
    ]);
    const ids = [...new Set([...linked, ...indexed].map((r) => r.document_id))];
    await reindex(ids);
  }, local);
}

/** Builds the index when it is empty and there is something published. */
export async function fillEmptyIndex(store: Store, options: { timeZone: string }): Promise<RebuildResult | null> {
  if (!(await searchIndexIsEmpty(store.db))) return null;
  const published = await store.db.selectFrom('edition').select('id').where('state', '=', 'published').limit(1).executeTakeFirst();
  if (!published) return null;
  return searchIndexRebuilder(store.db, store.dialect, options);
}
