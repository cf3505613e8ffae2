/**
 * Versioned migrations, each applied in its own transaction together with its record in
 * `schema_migration`, so a failed migration leaves the database exactly as it was.
 * (Kysely's Migrator runs SQLite migrations outside any transaction — see docs/architecture.md.)
 */
import { sql, type Kysely } from 'kysely';
import { AppError } from '../errors.ts';
import type { Store } from './connect.ts';
import type { StoreDialect } from './dialect.ts';
import { migrations as builtIn } from './migrations/index.ts';

export interface Migration {
  readonly name: string;
  up(db: Kysely<any>, dialect: StoreDialect): Promise<void>;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(store: Store, migrations: readonly Migration[] = builtIn): Promise<MigrationResult> {
  const names = migrations.map((m) => m.name);
  if (new Set(names).size !== names.length) throw new AppError('db.migration_failed', 'two migrations share a name');
  const db = store.db as unknown as Kysely<any>;
  await db.schema
    .createTable('schema_migration')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      await store.dialect.lockForMigration(trx);
      const existing = await trx.selectFrom('schema_migration').select('name').where('name', '=', migration.name).executeTakeFirst();
      if (existing) return false;
      try {
        await migration.up(trx, store.dialect);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new AppError('db.migration_failed', `migration ${migration.name} failed and was rolled back: ${reason}`, { cause });
      }
      await trx.insertInto('schema_migration').values({ name: migration.name, applied_at: new Date().toISOString() }).execute();
      return true;
    });
    if (done) applied.push(migration.name);
    else alreadyApplied++;
  }
  return { applied, alreadyApplied };
}

/** Names of the migrations recorded in the database, in order. */
export async function appliedMigrations(store: Store): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from schema_migration order by name`.execute(store.db);
  return rows.rows.map((r) => r.name);
}
