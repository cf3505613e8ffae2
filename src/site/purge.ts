/**
 * Precise purge of the page cache: every cached public page carries surrogate keys naming what it
 * shows, and each domain event purges exactly the keys the change affects.
 *
 * Two kinds of keys:
 * - what a page *shows* — `doc:{id}` (an item's page, and the lists and feeds of a section, person,
 *   body or state that show it; `item:{slug}` where a list knows only the slug), `person:{id}`,
 *   `body:{id}`, `state:{code}`, `meeting:{id}`, `section:{slug}`. All-news pages, the home page
 *   and the all-news feeds do not name their items: every publish purges `list:all`;
 * - which *list* a page is — `list:all` (all news, its feeds, the home page),
 *   `list:section:{slug}`, `list:person:{id}`, `list:body:{id}`, `list:state:{code}`,
 *   `list:meeting:{id}` (a meeting's documents), `list:meetings` (the archive), and `sitemap`.
 *
 * A publish, update or withdrawal of a document purges its own keys (its page in every locale, and
 * every list that showed it — also one it has just left, e.g. its old section) and the list keys
 * of everything it is now linked to (its section, all news, its people, bodies, states, meeting,
 * the sitemaps), which is where it newly appears. Item pages of the same section or of the same
 * people stay cached: they show the section and the people, but not the list.
 *
 * Events relayed from another instance (src/platform/cluster.ts) run the same listener, which
 * reads the document's links from the shared database, so every instance purges the same pages.
 * Changes of directory records, meetings and site settings are rarer and show up in many places
 * (names in every item page, sections in every page's navigation): they empty the cache.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { EventBus } from '../platform/events.ts';
import type { PageCache } from './page-cache.ts';

/** What a document is linked to: the facts its pages' keys and its purge are made of. */
export interface DocumentFacts {
  documentId: number;
  slug: string;
  sectionSlug: string;
  personIds: number[];
  bodyIds: number[];
  stateCodes: string[];
  meetingId: number | null;
}

export const keys = {
  doc: (id: number) => `doc:${id}`,
  item: (slug: string) => `item:${slug}`,
  section: (slug: string) => `section:${slug}`,
  person: (id: number) => `person:${id}`,
  body: (id: number) => `body:${id}`,
  state: (code: string) => `state:${code.toUpperCase()}`,
  meeting: (id: number) => `meeting:${id}`,
  all: 'list:all',
  home: 'home',
  meetings: 'list:meetings',
  sitemap: 'sitemap',
  list: {
    section: (slug: string) => `list:section:${slug}`,
    person: (id: number) => `list:person:${id}`,
    body: (id: number) => `list:body:${id}`,
    state: (code: string) => `list:state:${code.toUpperCase()}`,
    meeting: (id: number) => `list:meeting:${id}`,
  },
} as const;

/** A document's section, links and meeting (by id or slug), whatever the state of its editions. */
export async function findDocumentFacts(db: Kysely<DB>, which: number | { slug: string }): Promise<DocumentFacts | undefined> {
  const doc = await db.selectFrom('document').innerJoin('section', 'section.id', 'document.section_id')
    .select(['document.id', 'document.slug', 'document.meeting_id', 'document.author_appointment_id', 'section.slug as sectionSlug'])
    .where((eb) => (typeof which === 'number' ? eb('document.id', '=', which) : eb('document.slug', '=', which.slug)))
    .executeTakeFirst();
  if (!doc) return undefined;
  const documentId = doc.id;
  const [people, bodies, states, author] = await Promise.all([
    db.selectFrom('document_person').select('person_id').where('document_id', '=', documentId).execute(),
    db.selectFrom('document_body').select('body_id').where('document_id', '=', documentId).execute(),
    db.selectFrom('document_state').select('state_code').where('document_id', '=', documentId).execute(),
    doc.author_appointment_id === null
      ? undefined
      : db.selectFrom('appointment').select('person_id').where('id', '=', doc.author_appointment_id).executeTakeFirst(),
  ]);
  const personIds = [...new Set([...people.map((p) => p.person_id), ...(author ? [author.person_id] : [])])].sort((a, b) => a - b);
  return {
    documentId: doc.id, slug: doc.slug, sectionSlug: doc.sectionSlug, personIds,
    bodyIds: bodies.map((b) => b.body_id).sort((a, b) => a - b),
    stateCodes: states.map((s) => s.state_code).sort(),
    meetingId: doc.meeting_id,
  };
}

/** Keys of an item's page: the item and everything it shows (`doc:{id}` names the item: every purge of it has both). */
export function itemPageKeys(facts: DocumentFacts): string[] {
  return [
    keys.doc(facts.documentId), keys.section(facts.sectionSlug),
    ...facts.personIds.map(keys.person), ...facts.bodyIds.map(keys.body), ...facts.stateCodes.map(keys.state),
    ...(facts.meetingId === null ? [] : [keys.meeting(facts.meetingId)]),
  ];
}

/** Keys to purge when a document is published, updated or withdrawn. */
export function documentPurgeKeys(facts: DocumentFacts | undefined, event: { documentId: number; slug: string }): string[] {
  const out = [keys.doc(event.documentId), keys.item(event.slug), keys.all, keys.home, keys.sitemap];
  if (facts) {
    out.push(
      keys.item(facts.slug), keys.list.section(facts.sectionSlug),
      ...facts.personIds.map(keys.list.person), ...facts.bodyIds.map(keys.list.body), ...facts.stateCodes.map(keys.list.state),
      ...(facts.meetingId === null ? [] : [keys.list.meeting(facts.meetingId)]),
    );
  }
  return [...new Set(out)];
}

/**
 * How many changes the cache has heard of. A page whose render began before a change and ended
 * after it may show the old state, so it is served but not kept (see `keepIfCurrent`).
 */
const generations = new WeakMap<PageCache, number>();

export function cacheGeneration(cache: PageCache): number {
  return generations.get(cache) ?? 0;
}

function bump(cache: PageCache): void {
  generations.set(cache, cacheGeneration(cache) + 1);
}

/** Caches a page rendered since `generation` unless a change was heard of meanwhile. */
export function keepIfCurrent(cache: PageCache, generation: number, key: string, page: Parameters<PageCache['set']>[1]): void {
  if (cacheGeneration(cache) === generation) cache.set(key, page);
}

/** Keys a list page (or feed) carries for the items it shows. */
export function listedItemKeys(items: readonly ({ documentId: number } | { slug: string })[]): string[] {
  return items.map((i) => ('documentId' in i ? keys.doc(i.documentId) : keys.item(i.slug)));
}

/**
 * Subscribes the cache to the domain events (local and relayed): document events purge by key,
 * other changes empty the cache. `onPurge` hears of each purge (logs, tests).
 */
export function followChangesWithPurge(
  cache: PageCache,
  db: Kysely<DB>,
  events: EventBus,
  onPurge: (event: string, purgedKeys: string[], pages: number) => void = () => {},
): () => void {
  const byDocument = async (event: string, payload: { documentId: number; slug: string }) => {
    bump(cache);
    let facts: DocumentFacts | undefined;
    try {
      facts = (await findDocumentFacts(db, payload.documentId)) ?? (await findDocumentFacts(db, { slug: payload.slug }));
    } catch (error) {
      // Without the facts, purging only the known keys could leave stale lists: empty everything.
      cache.clear();
      throw error;
    }
    const purged = documentPurgeKeys(facts, payload);
    const pages = cache.purge(purged);
    bump(cache);
    onPurge(event, purged, pages);
  };
  const off = [
    events.on('edition.published', (e) => byDocument('edition.published', e)),
    events.on('document.withdrawn', (e) => byDocument('document.withdrawn', e)),
    ...(['directory.changed', 'meeting.changed', 'site.changed'] as const).map((event) => events.on(event, () => {
      const pages = cache.size;
      bump(cache);
      cache.clear();
      onPurge(event, ['*'], pages);
    })),
  ];
  return () => off.forEach((f) => f());
}
