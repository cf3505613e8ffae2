/**
 * Everything that differs between SQLite and PostgreSQL lives behind this interface:
 * DDL column types, how ids are generated, how constraint violations are recognised,
 * and how a migration run is serialised between several app instances.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

export type DialectKind = 'sqlite' | 'postgres';

export interface StoreDialect {
  readonly kind: DialectKind;
  /** DDL type names for the column conventions of schema.ts. */
  readonly types: { date: 'text' | 'date'; timestamp: 'text' | 'timestamptz'; flag: 'integer' | 'boolean' };
  /** Column modifier for a database-generated integer primary key. */
  generatedId(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** True when `error` is a UNIQUE / PRIMARY KEY violation. */
  isUniqueViolation(error: unknown): boolean;
  /** True when `error` is a FOREIGN KEY violation. */
  isForeignKeyViolation(error: unknown): boolean;
  /** Serialise migrations between app instances (inside the migration transaction). */
  lockForMigration(db: Kysely<any>): Promise<void>;
}

function code(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export const sqliteDialect: StoreDialect = {
  kind: 'sqlite',
  types: { date: 'text', timestamp: 'text', flag: 'integer' },
  generatedId: (col) => col.primaryKey().autoIncrement(),
  isUniqueViolation: (e) => code(e) === 'SQLITE_CONSTRAINT_UNIQUE' || code(e) === 'SQLITE_CONSTRAINT_PRIMARYKEY',
  isForeignKeyViolation: (e) => code(e) === 'SQLITE_CONSTRAINT_FOREIGNKEY',
  // A write transaction on SQLite already excludes every other writer (BEGIN IMMEDIATE is taken by the first write).
  lockForMigration: async () => {},
};

/** Arbitrary constant key for pg_advisory_xact_lock: "communique migrations". */
const MIGRATION_LOCK_KEY = 727_011_2002;

export const postgresDialect: StoreDialect = {
  kind: 'postgres',
  types: { date: 'date', timestamp: 'timestamptz', flag: 'boolean' },
  generatedId: (col) => col.primaryKey().generatedByDefaultAsIdentity(),
  isUniqueViolation: (e) => code(e) === '23505',
  isForeignKeyViolation: (e) => code(e) === '23503',
  lockForMigration: async (db) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(db);
  },
};
