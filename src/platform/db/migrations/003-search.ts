/** The search index: one entry per published language version of an item, and its full-text part. */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';
import { fullTextFor } from '../fulltext.ts';

export const m003Search: Migration = {
  name: '003-search',
  async up(db: Kysely<any>, d: StoreDialect) {
    await db.schema.createTable('search_entry')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id').onDelete('cascade'))
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('edition_id', 'integer', (c) => c.notNull())
      .addColumn('section_id', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('public_timestamp', d.types.timestamp, (c) => c.notNull())
      .addColumn('facet_bodies', 'text', (c) => c.notNull())
      .addColumn('facet_states', 'text', (c) => c.notNull())
      .addColumn('facet_people', 'text', (c) => c.notNull())
      .addColumn('indexed_at', d.types.timestamp, (c) => c.notNull())
      .addUniqueConstraint('search_entry_document_locale', ['document_id', 'locale'])
      .execute();
    // Texts apart: a search reads `search_entry` for every match, so its rows are kept narrow.
    await db.schema.createTable('search_entry_text')
      .addColumn('entry_id', 'integer', (c) => c.primaryKey().references('search_entry.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('body_text', 'text', (c) => c.notNull())
      .execute();
    await fullTextFor(d).create(db);
  },
};
