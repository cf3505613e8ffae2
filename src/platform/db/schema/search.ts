/** Tables for the search index. Conventions as in ../schema.ts. */
import type { Generated } from 'kysely';

/**
 * One published language version of an item, as the search index sees it. The full-text part
 * lives beside it, per database (see ../fulltext.ts): an FTS5 table `search_fts` whose rowid is
 * `id` on SQLite, a `tsv` tsvector column with a GIN index on PostgreSQL.
 */
export interface SearchEntryTable {
  id: Generated<number>;
  document_id: number;
  locale: string;
  edition_id: number;
  section_id: number;
  type: string;
  /** Year of publication in the site's time zone. */
  year: number;
  public_timestamp: string;
  /** Comma-separated ids of linked bodies, codes of member states, ids of people (for filters). */
  facet_bodies: string;
  facet_states: string;
  facet_people: string;
  indexed_at: string;
}

/**
 * The texts of an entry, for showing results (titles, snippets). Kept apart from the narrow
 * `search_entry`, which a search reads for every match: narrow rows stay in few pages.
 */
export interface SearchEntryTextTable {
  entry_id: number;
  title: string;
  summary: string;
  /** Plain text of the body. */
  body_text: string;
}

/** One row (id 1): bumped by every write to the index (migration 007-search-speed). */
export interface SearchIndexStateTable {
  id: number;
  generation: number;
}

export interface SearchTables {
  search_entry: SearchEntryTable;
  search_entry_text: SearchEntryTextTable;
  search_index_state: SearchIndexStateTable;
}
