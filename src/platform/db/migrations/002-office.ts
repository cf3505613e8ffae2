/** Back office: accounts, sessions, login throttling, audit log, workflow records. */
import type { Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m002Office: Migration = {
  name: '002-office',
  async up(db: Kysely<any>, d: StoreDialect) {
    const { timestamp, flag } = d.types;
    await db.schema.createTable('account')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('totp_secret', 'text')
      .addColumn('totp_enabled', flag, (c) => c.notNull())
      .addColumn('totp_last_step', 'bigint')
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('disabled', flag, (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createTable('account_session')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id').onDelete('cascade'))
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', timestamp, (c) => c.notNull())
      .addColumn('expires_at', timestamp, (c) => c.notNull())
      .addColumn('revoked_at', timestamp)
      .addColumn('revoked_reason', 'text')
      .execute();
    await db.schema.createIndex('account_session_account').on('account_session').column('account_id').execute();
    await db.schema.createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failure_at', timestamp, (c) => c.notNull())
      .addColumn('locked_until', timestamp)
      .execute();
    await db.schema.createTable('audit_event')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('account_id', 'integer', (c) => c.references('account.id').onDelete('set null'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text')
      .addColumn('at', timestamp, (c) => c.notNull())
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .execute();
    await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();
    await db.schema.createTable('office_setting')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('edition_workflow')
      .addColumn('edition_id', 'integer', (c) => c.primaryKey().references('edition.id').onDelete('cascade'))
      .addColumn('created_by', 'integer', (c) => c.references('account.id').onDelete('set null'))
      .addColumn('submitted_by', 'integer', (c) => c.references('account.id').onDelete('set null'))
      .addColumn('scheduled_for', timestamp)
      .addColumn('rejection_note', 'text')
      .execute();
    await db.schema.createTable('force_publication')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('at', timestamp, (c) => c.notNull())
      .addColumn('reviewed_by', 'integer', (c) => c.references('account.id'))
      .addColumn('reviewed_at', timestamp)
      .execute();
    await db.schema.createTable('withdrawal')
      .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id').onDelete('cascade'))
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('explanation', 'text', (c) => c.notNull())
      .addColumn('at', timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('withdrawal_pk', ['document_id', 'locale'])
      .execute();
    await db.schema.createTable('translation_ready')
      .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('ready_at', timestamp, (c) => c.notNull())
      .addColumn('ready_by', 'integer', (c) => c.references('account.id').onDelete('set null'))
      .addPrimaryKeyConstraint('translation_ready_pk', ['edition_id', 'locale'])
      .execute();
    await db.schema.createTable('embargo_link')
      .addColumn('id', 'integer', (c) => d.generatedId(c))
      .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('token_digest', 'text', (c) => c.notNull().unique())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('account.id').onDelete('set null'))
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('expires_at', timestamp, (c) => c.notNull())
      .addColumn('revoked_at', timestamp)
      .execute();
  },
};
