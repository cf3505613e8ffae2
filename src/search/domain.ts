/**
 * Search rules, pure (no storage, no HTTP): reading a query into clauses, checking parameters,
 * combining the matches of both language versions of an item, filters with counts, paging, and
 * highlighted snippets as plain segments (the view marks them up; no HTML is built here).
 */
import { AppError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../newsroom/domain.ts';
import { nameKey, normalize, queryNameKey, stem, words } from './analysis.ts';
import { searchMessages } from './messages.ts';

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;
/** Most words and phrases a query may have; more are ignored. */
export const MAX_CLAUSES = 12;
export const MAX_PAGE_SIZE = 50;
export const FACETS = ['section', 'type', 'year', 'body', 'state', 'person'] as const;
/**
 * Relevance is computed among the items, of those that match and pass the filters, whose
 * language versions were indexed last: at most this many. A query that matches more (a word in
 * 40 % of a 100,000-item archive) is still counted exactly — total and filter counts — and every
 * item stays reachable by date order and by filters; only its ranking by relevance is confined to
 * the newest part of the archive (scoring every match would cost more than the whole page may).
 */
export const RANK_WINDOW = 5000;
export type FacetName = (typeof FACETS)[number];
export type SortOrder = 'relevance' | 'date';

/** One word, or one quoted phrase, of a query. Every clause must match. */
export interface Clause {
  /** Stems in order (a phrase when more than one). Letters and digits only. */
  stems: string[];
  /** Name keys in order, for matching people's names across scripts and spellings. */
  keys: string[];
  /**
   * Other forms a single word is also looked up as: the word itself when its stem differs (the
   * stemmer sometimes cuts a word too short: Карабах → караб and устав → уста, while Карабахе →
   * карабах and Устава → устав).
   */
  alternatives: string[];
}

export interface ParsedQuery {
  clauses: Clause[];
  /** Every stem and key of the query, for highlighting. */
  stems: Set<string>;
  keys: Set<string>;
}

/**
 * Reads what a reader typed. Quoted parts are phrases; everything that is not a letter or a digit
 * separates words, so no search-engine syntax (`*`, `NEAR(`, `OR`, `-`) ever reaches the database:
 * `OR` is just the word "or". An unbalanced quote quotes to the end.
 */
export function parseQuery(text: string, locale: Locale): ParsedQuery {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new AppError('input.invalid', searchMessages(locale).queryTooLong(text.length, MAX_QUERY_LENGTH), { where: 'q' });
  }
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (ws: string[]) => {
    if (ws.length === 0 || clauses.length >= MAX_CLAUSES) return;
    const stems = ws.map(stem);
    const alternatives = ws.length === 1 && ws[0] !== stems[0] ? [ws[0]!] : [];
    const clause = { stems, keys: ws.map(queryNameKey).map((k) => k || 'x'), alternatives };
    const id = clause.stems.join(' ');
    if (seen.has(id)) return;
    seen.add(id);
    clauses.push(clause);
  };
  const parts = text.split('"');
  parts.forEach((part, i) => {
    const ws = words(part);
    if (i % 2 === 1) add(ws);
    else ws.forEach((w) => add([w]));
  });
  return {
    clauses,
    stems: new Set(clauses.flatMap((c) => [...c.stems, ...c.alternatives])),
    keys: new Set(clauses.flatMap((c) => c.keys)),
  };
}

/** Filters as the reader gives them: slugs, codes, a year, a type. */
export interface SearchFilters {
  section?: string;
  type?: DocumentType;
  year?: number;
  body?: string;
  state?: string;
  person?: string;
}

/** Filters resolved to stored keys. */
export interface ResolvedFilters {
  section?: number;
  type?: string;
  year?: number;
  body?: number;
  state?: string;
  person?: number;
}

export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
  page: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the query-string parameters of a search. A malformed value is refused with a sentence
 * naming the parameter; a well-formed but unknown slug is refused later, once it was looked up.
 */
export function parseSearchParams(query: Record<string, unknown>, locale: Locale): SearchRequest {
  const m = searchMessages(locale);
  const one = (name: string): string | undefined => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new AppError('input.invalid', m.repeated(name), { where: name });
    return v.trim() === '' ? undefined : v.trim();
  };
  const q = query.q === undefined ? '' : typeof query.q === 'string' ? query.q : null;
  if (q === null) throw new AppError('input.invalid', m.repeated('q'), { where: 'q' });
  if (q.length > MAX_QUERY_LENGTH) throw new AppError('input.invalid', m.queryTooLong(q.length, MAX_QUERY_LENGTH), { where: 'q' });
  const filters: SearchFilters = {};
  for (const name of ['section', 'body', 'person'] as const) {
    const v = one(name);
    if (v === undefined) continue;
    if (v.length > 100 || !SLUG.test(v)) throw new AppError('input.invalid', m.badSlug(name, v), { where: name });
    filters[name] = v;
  }
  const state = one('state');
  if (state !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(state)) throw new AppError('input.invalid', m.badState(state), { where: 'state' });
    filters.state = state.toUpperCase();
  }
  const year = one('year');
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new AppError('input.invalid', m.badYear(year), { where: 'year' });
    filters.year = Number(year);
  }
  const type = one('type');
  if (type !== undefined) {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) throw new AppError('input.invalid', m.badType(type, DOCUMENT_TYPES), { where: 'type' });
    filters.type = type as DocumentType;
  }
  const sortText = one('sort') ?? 'relevance';
  if (sortText !== 'relevance' && sortText !== 'date') throw new AppError('input.invalid', m.badSort(sortText), { where: 'sort' });
  const pageText = one('page') ?? '1';
  if (!/^[1-9]\d{0,5}$/.test(pageText)) throw new AppError('input.invalid', m.badPage(pageText), { where: 'page' });
  return { q, filters, sort: sortText, page: Number(pageText) };
}

/** One matching language version of an item, as the index returns it. */
export interface MatchRow {
  entryId: number;
  documentId: number;
  locale: string;
  /** Higher is better. */
  score: number;
  sectionId: number;
  type: string;
  year: number;
  publicTimestamp: string;
  /** Comma-separated ids / codes. */
  bodies: string;
  states: string;
  people: string;
}

export interface RankedHit {
  entryId: number;
  documentId: number;
  locale: string;
  score: number;
  publicTimestamp: string;
}

export type FacetCounts = Record<FacetName, Map<string, number>>;

export interface RankedMatches {
  hits: RankedHit[];
  /** Items found (exact). */
  total: number;
  /** Items that can be listed in the requested order: all, but only RANK_WINDOW by relevance. */
  listed: number;
  facets: FacetCounts;
}

const NONE: readonly string[] = [];
const list = (text: string): readonly string[] => (text === '' ? NONE : text.indexOf(',') < 0 ? [text] : text.split(','));

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Items (not language versions) that match, filtered, with counts per filter value, ranked, and
 * the requested page. An item counts once: its best-scoring version is shown, the reader's own
 * language winning a tie. The counts of one filter ignore that filter's own choice, so the reader
 * sees the alternatives. (Written for speed: it runs over every match of a query.)
 */
export function rankMatches(
  rows: readonly MatchRow[],
  options: { filters: ResolvedFilters; sort: SortOrder; page: number; pageSize: number; locale: string; now: string; rankWindow?: number },
): RankedMatches {
  const best = new Map<number, MatchRow>();
  for (const row of rows) {
    if (row.publicTimestamp > options.now) continue; // under embargo
    const current = best.get(row.documentId);
    if (!current || row.score > current.score + 1e-9 || (Math.abs(row.score - current.score) <= 1e-9 && row.locale === options.locale)) {
      best.set(row.documentId, row);
    }
  }
  const f = options.filters;
  const body = f.body === undefined ? undefined : String(f.body);
  const person = f.person === undefined ? undefined : String(f.person);
  const section = new Map<number, number>();
  const type = new Map<string, number>();
  const year = new Map<number, number>();
  const bodies = new Map<string, number>();
  const states = new Map<string, number>();
  const people = new Map<string, number>();
  const matching: MatchRow[] = [];
  // Facet order: section, type, year, body, state, person.
  const failedAt = [false, false, false, false, false, false];
  for (const row of best.values()) {
    const b = list(row.bodies);
    const st = list(row.states);
    const p = list(row.people);
    failedAt[0] = f.section !== undefined && row.sectionId !== f.section;
    failedAt[1] = f.type !== undefined && row.type !== f.type;
    failedAt[2] = f.year !== undefined && row.year !== f.year;
    failedAt[3] = body !== undefined && !b.includes(body);
    failedAt[4] = f.state !== undefined && !st.includes(f.state);
    failedAt[5] = person !== undefined && !p.includes(person);
    let failures = 0;
    let only = -1;
    for (let i = 0; i < 6; i++) {
      if (failedAt[i]) {
        failures++;
        only = i;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) matching.push(row);
    const counts = (i: number) => failures === 0 || only === i;
    if (counts(0)) bump(section, row.sectionId);
    if (counts(1)) bump(type, row.type);
    if (counts(2)) bump(year, row.year);
    if (counts(3)) for (const v of b) bump(bodies, v);
    if (counts(4)) for (const v of st) bump(states, v);
    if (counts(5)) for (const v of p) bump(people, v);
  }
  const keyed = (m: Map<number, number>) => new Map([...m].map(([k, v]) => [String(k), v]));
  const facets: FacetCounts = { section: keyed(section), type, year: keyed(year), body: bodies, state: states, person: people };
  const byDate = (a: MatchRow, b: MatchRow) => (a.publicTimestamp < b.publicTimestamp ? 1 : a.publicTimestamp > b.publicTimestamp ? -1 : b.documentId - a.documentId);
  const total = matching.length;
  const window = options.rankWindow ?? RANK_WINDOW;
  let ranked = matching;
  if (options.sort === 'relevance' && matching.length > window) {
    // The newest-indexed items only (see RANK_WINDOW).
    ranked = [...matching].sort((a, b) => b.entryId - a.entryId).slice(0, window);
  }
  ranked.sort(options.sort === 'date' ? byDate : (a, b) => b.score - a.score || byDate(a, b));
  const start = (options.page - 1) * options.pageSize;
  const hits = ranked.slice(start, start + options.pageSize).map((r) => ({
    entryId: r.entryId, documentId: r.documentId, locale: r.locale, score: r.score, publicTimestamp: r.publicTimestamp,
  }));
  return { hits, total, listed: ranked.length, facets };
}

/** The distinct values of one filter in the copy of the index, coded as small numbers. */
export interface FacetDictionary {
  values: string[];
  codeOf: Map<string, number>;
}

/**
 * What the in-memory copy of the index knows of each entry (see snapshot.ts), per slot, filter
 * values coded (`FacetDictionary`); linked bodies, states and people as runs of a flat array
 * (slot i: from start[i] to start[i + 1]).
 */
export interface EntryFacts {
  slotOf: Int32Array;
  documentId: Int32Array;
  locale: string[];
  publicTimestamp: string[];
  /** Per slot: the public timestamp in milliseconds. */
  publicTime: Float64Array;
  documentLimit: number;
  dictionaries: Record<FacetName, FacetDictionary>;
  section: Int32Array;
  type: Int32Array;
  year: Int32Array;
  bodies: { start: Int32Array; codes: Int32Array };
  states: { start: Int32Array; codes: Int32Array };
  people: { start: Int32Array; codes: Int32Array };
}

export interface CountedMatches {
  /** Items that match, are public and pass every filter. */
  total: number;
  facets: FacetCounts;
  /** Ids (ascending) of the matching entries whose item counts in `total`. */
  passingIds: Int32Array;
  /** One slot per item of `total`. */
  passingSlots: Int32Array;
  /** Per document id: 1 when the item counts in `total`. */
  passed: Uint8Array;
  /** Matching ids the copy does not know (written after it was taken). */
  unknown: number;
}

/**
 * The counting half of `rankMatches`, from the ids of the matching entries (ascending) and what
 * the copy of the index knows of them: items, not language versions; embargoed ones left out;
 * counts of one filter ignoring that filter's own choice. Same rules, no scores needed.
 */
export function countMatches(facts: EntryFacts, ids: ArrayLike<number>, options: { filters: ResolvedFilters; now: string }): CountedMatches {
  const f = options.filters;
  const d = facts.dictionaries;
  // A chosen value the index does not know matches nothing (-2 never equals a code).
  const code = (name: FacetName, v: string | number | undefined) => (v === undefined ? -1 : d[name].codeOf.get(String(v)) ?? -2);
  const w0 = code('section', f.section);
  const w1 = code('type', f.type);
  const w2 = code('year', f.year);
  const w3 = code('body', f.body);
  const w4 = code('state', f.state);
  const w5 = code('person', f.person);
  const filtered = w0 !== -1 || w1 !== -1 || w2 !== -1 || w3 !== -1 || w4 !== -1 || w5 !== -1;
  const counts = FACETS.map((name) => new Int32Array(d[name].values.length));
  const [cSection, cType, cYear, cBody, cState, cPerson] = counts as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const { slotOf, documentId, publicTime, section, type, year, bodies, states, people } = facts;
  const has = (run: { start: Int32Array; codes: Int32Array }, slot: number, value: number) => {
    for (let k = run.start[slot]!, end = run.start[slot + 1]!; k < end; k++) if (run.codes[k] === value) return true;
    return false;
  };
  const add = (run: { start: Int32Array; codes: Int32Array }, slot: number, into: Int32Array) => {
    for (let k = run.start[slot]!, end = run.start[slot + 1]!; k < end; k++) into[run.codes[k]!]!++;
  };
  // Per document: 0 not seen yet, 1 passes every filter, 2 does not.
  const state = new Uint8Array(facts.documentLimit);
  const passingIds = new Int32Array(ids.length);
  const passingSlots = new Int32Array(ids.length);
  let nIds = 0;
  let nSlots = 0;
  let unknown = 0;
  const now = Date.parse(options.now);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const slot = id < slotOf.length ? slotOf[id]! : -1;
    if (slot < 0) {
      unknown++;
      continue;
    }
    const doc = documentId[slot]!;
    const seen = state[doc]!;
    if (seen === 1) {
      passingIds[nIds++] = id;
      continue;
    }
    if (seen === 2) continue;
    if (publicTime[slot]! > now) continue; // under embargo (every version of an item shares its timestamp)
    let failures = 0;
    let only = -1;
    if (filtered) {
      if (w0 !== -1 && section[slot] !== w0) { failures++; only = 0; }
      if (w1 !== -1 && type[slot] !== w1) { failures++; only = 1; }
      if (w2 !== -1 && year[slot] !== w2) { failures++; only = 2; }
      if (w3 !== -1 && !has(bodies, slot, w3)) { failures++; only = 3; }
      if (w4 !== -1 && !has(states, slot, w4)) { failures++; only = 4; }
      if (w5 !== -1 && !has(people, slot, w5)) { failures++; only = 5; }
    }
    state[doc] = failures === 0 ? 1 : 2;
    if (failures === 0) {
      passingIds[nIds++] = id;
      passingSlots[nSlots++] = slot;
    } else if (failures > 1) continue;
    const all = failures === 0;
    if (all || only === 0) cSection[section[slot]!]!++;
    if (all || only === 1) cType[type[slot]!]!++;
    if (all || only === 2) cYear[year[slot]!]!++;
    if (all || only === 3) add(bodies, slot, cBody);
    if (all || only === 4) add(states, slot, cState);
    if (all || only === 5) add(people, slot, cPerson);
  }
  const asMap = (name: FacetName, c: Int32Array) => {
    const m = new Map<string, number>();
    for (let k = 0; k < c.length; k++) if (c[k]! > 0) m.set(d[name].values[k]!, c[k]!);
    return m;
  };
  return {
    total: nSlots,
    facets: { section: asMap('section', cSection), type: asMap('type', cType), year: asMap('year', cYear), body: asMap('body', cBody), state: asMap('state', cState), person: asMap('person', cPerson) },
    passingIds: passingIds.subarray(0, nIds),
    passingSlots: passingSlots.subarray(0, nSlots),
    passed: state,
    unknown,
  };
}

/**
 * The id range whose matching entries relevance is computed over: from the newest passing entry
 * back to the oldest entry of the `window` newest-indexed passing items (see RANK_WINDOW).
 */
export function rankRange(passingIds: ArrayLike<number>, facts: Pick<EntryFacts, 'slotOf' | 'documentId'>, window: number): { fromId: number; toId: number; items: number } | null {
  if (passingIds.length === 0) return null;
  const toId = passingIds[passingIds.length - 1]!;
  const docs = new Set<number>();
  let fromId = passingIds[0]!;
  for (let i = passingIds.length - 1; i >= 0; i--) {
    const id = passingIds[i]!;
    const doc = facts.documentId[facts.slotOf[id]!]!;
    if (!docs.has(doc)) {
      if (docs.size === window) {
        fromId = passingIds[i + 1]!;
        break;
      }
      docs.add(doc);
    }
  }
  return { fromId, toId, items: docs.size };
}

/** The first index of `sorted` whose value is ≥ `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A piece of text; `hit` pieces are what the query matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

const WORD_IN_TEXT = /[\p{L}\p{N}]+/gu;

/** Per query, the words already looked at (a page of results repeats most of its words). */
const hitsSeen = new WeakMap<ParsedQuery, Map<string, boolean>>();

function isHit(word: string, query: ParsedQuery): boolean {
  let seen = hitsSeen.get(query);
  if (!seen) hitsSeen.set(query, (seen = new Map()));
  const known = seen.get(word);
  if (known !== undefined) return known;
  const w = normalize(word);
  const hit = query.stems.has(stem(w)) || query.keys.has(nameKey(w)) || query.keys.has(queryNameKey(w));
  if (seen.size < 10_000) seen.set(word, hit);
  return hit;
}

/** The whole text as segments, matched words marked. */
export function highlight(text: string, query: ParsedQuery): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD_IN_TEXT)) {
    if (!isHit(m[0], query)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return merge(out);
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.hit === s.hit) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * A window of about `size` words of `text` around the place where most query words meet, with
 * the matched words marked and an ellipsis where text was left out. Null when nothing matches.
 */
export function snippet(text: string, query: ParsedQuery, size = 30): Segment[] | null {
  const tokens = [...text.matchAll(WORD_IN_TEXT)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: isHit(m[0], query) }));
  const hitIndexes = tokens.flatMap((t, i) => (t.hit ? [i] : []));
  if (hitIndexes.length === 0) return null;
  if (tokens.length <= size) return highlight(text, query);
  // The window start (in words) that covers the most hits.
  let bestStart = 0;
  let bestCount = -1;
  for (const h of hitIndexes) {
    const from = Math.max(0, h - Math.floor(size / 4));
    const count = hitIndexes.filter((x) => x >= from && x < from + size).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = from;
    }
  }
  const first = tokens[bestStart]!;
  const lastToken = tokens[Math.min(tokens.length - 1, bestStart + size - 1)]!;
  const from = bestStart === 0 ? 0 : first.start;
  const to = bestStart + size >= tokens.length ? text.length : lastToken.end;
  const segments = highlight(text.slice(from, to), query);
  if (from > 0) segments.unshift({ text: '… ', hit: false });
  if (to < text.length) segments.push({ text: ' …', hit: false });
  return merge(segments);
}
