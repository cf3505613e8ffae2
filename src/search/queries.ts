/**
 * The search query: `searchItems` finds published, non-embargoed items in every language, with
 * filter counts and highlighted snippets. Used by the public search page and the JSON API.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { StoreDialect } from '../platform/db/dialect.ts';
import { fullTextFor } from '../platform/db/fulltext.ts';
import { AppError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import type { DocumentType } from '../newsroom/domain.ts';
import {
  FACETS, MAX_PAGE_SIZE, RANK_WINDOW, countMatches, highlight, lowerBound, parseQuery, rankMatches, rankRange, snippet,
  type FacetName, type ParsedQuery, type RankedHit, type RankedMatches, type ResolvedFilters, type SearchFilters, type Segment, type SortOrder,
} from './domain.ts';
import { searchMessages } from './messages.ts';
import { indexSnapshot } from './snapshot.ts';

type Db = Kysely<DB>;

export interface SearchInput {
  q: string;
  /** The reader's language: labels are given in it, and its version of an item wins a tie. */
  locale: Locale;
  filters?: SearchFilters;
  sort?: SortOrder;
  page?: number;
  pageSize?: number;
  /** Items with a later public timestamp are under embargo. */
  now?: string;
  /** How many of the newest-indexed matching items relevance is computed over (RANK_WINDOW). */
  rankWindow?: number;
}

export interface SearchItem {
  documentId: number;
  slug: string;
  /** Language of the version that matched (shown and linked). */
  locale: Locale;
  type: DocumentType;
  section: { slug: string; name: string };
  title: string;
  summary: string;
  publicTimestamp: string;
  score: number;
  titleSegments: Segment[];
  /** The passage where the query matched, or the summary. */
  snippet: Segment[];
}

export interface FacetValue {
  /** What the filter parameter takes: a slug, a code, a year, a type. */
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface SearchResult {
  items: SearchItem[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /**
   * Items that can be listed in the requested order: `total` by date; by relevance at most
   * RANK_WINDOW (the newest-indexed), so `pages` may cover fewer than `total`.
   */
  listed: number;
  facets: Record<FacetName, FacetValue[]>;
  /** False when the query had no words (nothing was searched). */
  searched: boolean;
}

const emptyFacets = (): Record<FacetName, FacetValue[]> => ({ section: [], type: [], year: [], body: [], state: [], person: [] });

/** Most values listed per filter (the selected one is always listed). */
const FACET_LIMIT = 25;

export async function searchItems(db: Db, dialect: StoreDialect, input: SearchInput): Promise<SearchResult> {
  const { locale } = input;
  const m = searchMessages(locale);
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 10;
  if (!Number.isInteger(page) || page < 1 || page > 999_999) throw new AppError('input.invalid', m.badPage(String(page)), { where: 'page' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new AppError('input.invalid', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`, { where: 'pageSize' });
  }
  const rankWindow = input.rankWindow ?? RANK_WINDOW;
  if (!Number.isInteger(rankWindow) || rankWindow < 1) throw new AppError('input.invalid', 'rankWindow must be a whole number of at least 1', { where: 'rankWindow' });
  const query = parseQuery(input.q, locale);
  const filters = input.filters ?? {};
  const resolved = await resolveFilters(db, locale, filters);
  const sort = input.sort ?? 'relevance';
  if (query.clauses.length === 0) {
    if (page > 1) throw new AppError('input.invalid', m.pageBeyondEnd(page, 1), { where: 'page' });
    return { items: [], total: 0, page: 1, pages: 1, pageSize, listed: 0, facets: emptyFacets(), searched: false };
  }
  const now = input.now ?? new Date().toISOString();
  const options = { filters: resolved, sort, page, pageSize, locale, now, rankWindow };
  const ranked = await rankedMatches(db, dialect, query, options);
  // Pages of what can be listed in this order (by relevance: the newest RANK_WINDOW items).
  const pages = Math.max(1, Math.ceil(ranked.listed / pageSize));
  if (page > pages) throw new AppError('input.invalid', m.pageBeyondEnd(page, pages), { where: 'page' });
  const [items, facets] = await Promise.all([
    loadItems(db, locale, ranked.hits, query),
    labelFacets(db, locale, ranked.facets, resolved),
  ]);
  return { items, total: ranked.total, page, pages, pageSize, listed: ranked.listed, facets, searched: true };
}

export interface RankOptions {
  filters: ResolvedFilters;
  sort: SortOrder;
  page: number;
  pageSize: number;
  locale: string;
  now: string;
  rankWindow: number;
}

/** Most matching entries scored to choose which version of each listed item to show, in date order. */
const DATE_ORDER_SCORING_LIMIT = 4000;

/**
 * The SQLite way to the same result as `rankMatches`: FTS5 gives the bare ids of the matching
 * entries; the in-memory copy of the index counts items and filters exactly; bm25 is computed
 * only where ranking needs it, with the top rows taken by SQL (see RANK_WINDOW).
 */
/**
 * The ranking half of a search, as `searchItems` does it on this database (exported for the test
 * that holds the SQLite way to the rules of `rankMatches`).
 */
export async function rankedMatches(db: Db, dialect: StoreDialect, query: ParsedQuery, options: RankOptions) {
  const fullText = fullTextFor(dialect);
  return fullText.matchingIds && fullText.scores
    ? rankFromIds(db, query, options)
    : rankMatches(await fullText.matches(db, query.clauses, { now: options.now, preferLocale: options.locale }), options);
}

async function rankFromIds(db: Db, query: ParsedQuery, o: RankOptions): Promise<RankedMatches> {
  const fullText = fullTextFor('sqlite');
  let snapshot = await indexSnapshot(db);
  const ids = await fullText.matchingIds!(db, query.clauses);
  let counted = countMatches(snapshot, ids, o);
  if (counted.unknown > 0) {
    // The index changed between reading its generation and matching: take the new copy.
    snapshot = await indexSnapshot(db, { reload: true });
    counted = countMatches(snapshot, ids, o);
  }
  const { total, facets, passingIds, passingSlots, passed } = counted;
  const needed = o.page * o.pageSize;
  const start = (o.page - 1) * o.pageSize;
  const docOf = (id: number) => {
    const slot = id < snapshot.slotOf.length ? snapshot.slotOf[id]! : -1;
    return slot < 0 ? -1 : snapshot.documentId[slot]!;
  };
  /** The best version of each item among scored entries (the reader's language wins a tie). */
  const bestVersions = (scored: readonly { id: number; score: number }[]) => {
    const best = new Map<number, { id: number; score: number; slot: number }>();
    for (const r of scored) {
      const doc = docOf(r.id);
      if (doc < 0 || passed[doc] !== 1) continue;
      const slot = snapshot.slotOf[r.id]!;
      const current = best.get(doc);
      if (!current || r.score > current.score + 1e-9 || (Math.abs(r.score - current.score) <= 1e-9 && snapshot.locale[slot] === o.locale)) {
        best.set(doc, { id: r.id, score: r.score, slot });
      }
    }
    return best;
  };
  const hit = (b: { id: number; score: number; slot: number }): RankedHit => ({
    entryId: b.id, documentId: snapshot.documentId[b.slot]!, locale: snapshot.locale[b.slot]!, score: b.score, publicTimestamp: snapshot.publicTimestamp[b.slot]!,
  });
  const newer = (a: number, b: number) => {
    // Slots in date order, newest first (as rankMatches: timestamp, then document id).
    const ta = snapshot.publicTimestamp[a]!;
    const tb = snapshot.publicTimestamp[b]!;
    return ta < tb ? 1 : ta > tb ? -1 : snapshot.documentId[b]! - snapshot.documentId[a]!;
  };
  if (total === 0) return { hits: [], total, listed: 0, facets };

  if (o.sort === 'relevance') {
    const range = rankRange(passingIds, snapshot, o.rankWindow)!;
    if (start >= range.items) return { hits: [], total, listed: range.items, facets };
    const inRange = lowerBound(ids, range.toId + 1) - lowerBound(ids, range.fromId);
    const passingInRange = passingIds.length - lowerBound(passingIds, range.fromId);
    // Enough of the best rows for `needed` items even when every version of each is among them
    // and every row that fails a filter is too; all rows when that is not fewer.
    const limit = needed * snapshot.versionsPerItem + (inRange - passingInRange);
    const scored = await fullText.scores!(db, query.clauses, { ...range, limit: limit >= inRange ? undefined : limit });
    const ranked = [...bestVersions(scored).values()].sort((a, b) => b.score - a.score || newer(a.slot, b.slot));
    return { hits: ranked.slice(start, start + o.pageSize).map(hit), total, listed: range.items, facets };
  }
  if (start >= total) return { hits: [], total, listed: total, facets };

  // By date: the newest `needed` items, without scoring them all.
  let top: number[];
  if (needed > 200) top = [...passingSlots].sort(newer).slice(0, needed);
  else {
    top = [];
    for (const slot of passingSlots) {
      if (top.length === needed && newer(slot, top[needed - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && newer(slot, top[at - 1]!) < 0) at--;
      top.splice(at, 0, slot);
      if (top.length > needed) top.pop();
    }
  }
  const page = top.slice(start, start + o.pageSize);
  const pageDocs = new Set(page.map((slot) => snapshot.documentId[slot]!));
  let fromId = Infinity;
  let toId = -Infinity;
  for (const id of passingIds) {
    if (!pageDocs.has(docOf(id))) continue;
    if (id < fromId) fromId = id;
    if (id > toId) toId = id;
  }
  const inRange = lowerBound(ids, toId + 1) - lowerBound(ids, fromId);
  const best = inRange <= DATE_ORDER_SCORING_LIMIT ? bestVersions(await fullText.scores!(db, query.clauses, { fromId, toId })) : new Map();
  return {
    hits: page.map((slot) => {
      const doc = snapshot.documentId[slot]!;
      const b = best.get(doc);
      if (b) return hit(b);
      // Not scored (too far apart): the reader's language when it matched, else the version found.
      let chosen = slot;
      for (const id of passingIds) {
        if (docOf(id) === doc && snapshot.locale[snapshot.slotOf[id]!] === o.locale) chosen = snapshot.slotOf[id]!;
      }
      return hit({ id: snapshot.entryId[chosen]!, score: 0, slot: chosen });
    }),
    total,
    listed: total,
    facets,
  };
}

async function resolveFilters(db: Db, locale: Locale, filters: SearchFilters): Promise<ResolvedFilters> {
  const m = searchMessages(locale);
  const out: ResolvedFilters = {};
  const unknown = (name: string, value: string) => new AppError('input.invalid', m.unknownFilter(m.facetNames[name as FacetName].toLowerCase(), value), { where: name });
  if (filters.section !== undefined) {
    const row = await db.selectFrom('section').select('id').where('slug', '=', filters.section).executeTakeFirst();
    if (!row) throw unknown('section', filters.section);
    out.section = row.id;
  }
  if (filters.body !== undefined) {
    const row = await db.selectFrom('body').select('id').where('slug', '=', filters.body).executeTakeFirst();
    if (!row) throw unknown('body', filters.body);
    out.body = row.id;
  }
  if (filters.person !== undefined) {
    const row = await db.selectFrom('person').select('id').where('slug', '=', filters.person).executeTakeFirst();
    if (!row) throw unknown('person', filters.person);
    out.person = row.id;
  }
  if (filters.state !== undefined) {
    const row = await db.selectFrom('member_state').select('code').where('code', '=', filters.state).executeTakeFirst();
    if (!row) throw unknown('state', filters.state);
    out.state = row.code;
  }
  if (filters.year !== undefined) out.year = filters.year;
  if (filters.type !== undefined) out.type = filters.type;
  return out;
}

async function loadItems(db: Db, locale: Locale, hits: readonly { entryId: number; score: number }[], query: ParsedQuery): Promise<SearchItem[]> {
  if (hits.length === 0) return [];
  const rows = await db.selectFrom('search_entry as e')
    .innerJoin('search_entry_text as x', 'x.entry_id', 'e.id')
    .innerJoin('document as d', 'd.id', 'e.document_id')
    .innerJoin('section as s', 's.id', 'e.section_id')
    .innerJoin('section_translation as st', (j) => j.onRef('st.section_id', '=', 's.id').on('st.locale', '=', locale))
    .select([
      'e.id', 'e.document_id as documentId', 'd.slug', 'e.locale', 'e.type', 's.slug as sectionSlug', 'st.name as sectionName',
      'x.title', 'x.summary', 'x.body_text as bodyText', 'e.public_timestamp as publicTimestamp',
    ])
    .where('e.id', 'in', hits.map((h) => h.entryId))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const r = byId.get(h.entryId);
    if (!r) return [];
    return [{
      documentId: r.documentId, slug: r.slug, locale: r.locale as Locale, type: r.type as DocumentType,
      section: { slug: r.sectionSlug, name: r.sectionName },
      title: r.title, summary: r.summary, publicTimestamp: r.publicTimestamp, score: h.score,
      titleSegments: highlight(r.title, query),
      snippet: snippet(r.summary, query) ?? snippet(r.bodyText, query) ?? [{ text: r.summary, hit: false }],
    }];
  });
}

async function labelFacets(
  db: Db,
  locale: Locale,
  counts: Record<FacetName, Map<string, number>>,
  selected: ResolvedFilters,
): Promise<Record<FacetName, FacetValue[]>> {
  const before = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const tops = new Map<FacetName, { list: [string, number][]; chosen: string | undefined }>();
  const top = (f: FacetName) => {
    const done = tops.get(f);
    if (done) return done;
    // The FACET_LIMIT first values without sorting them all (people can be thousands).
    const list: [string, number][] = [];
    for (const entry of counts[f].entries()) {
      if (list.length === FACET_LIMIT && before(entry, list[FACET_LIMIT - 1]!) >= 0) continue;
      let at = list.length;
      while (at > 0 && before(entry, list[at - 1]!) < 0) at--;
      list.splice(at, 0, entry);
      if (list.length > FACET_LIMIT) list.pop();
    }
    const chosen = selected[f] === undefined ? undefined : String(selected[f]);
    if (chosen !== undefined && !list.some(([v]) => v === chosen)) list.push([chosen, counts[f].get(chosen) ?? 0]);
    const result = { list, chosen };
    tops.set(f, result);
    return result;
  };
  const ids = (f: FacetName) => top(f).list.map(([v]) => v);
  const [{ sections, bodies, states }, people] = await Promise.all([
    directoryLabels(db, locale),
    ids('person').length
      ? db.selectFrom('person').innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
        .select(['person.id', 'person.slug', 't.given_name', 't.family_name']).where('person.id', 'in', ids('person').map(Number)).execute()
      : [],
  ]);
  const labels: Record<FacetName, Map<string, { value: string; label: string }>> = {
    section: sections,
    body: bodies,
    state: states,
    person: new Map(people.map((p) => [String(p.id), { value: p.slug, label: `${p.given_name} ${p.family_name}` }])),
    type: new Map(),
    year: new Map(),
  };
  const out = emptyFacets();
  for (const f of FACETS) {
    const { list, chosen } = top(f);
    out[f] = list.flatMap(([key, count]) => {
      const l = f === 'type' || f === 'year' ? { value: key, label: key } : labels[f].get(key);
      return l ? [{ ...l, count, selected: key === chosen }] : [];
    });
    if (f === 'year') out[f].sort((a, b) => Number(b.value) - Number(a.value));
  }
  return out;
}

type Labels = Map<string, { value: string; label: string }>;
interface DirectoryLabels { at: number; sections: Labels; bodies: Labels; states: Labels }

/** Labels of sections, bodies and states change rarely: they are kept for a minute per database. */
const LABELS_TTL_MS = 60_000;
const labelCache = new WeakMap<Db, Map<Locale, DirectoryLabels>>();

async function directoryLabels(db: Db, locale: Locale): Promise<DirectoryLabels> {
  const perDb = labelCache.get(db) ?? new Map<Locale, DirectoryLabels>();
  labelCache.set(db, perDb);
  const cached = perDb.get(locale);
  if (cached && Date.now() - cached.at < LABELS_TTL_MS) return cached;
  const [sections, bodies, states] = await Promise.all([
    db.selectFrom('section').innerJoin('section_translation as t', (j) => j.onRef('t.section_id', '=', 'section.id').on('t.locale', '=', locale))
      .select(['section.id', 'section.slug', 't.name']).execute(),
    db.selectFrom('body').innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
      .select(['body.id', 'body.slug', 't.name', 't.short_name']).execute(),
    db.selectFrom('member_state_translation').select(['state_code', 'short_name']).where('locale', '=', locale).execute(),
  ]);
  const labels: DirectoryLabels = {
    at: Date.now(),
    sections: new Map(sections.map((r) => [String(r.id), { value: r.slug, label: r.name }])),
    bodies: new Map(bodies.map((r) => [String(r.id), { value: r.slug, label: r.short_name ?? r.name }])),
    states: new Map(states.map((r) => [r.state_code, { value: r.state_code, label: r.short_name }])),
  };
  perDb.set(locale, labels);
  return labels;
}
