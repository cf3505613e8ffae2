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
  options: { filters: ResolvedFilters; sort: SortOrder; page: number; pageSize: number; locale: string; now: string },
): { hits: RankedHit[]; total: number; facets: FacetCounts } {
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
  matching.sort(options.sort === 'date' ? byDate : (a, b) => b.score - a.score || byDate(a, b));
  const start = (options.page - 1) * options.pageSize;
  const hits = matching.slice(start, start + options.pageSize).map((r) => ({
    entryId: r.entryId, documentId: r.documentId, locale: r.locale, score: r.score, publicTimestamp: r.publicTimestamp,
  }));
  return { hits, total: matching.length, facets };
}

/** A piece of text; `hit` pieces are what the query matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

const WORD_IN_TEXT = /[\p{L}\p{N}]+/gu;

function isHit(word: string, query: ParsedQuery): boolean {
  const w = normalize(word);
  return query.stems.has(stem(w)) || query.keys.has(nameKey(w)) || query.keys.has(queryNameKey(w));
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
