/**
 * The filter keys of the search index, in memory: for every entry (language version) its item,
 * language, section, type, year, public timestamp and linked bodies / states / people, in arrays
 * indexed by entry id. With it, the SQLite search counts totals and filters exactly from the
 * bare list of matching ids that FTS5 gives (no join, no row per match to build).
 *
 * One copy per database handle, reloaded when the index's generation (bumped by every write to
 * the index, in the same transaction — see indexer.ts) differs from the copy's: one point read
 * per search. A full load (about a second for 200,000 entries here) happens once; after a change
 * only the new entries and the list of ids still present are read.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { FACETS, type EntryFacts, type FacetDictionary, type FacetName } from './domain.ts';

type Db = Kysely<DB>;

export interface IndexSnapshot extends EntryFacts {
  generation: number;
  /** Entries known. */
  size: number;
  /** Per slot: the entry id. */
  entryId: Int32Array;
  /** Most language versions any item has. */
  versionsPerItem: number;
}

const cache = new WeakMap<Db, IndexSnapshot>();
const loading = new WeakMap<Db, Promise<IndexSnapshot>>();

export async function indexGeneration(db: Db): Promise<number> {
  const row = await db.selectFrom('search_index_state').select('generation').where('id', '=', 1).executeTakeFirst();
  return row?.generation ?? 0;
}

/** The current snapshot of the index (loaded when missing or out of date). */
export async function indexSnapshot(db: Db, options: { reload?: boolean } = {}): Promise<IndexSnapshot> {
  const generation = await indexGeneration(db);
  const current = cache.get(db);
  if (current && current.generation === generation && !options.reload) return current;
  const pending = loading.get(db);
  if (pending && !options.reload) {
    const s = await pending;
    if (s.generation === generation) return s;
  }
  const promise = loadSnapshot(db, options.reload ? undefined : current);
  loading.set(db, promise);
  try {
    const snapshot = await promise;
    cache.set(db, snapshot);
    return snapshot;
  } finally {
    if (loading.get(db) === promise) loading.delete(db);
  }
}

type EntryRow = {
  id: number; document_id: number; locale: string; section_id: number; type: string; year: number;
  public_timestamp: string; facet_bodies: string; facet_states: string; facet_people: string;
};

/**
 * A copy of the index. With the previous copy, only what changed is read: the entries written
 * since (ids only grow: AUTOINCREMENT) and how many of the older ones are still there. A full
 * load when there is no previous copy or half of it is gone.
 */
async function loadSnapshot(db: Db, previous?: IndexSnapshot): Promise<IndexSnapshot> {
  // The generation is read first: rows written after it make the next search load again, so a
  // copy is never taken for newer than it is. (No transaction: `db` may already be one.)
  const generation = await indexGeneration(db);
  const columns = ['id', 'document_id', 'locale', 'section_id', 'type', 'year', 'public_timestamp', 'facet_bodies', 'facet_states', 'facet_people'] as const;
  if (previous && previous.size > 0) {
    const knownMax = previous.entryId[previous.size - 1]!;
    const [live, added] = await Promise.all([
      db.selectFrom('search_entry').select((eb) => eb.fn.countAll<number>().as('n')).where('id', '<=', knownMax).executeTakeFirstOrThrow(),
      db.selectFrom('search_entry').select(columns).where('id', '>', knownMax).orderBy('id').execute(),
    ]);
    // Slots of entries taken out stay in the copy, unreachable: the full-text index, which gives
    // the ids, no longer has them. Once they are half of the copy, it is loaded afresh.
    if (Number(live.n) + added.length >= (previous.size + added.length) / 2) {
      return buildSnapshot(generation, added as EntryRow[], previous);
    }
  }
  const rows = await db.selectFrom('search_entry').select(columns).orderBy('id').execute();
  return buildSnapshot(generation, rows as EntryRow[]);
}

const grown = <T extends Int32Array | Float64Array>(old: T, size: number, make: (n: number) => T): T => {
  const out = make(size);
  out.set(old.subarray(0, Math.min(old.length, size)));
  return out;
};

function buildSnapshot(generation: number, rows: readonly EntryRow[], previous?: IndexSnapshot): IndexSnapshot {
  const base = previous?.size ?? 0;
  const n = base + rows.length;
  let maxId = previous && base > 0 ? previous.entryId[base - 1]! : 0;
  let maxDoc = (previous?.documentLimit ?? 1) - 1;
  for (const r of rows) {
    if (r.id > maxId) maxId = r.id;
    if (r.document_id > maxDoc) maxDoc = r.document_id;
  }
  // Dictionaries only grow, so codes already handed out stay valid for searches still running.
  const dictionaries = previous?.dictionaries
    ?? (Object.fromEntries(FACETS.map((f) => [f, { values: [], codeOf: new Map() }])) as unknown as Record<FacetName, FacetDictionary>);
  const codeIn = (f: FacetName, value: string) => {
    const d = dictionaries[f];
    let c = d.codeOf.get(value);
    if (c === undefined) {
      c = d.values.length;
      d.values.push(value);
      d.codeOf.set(value, c);
    }
    return c;
  };
  const run = (f: FacetName, texts: string[], old?: { start: Int32Array; codes: Int32Array }) => {
    const start = new Int32Array(n + 1);
    const codes: number[] = [];
    let offset = 0;
    if (old) {
      start.set(old.start.subarray(0, base));
      offset = old.start[base]!;
    }
    texts.forEach((t, i) => {
      start[base + i] = offset + codes.length;
      if (t !== '') for (const v of t.split(',')) codes.push(codeIn(f, v));
    });
    start[n] = offset + codes.length;
    const all = new Int32Array(offset + codes.length);
    if (old) all.set(old.codes.subarray(0, offset));
    all.set(codes, offset);
    return { start, codes: all };
  };
  const i32 = (k: number) => new Int32Array(k);
  const slotOf = new Int32Array(maxId + 1).fill(-1);
  if (previous) slotOf.set(previous.slotOf.subarray(0, Math.min(previous.slotOf.length, slotOf.length)));
  const s: IndexSnapshot = {
    generation: Number(generation),
    size: n,
    slotOf,
    entryId: previous ? grown(previous.entryId, n, i32) : i32(n),
    documentId: previous ? grown(previous.documentId, n, i32) : i32(n),
    locale: previous ? previous.locale.slice(0, base) : [],
    publicTimestamp: previous ? previous.publicTimestamp.slice(0, base) : [],
    publicTime: previous ? grown(previous.publicTime, n, (k) => new Float64Array(k)) : new Float64Array(n),
    documentLimit: maxDoc + 1,
    dictionaries,
    section: previous ? grown(previous.section, n, i32) : i32(n),
    type: previous ? grown(previous.type, n, i32) : i32(n),
    year: previous ? grown(previous.year, n, i32) : i32(n),
    bodies: run('body', rows.map((r) => r.facet_bodies), previous?.bodies),
    states: run('state', rows.map((r) => r.facet_states), previous?.states),
    people: run('person', rows.map((r) => r.facet_people), previous?.people),
    versionsPerItem: previous?.versionsPerItem ?? 1,
  };
  const versions = new Map<number, number>();
  rows.forEach((r, k) => {
    const i = base + k;
    s.slotOf[r.id] = i;
    s.entryId[i] = r.id;
    s.documentId[i] = r.document_id;
    s.locale[i] = r.locale;
    s.publicTimestamp[i] = typeof r.public_timestamp === 'string' ? r.public_timestamp : new Date(r.public_timestamp as unknown as Date).toISOString();
    s.publicTime[i] = Date.parse(s.publicTimestamp[i]!);
    s.section[i] = codeIn('section', String(r.section_id));
    s.type[i] = codeIn('type', r.type);
    s.year[i] = codeIn('year', String(r.year));
    // Versions of an item are written together, so counting among the new rows is enough.
    const v = (versions.get(r.document_id) ?? 0) + 1;
    versions.set(r.document_id, v);
    if (v > s.versionsPerItem) s.versionsPerItem = v;
  });
  return s;
}
