/**
 * The API rate limit's counters in the database, so every instance on one PostgreSQL counts the
 * same requests. One row per key and fixed window, incremented by an atomic upsert.
 * (Numbered 008: 006 and 007 are taken by 006-office-review and 007-search-speed.)
 */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m008RateLimit: Migration = {
  name: '008-rate-limit',
  async up(db: Kysely<any>, d: StoreDialect) {
    const { timestamp } = d.types;
    await db.schema.createTable('rate_limit')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('window_start', timestamp, (c) => c.notNull())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .addColumn('expires_at', timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limit_pk', ['key', 'window_start'])
      .execute();
    await db.schema.createIndex('rate_limit_expires').on('rate_limit').columns(['expires_at']).execute();
  },
};
