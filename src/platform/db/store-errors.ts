/**
 * What a database error means for the reader, whichever database raised it: the store cannot be
 * reached (try again soon), or it cannot take writes (full disk, read-only) while reads go on.
 */
export type StoreTrouble = 'unavailable' | 'unwritable';

const UNAVAILABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', // PostgreSQL: shutdown, connection failures
  'SQLITE_BUSY', 'SQLITE_CANTOPEN', 'SQLITE_LOCKED',
]);
const UNWRITABLE = new Set([
  '53100', // PostgreSQL disk_full
  '25006', // PostgreSQL read_only_sql_transaction
  'SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR',
]);

function code(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function classifyStoreError(error: unknown): StoreTrouble | null {
  const c = code(error);
  if (UNWRITABLE.has(c) || c.startsWith('SQLITE_READONLY') || c.startsWith('SQLITE_IOERR')) return 'unwritable';
  if (UNAVAILABLE.has(c) || c.startsWith('SQLITE_BUSY')) return 'unavailable';
  if (error instanceof Error && /Connection terminated|timeout exceeded when trying to connect/i.test(error.message)) return 'unavailable';
  return null;
}

/** A sentence for the CLI and logs. */
export function describeStoreTrouble(trouble: StoreTrouble, error: unknown): string {
  const c = code(error);
  if (trouble === 'unavailable') return `the database cannot be reached right now (${c || 'connection lost'})`;
  if (c === 'SQLITE_FULL' || c === '53100') return 'the database is full (no space left on its disk): the change was not saved';
  if (c.startsWith('SQLITE_READONLY') || c === '25006') return 'the database is read-only: the change was not saved';
  return `the database could not be written (${c}): the change was not saved`;
}
