/** Legacy import: the sources already imported, so a re-import skips or updates instead of duplicating. */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m004Importing: Migration = {
  name: '004-importing',
  async up(db: Kysely<any>, d: StoreDialect) {
    const { timestamp } = d.types;
    await db.schema.createTable('import_source')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('original_url', 'text')
      .addColumn('source_name', 'text', (c) => c.notNull())
      .addColumn('document_id', 'integer', (c) => c.references('document.id').onDelete('set null'))
      .addColumn('warnings', 'text', (c) => c.notNull())
      .addColumn('imported_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('import_source_original_url').on('import_source').column('original_url').execute();
  },
};
