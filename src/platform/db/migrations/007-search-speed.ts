/**
 * Search speed: a generation counter of the search index. Every write to the index bumps it in
 * the same transaction, so a process that keeps the index's filter keys in memory (the SQLite
 * search, see src/search/snapshot.ts) learns with one point read whether its copy is current.
 * (Numbered 007: 006 is taken by 006-office-review.)
 */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m007SearchSpeed: Migration = {
  name: '007-search-speed',
  async up(db: Kysely<any>, _d: StoreDialect) {
    await db.schema.createTable('search_index_state')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('generation', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('search_index_state').values({ id: 1, generation: 0 }).execute();
  },
};
