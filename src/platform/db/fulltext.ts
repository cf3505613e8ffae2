/**
 * Full-text search, per database, over text that the search capability has already analysed
 * (stems and name keys: letters and digits separated by spaces). Both databases index the SAME
 * tokens and are asked the same thing, so they find the same items and rank them alike:
 * - SQLite: a contentless FTS5 table `search_fts(title, summary, body, names)` whose rowid is
 *   `search_entry.id`, ranked by bm25 with column weights;
 * - PostgreSQL: a `tsv` column of `search_entry` (tsvector with the 'simple' configuration, so
 *   no second stemming happens) with a GIN index, ranked by ts_rank with the same weights.
 * On SQLite a search does not join every match to `search_entry` (that cost 10× the bare FTS5
 * query on a 100,000-item archive): `matchingIds` gives the bare ids in one row, the search
 * counts them against its in-memory copy of the filter keys (src/search/snapshot.ts), and
 * `scores` runs bm25 only over the id range ranking needs, its top rows taken by SQL.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectKind, StoreDialect } from './dialect.ts';
import type { MatchRow } from '../../search/domain.ts';

/** Analysed text of one entry, per field: tokens separated by spaces. */
export interface IndexedText {
  title: string;
  summary: string;
  body: string;
  /** Name keys of the people linked to the item. */
  names: string;
}

/** One part of a query: stems in order (a phrase when several), or the same as name keys. */
export interface FullTextClause {
  stems: readonly string[];
  keys: readonly string[];
  /** Other single tokens that also satisfy the clause. */
  alternatives?: readonly string[];
}

/** One matching language version of an item: the row shape the search domain ranks. */
export type FullTextMatch = MatchRow;

export interface FullTextIndex {
  /** DDL, run by the search migration after `search_entry` exists. */
  create(db: Kysely<any>): Promise<void>;
  write(db: Kysely<any>, entries: readonly { id: number; text: IndexedText }[]): Promise<void>;
  remove(db: Kysely<any>, entryIds: readonly number[]): Promise<void>;
  clear(db: Kysely<any>): Promise<void>;
  /**
   * The language versions that match all clauses and are public at `now`, with what filters and
   * ranking need (a version in `preferLocale` gets a nudge far below any real gap in score, so it
   * wins a tie). PostgreSQL gives one row per item, SQLite may give both versions of an item.
   */
  matches(db: Kysely<any>, clauses: readonly FullTextClause[], options: { now: string; preferLocale: string }): Promise<FullTextMatch[]>;
  /**
   * SQLite only (the fast path of src/search/queries.ts): the ids of every matching entry,
   * ascending, whatever their timestamps — nothing is ranked and nothing is joined.
   */
  matchingIds?(db: Kysely<any>, clauses: readonly FullTextClause[]): Promise<Int32Array>;
  /**
   * SQLite only: the score (higher is better, same as `matches`) of the matching entries whose id
   * is within [fromId, toId], best first; only the `limit` best when a limit is given.
   */
  scores?(db: Kysely<any>, clauses: readonly FullTextClause[], range: { fromId: number; toId: number; limit?: number }): Promise<{ id: number; score: number }[]>;
}

/** Relative weight of a match in each field (title > names > summary > body). */
export const FIELD_WEIGHTS = { title: 1.0, names: 0.6, summary: 0.4, body: 0.1 } as const;

const TOKEN = /^[\p{L}\p{N}]+$/u;

function checkedTokens(tokens: readonly string[]): string[] {
  // Analysed tokens are letters and digits only; anything else would be query syntax.
  return tokens.filter((t) => TOKEN.test(t));
}

const MATCH_COLUMNS = sql`e.id as "entryId", e.document_id as "documentId", e.locale, e.section_id as "sectionId", e.type, e.year,
  e.public_timestamp as "publicTimestamp", e.facet_bodies as bodies, e.facet_states as states, e.facet_people as people`;

/** The FTS5 query: each clause `("stem…" OR "alternative" OR names:"key…")`, all clauses required. */
export function fts5Expression(clauses: readonly FullTextClause[]): string | null {
  const parts: string[] = [];
  for (const c of clauses) {
    const stems = checkedTokens(c.stems);
    const keys = checkedTokens(c.keys);
    if (stems.length === 0) continue;
    const options = [`"${stems.join(' ')}"`, ...checkedTokens(c.alternatives ?? []).map((a) => `"${a}"`)];
    if (keys.length === stems.length) options.push(`names : "${keys.join(' ')}"`);
    parts.push(`(${options.join(' OR ')})`);
  }
  return parts.length ? parts.join(' AND ') : null;
}

/** The tsquery text: the same structure; names are the lexemes of weight B. */
export function tsqueryText(clauses: readonly FullTextClause[]): string | null {
  const parts: string[] = [];
  for (const c of clauses) {
    const stems = checkedTokens(c.stems);
    const keys = checkedTokens(c.keys);
    if (stems.length === 0) continue;
    const options = [`(${stems.map((s) => `'${s}'`).join(' <-> ')})`, ...checkedTokens(c.alternatives ?? []).map((a) => `'${a}'`)];
    if (keys.length === stems.length) options.push(`(${keys.map((k) => `'${k}':B`).join(' <-> ')})`);
    parts.push(`(${options.join(' | ')})`);
  }
  return parts.length ? parts.join(' & ') : null;
}

const W = FIELD_WEIGHTS;

export const sqliteFullText: FullTextIndex = {
  async create(db) {
    await sql`create virtual table search_fts using fts5(title, summary, body, names, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  },
  async write(db, entries) {
    for (let i = 0; i < entries.length; i += 200) {
      const chunk = entries.slice(i, i + 200);
      const values = sql.join(chunk.map((e) => sql`(${e.id}, ${e.text.title}, ${e.text.summary}, ${e.text.body}, ${e.text.names})`));
      await sql`insert into search_fts (rowid, title, summary, body, names) values ${values}`.execute(db);
    }
  },
  async remove(db, ids) {
    for (let i = 0; i < ids.length; i += 500) {
      await sql`delete from search_fts where rowid in (${sql.join(ids.slice(i, i + 500))})`.execute(db);
    }
  },
  async clear(db) {
    await sql`delete from search_fts`.execute(db);
  },
  async matches(db, clauses, { now, preferLocale }) {
    const expression = fts5Expression(clauses);
    if (!expression) return [];
    // One row per language version (the caller keeps each item's best); grouping here would
    // sort every match once more, which costs SQLite more than the caller's pass.
    const rows = await sql<FullTextMatch>`with m as materialized (
        select rowid as id, -bm25(search_fts, ${sql.lit(W.title * 10)}, ${sql.lit(W.summary * 10)}, ${sql.lit(W.body * 10)}, ${sql.lit(W.names * 10)}) as score
        from search_fts where search_fts match ${expression})
      select ${MATCH_COLUMNS}, m.score + (case when e.locale = ${preferLocale} then 1e-9 else 0 end) as score
      from m cross join search_entry e on e.id = m.id
      where e.public_timestamp <= ${now}`.execute(db);
    return rows.rows;
  },
};

/** The ids in a comma-separated list, ascending (sorted only when SQLite gave them out of order). */
function parseIds(text: string | null): Int32Array {
  if (!text) return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const ids = new Int32Array(count);
  let n = 0;
  let value = 0;
  let sorted = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 44) {
      if (n > 0 && value < ids[n - 1]!) sorted = false;
      ids[n++] = value;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  return sorted ? ids : ids.sort();
}

sqliteFullText.matchingIds = async (db, clauses) => {
  const expression = fts5Expression(clauses);
  if (!expression) return new Int32Array(0);
  // One row with every id: far cheaper than one JS object per match.
  const row = await sql<{ ids: string | null }>`select group_concat(rowid) as ids from search_fts where search_fts match ${expression}`.execute(db);
  return parseIds(row.rows[0]?.ids ?? null);
};

sqliteFullText.scores = async (db, clauses, { fromId, toId, limit }) => {
  const expression = fts5Expression(clauses);
  if (!expression) return [];
  const bm25 = sql`bm25(search_fts, ${sql.lit(W.title * 10)}, ${sql.lit(W.summary * 10)}, ${sql.lit(W.body * 10)}, ${sql.lit(W.names * 10)})`;
  const rows = limit === undefined
    ? await sql<{ id: number; score: number }>`select rowid as id, -${bm25} as score from search_fts
        where search_fts match ${expression} and rowid >= ${fromId} and rowid <= ${toId}`.execute(db)
    : await sql<{ id: number; score: number }>`select rowid as id, -${bm25} as score from search_fts
        where search_fts match ${expression} and rowid >= ${fromId} and rowid <= ${toId} order by score desc limit ${limit}`.execute(db);
  return limit === undefined ? rows.rows.sort((a, b) => b.score - a.score) : rows.rows;
};

export const postgresFullText: FullTextIndex = {
  async create(db) {
    await sql`alter table search_entry add column tsv tsvector`.execute(db);
    await sql`create index search_entry_tsv on search_entry using gin (tsv)`.execute(db);
  },
  async write(db, entries) {
    for (const e of entries) {
      await sql`update search_entry set tsv =
          setweight(to_tsvector('simple', ${e.text.title}), 'A') || setweight(to_tsvector('simple', ${e.text.names}), 'B') ||
          setweight(to_tsvector('simple', ${e.text.summary}), 'C') || setweight(to_tsvector('simple', ${e.text.body}), 'D')
        where id = ${e.id}`.execute(db);
    }
  },
  // The tsvector goes with its row.
  async remove() {},
  async clear() {},
  async matches(db, clauses, { now, preferLocale }) {
    const text = tsqueryText(clauses);
    if (!text) return [];
    const weights = `{${W.body},${W.summary},${W.names},${W.title}}`;
    const rows = await sql<FullTextMatch>`select distinct on (e.document_id) ${MATCH_COLUMNS},
        ts_rank(${weights}::float4[], e.tsv, q.q) + (case when e.locale = ${preferLocale} then 1e-9 else 0 end) as score
      from search_entry e, to_tsquery('simple', ${text}) as q(q)
      where e.tsv @@ q.q and e.public_timestamp <= ${now}::timestamptz
      order by e.document_id, score desc`.execute(db);
    return rows.rows.map((r) => ({ ...r, score: Number(r.score) }));
  },
};

export function fullTextFor(dialect: StoreDialect | DialectKind): FullTextIndex {
  const kind = typeof dialect === 'string' ? dialect : dialect.kind;
  return kind === 'sqlite' ? sqliteFullText : postgresFullText;
}
