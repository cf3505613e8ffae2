/**
 * Copying a whole site between stores — backup to a file, restore from it, or straight from one
 * database to another (SQLite ⇄ PostgreSQL). The tables come from the databases themselves
 * (introspect.ts), so tables added by later migrations are copied too. Derived data (the search
 * index) is not copied: it is rebuilt from the content.
 *
 * The stream is a sequence of records: a header, then for each table its columns and its rows in
 * batches, then an end record with counts. On disk: gzip-compressed JSON lines.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { sql, type Kysely } from 'kysely';
import type { Store } from './connect.ts';
import { appliedMigrations } from './migrate.ts';
import { AppError } from '../errors.ts';
import { deferForeignKeys, dependencyOrder, listTables, resetIdentity, type TableInfo } from './introspect.ts';

export const BACKUP_FORMAT = 'communique-backup';
export const BACKUP_VERSION = 1;

/** Tables that hold data derived from the content, rebuilt rather than copied. */
export function isDerivedTable(name: string): boolean {
  return name === 'schema_migration' || name.startsWith('search_');
}

export type TransferRecord =
  | { kind: 'header'; format: typeof BACKUP_FORMAT; version: number; dialect: string; createdAt: string; migrations: string[] }
  | { kind: 'table'; name: string; columns: string[] }
  | { kind: 'rows'; table: string; rows: unknown[][] }
  | { kind: 'end'; tables: number; rows: number };

type AnyDb = Kysely<any>;
const BATCH = 500;

async function contentTables(store: Store): Promise<TableInfo[]> {
  return dependencyOrder((await listTables(store)).filter((t) => !isDerivedTable(t.name)));
}

function orderColumns(table: TableInfo): string[] {
  return table.primaryKey.length > 0 ? table.primaryKey : table.columns;
}

/** Reads every content table of `store`, in dependency order. */
export async function* exportSite(store: Store): AsyncGenerator<TransferRecord> {
  const db = store.db as unknown as AnyDb;
  yield {
    kind: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, dialect: store.dialect.kind,
    createdAt: new Date().toISOString(), migrations: await appliedMigrations(store),
  };
  let tables = 0;
  let total = 0;
  for (const table of await contentTables(store)) {
    tables++;
    yield { kind: 'table', name: table.name, columns: table.columns };
    for (let offset = 0; ; offset += BATCH) {
      let query = db.selectFrom(table.name).select(table.columns.map((c) => sql.ref(c).as(c)));
      for (const c of orderColumns(table)) query = query.orderBy(sql.ref(c));
      const rows = await query.limit(BATCH).offset(offset).execute();
      if (rows.length === 0) break;
      total += rows.length;
      yield { kind: 'rows', table: table.name, rows: rows.map((r) => table.columns.map((c) => (r as Record<string, unknown>)[c] ?? null)) };
      if (rows.length < BATCH) break;
    }
  }
  yield { kind: 'end', tables, rows: total };
}

export interface ImportOptions {
  /** Delete what the target holds first (in the same transaction). Otherwise the target must be empty. */
  replace?: boolean;
}

/**
 * Writes a site read by exportSite (or from a backup file) into `store`, which must be migrated
 * at least as far as the source. All in one transaction: on any error nothing changes.
 */
export async function importSite(store: Store, records: AsyncIterable<TransferRecord>, options: ImportOptions = {}): Promise<{ tables: number; rows: number }> {
  const targetTables = await contentTables(store);
  const byName = new Map(targetTables.map((t) => [t.name, t]));
  const applied = new Set(await appliedMigrations(store));
  return store.db.transaction().execute(async (trxTyped) => {
    const trx = trxTyped as unknown as AnyDb;
    await deferForeignKeys(store, trx);
    let header = false;
    let current: { table: TableInfo; columns: string[] } | null = null;
    const pendingSelfRefs: { table: TableInfo; updates: { key: Record<string, unknown>; values: Record<string, unknown> }[] }[] = [];
    let rowsWritten = 0;
    let tablesWritten = 0;

    for await (const record of records) {
      if (!header) {
        if (record.kind !== 'header' || record.format !== BACKUP_FORMAT) throw new AppError('input.invalid', 'this is not a Communiqué backup (its first record is not a backup header)', { where: 'backup' });
        if (record.version > BACKUP_VERSION) throw new AppError('input.invalid', `the backup has format version ${record.version}; this version of Communiqué reads up to ${BACKUP_VERSION}`, { where: 'backup' });
        const unknown = record.migrations.filter((m) => !applied.has(m));
        if (unknown.length > 0) throw new AppError('input.invalid', `the backup comes from a newer schema (migrations ${unknown.join(', ')} are unknown here); upgrade Communiqué first`, { where: 'backup' });
        header = true;
        if (options.replace) {
          for (const t of [...targetTables].reverse()) await trx.deleteFrom(t.name).execute();
        } else {
          for (const t of targetTables) {
            const row = await trx.selectFrom(t.name).select(sql<number>`1`.as('x')).limit(1).executeTakeFirst();
            if (row) throw new AppError('conflict', `the target database already holds data (table ${t.name} is not empty); restore into an empty database or use --replace`, { where: t.name });
          }
        }
        continue;
      }
      if (record.kind === 'table') {
        const table = byName.get(record.name);
        if (!table) throw new AppError('input.invalid', `the backup has a table "${record.name}" that this database does not have`, { where: record.name });
        const missing = record.columns.filter((c) => !table.columns.includes(c));
        if (missing.length > 0) throw new AppError('input.invalid', `table ${record.name}: the backup has columns this database does not have: ${missing.join(', ')}`, { where: record.name });
        current = { table, columns: record.columns };
        tablesWritten++;
        continue;
      }
      if (record.kind === 'rows') {
        if (!current || current.table.name !== record.table) throw new AppError('input.invalid', `rows for table ${record.table} come before its columns`, { where: record.table });
        const { table, columns } = current;
        const objects = record.rows.map((row, i) => {
          if (!Array.isArray(row) || row.length !== columns.length) throw new AppError('input.invalid', `table ${table.name}: row ${rowsWritten + i + 1} has ${Array.isArray(row) ? row.length : 0} values for ${columns.length} columns`, { where: table.name });
          return Object.fromEntries(columns.map((c, j) => [c, row[j]]));
        });
        // Rows that point at rows of the same table are linked after all of them exist.
        if (table.selfReferences.length > 0) {
          let entry = pendingSelfRefs.find((p) => p.table === table);
          if (!entry) pendingSelfRefs.push((entry = { table, updates: [] }));
          for (const o of objects) {
            const values: Record<string, unknown> = {};
            for (const ref of table.selfReferences) {
              if (o[ref.column] !== null && o[ref.column] !== undefined) {
                values[ref.column] = o[ref.column];
                o[ref.column] = null;
              }
            }
            if (Object.keys(values).length > 0) entry.updates.push({ key: Object.fromEntries(table.primaryKey.map((k) => [k, o[k]])), values });
          }
        }
        const perStatement = Math.max(1, Math.floor(30000 / Math.max(1, columns.length)));
        for (let i = 0; i < objects.length; i += perStatement) {
          await trx.insertInto(table.name).values(objects.slice(i, i + perStatement)).execute();
        }
        rowsWritten += objects.length;
        continue;
      }
      if (record.kind === 'end') {
        if (record.rows !== rowsWritten) throw new AppError('input.invalid', `the backup is incomplete: it announces ${record.rows} rows but holds ${rowsWritten}`, { where: 'backup' });
        for (const { table, updates } of pendingSelfRefs) {
          for (const u of updates) {
            let q = trx.updateTable(table.name).set(u.values);
            for (const [k, v] of Object.entries(u.key)) q = q.where(k, '=', v);
            await q.execute();
          }
        }
        for (const t of targetTables) await resetIdentity(store, trx, t);
        return { tables: tablesWritten, rows: rowsWritten };
      }
    }
    throw new AppError('input.invalid', header ? 'the backup is truncated (it has no end record)' : 'the backup is empty', { where: 'backup' });
  });
}

/** Writes a backup file (gzip JSON lines). */
export async function writeBackup(store: Store, file: string): Promise<{ tables: number; rows: number }> {
  const gzip = createGzip();
  const out = createWriteStream(file, { flags: 'wx' });
  gzip.pipe(out);
  let end: { tables: number; rows: number } = { tables: 0, rows: 0 };
  try {
    for await (const record of exportSite(store)) {
      if (record.kind === 'end') end = { tables: record.tables, rows: record.rows };
      if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, 'drain');
    }
  } finally {
    gzip.end();
    await finished(out);
  }
  return end;
}

/** Reads a backup file record by record. */
export async function* readBackup(file: string): AsyncGenerator<TransferRecord> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let record: TransferRecord;
      try {
        record = JSON.parse(line) as TransferRecord;
      } catch {
        throw new AppError('input.invalid', `${file}: line ${n} is not valid JSON`, { where: file });
      }
      yield record;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('input.invalid', `${file} cannot be read as a Communiqué backup: ${(error as Error).message}`, { where: file, cause: error });
  }
}

/**
 * A digest of every content table — row count and a hash over its rows — to compare two sites.
 * Rows are hashed one by one (by column name) and the row hashes sorted, so neither column order
 * nor the databases' collations matter.
 */
export async function siteDigest(store: Store): Promise<Record<string, { rows: number; sha256: string }>> {
  const rowHashes = new Map<string, string[]>();
  let columns: string[] = [];
  let table = '';
  for await (const record of exportSite(store)) {
    if (record.kind === 'table') {
      table = record.name;
      columns = record.columns;
      rowHashes.set(table, []);
    } else if (record.kind === 'rows') {
      const list = rowHashes.get(table)!;
      for (const row of record.rows) {
        const named = columns.map((c, i) => [c, row[i]] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        list.push(createHash('sha256').update(JSON.stringify(named)).digest('hex'));
      }
    }
  }
  const digest: Record<string, { rows: number; sha256: string }> = {};
  for (const [name, hashes] of rowHashes) {
    digest[name] = { rows: hashes.length, sha256: createHash('sha256').update(hashes.sort().join('\n')).digest('hex') };
  }
  return digest;
}
