/** Tables for legacy archive import. Conventions as in ../schema.ts. */
import type { Generated } from 'kysely';

/** One imported legacy source: recognised again by its content hash or its original address. */
export interface ImportSourceTable {
  id: Generated<number>;
  /** SHA-256 of the source's bytes, hex. */
  content_hash: string;
  /** The page's original address (canonical link, og:url or first line), if known. */
  original_url: string | null;
  /** The file name it was imported from. */
  source_name: string;
  document_id: number | null;
  /** JSON text: the extraction's warnings. */
  warnings: string;
  imported_at: string;
  updated_at: string;
}

export interface ImportingTables {
  import_source: ImportSourceTable;
}
