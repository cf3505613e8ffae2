/** Webhooks: configured receivers, the delivery queue, and the log of attempts. */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m005Webhooks: Migration = {
  name: '005-webhooks',
  async up(db: Kysely<any>, d: StoreDialect) {
    const { timestamp, flag } = d.types;
    await db.schema.createTable('webhook')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('events', 'text', (c) => c.notNull())
      .addColumn('active', flag, (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createTable('webhook_delivery')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('webhook_id', 'integer', (c) => c.notNull().references('webhook.id').onDelete('cascade'))
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', timestamp)
      .addColumn('last_status_code', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('delivered_at', timestamp)
      .execute();
    await db.schema.createTable('webhook_attempt')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('delivery_id', 'integer', (c) => c.notNull().references('webhook_delivery.id').onDelete('cascade'))
      .addColumn('attempted_at', timestamp, (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('error', 'text')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('webhook_delivery_due').on('webhook_delivery').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('webhook_attempt_delivery').on('webhook_attempt').columns(['delivery_id']).execute();
  },
};
