/** Back office, second part: overrides of editorial checks (for retrospective review) and unpublished items (410 or a replacement). */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m006OfficeReview: Migration = {
  name: '006-office-review',
  async up(db: Kysely<any>, d: StoreDialect) {
    const { timestamp } = d.types;
    await db.schema.createTable('check_override')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('findings', 'text', (c) => c.notNull())
      .addColumn('at', timestamp, (c) => c.notNull())
      .addColumn('reviewed_by', 'integer', (c) => c.references('account.id'))
      .addColumn('reviewed_at', timestamp)
      .execute();
    await db.schema.createIndex('check_override_edition').on('check_override').column('edition_id').execute();
    await db.schema.createTable('unpublication')
      .addColumn('document_id', 'integer', (c) => c.primaryKey().references('document.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('replacement_document_id', 'integer', (c) => c.references('document.id').onDelete('set null'))
      .addColumn('reason', 'text')
      .addColumn('account_id', 'integer', (c) => c.references('account.id').onDelete('set null'))
      .addColumn('at', timestamp, (c) => c.notNull())
      .execute();
  },
};
