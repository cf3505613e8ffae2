/**
 * Opens the store named by a DATABASE_URL: `sqlite:PATH` (file, created with its folder),
 * `sqlite::memory:`, or `postgres://...` / `postgresql://...`.
 */
import { mkdirSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { DB } from './schema.ts';
import { postgresDialect, sqliteDialect, type StoreDialect } from './dialect.ts';

export interface Store {
  readonly db: Kysely<DB>;
  readonly dialect: StoreDialect;
  /** The URL with any password masked — safe for logs. */
  readonly description: string;
  /** Messages between app instances sharing this database (PostgreSQL LISTEN/NOTIFY); absent on SQLite. */
  readonly notifications?: Notifications;
  close(): Promise<void>;
}

export interface Notifications {
  /** Sends `payload` (≤ 7 KB) to every listener of `channel`, this process included. */
  notify(channel: string, payload: string): Promise<void>;
  /**
   * Listens on `channel` over a dedicated connection that reconnects by itself; `onReconnect` is
   * called after a reconnection, when messages may have been missed. Resolves once listening.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
}

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new AppError('config.invalid', `DATABASE_URL "${url}" names no file: use sqlite:./data/communique.db`, { where: 'DATABASE_URL' });
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new AppError('config.invalid', `DATABASE_URL must start with sqlite: or postgres:// (got "${maskUrl(url)}")`, { where: 'DATABASE_URL' });
}

export function maskUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

// PostgreSQL values are read back in the conventions of schema.ts.
const PG_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case 1082: // date
        return (v: string) => v;
      case 1114: // timestamp without time zone (treated as UTC)
        return (v: string) => new Date(v.replace(' ', 'T') + 'Z').toISOString();
      case 1184: // timestamptz
        return (v: string) => new Date(v).toISOString();
      case 16: // boolean → 0/1
        return (v: string) => (v === 't' ? 1 : 0);
      case 20: // int8 (count(*)) → number; our counts stay far below 2^53
        return (v: string) => Number(v);
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
};

export async function openStore(url: string): Promise<Store> {
  const target = parseDatabaseUrl(url);
  return target.kind === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url);
}

function openSqlite(path: string): Store {
  let database: Database.Database;
  try {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true });
      accessSync(dirname(path), constants.W_OK);
    }
    database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AppError('db.unwritable', `cannot open SQLite database at ${path}: ${reason}`, { where: 'DATABASE_URL', cause });
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: sqliteDialect,
    description: `sqlite:${path}`,
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, types: PG_TYPES, connectionTimeoutMillis: 5000, max: 10 });
  // A client that loses its server must not crash the process: idle clients report on the pool,
  // checked-out ones on themselves (their query in flight still fails and is answered with a 503).
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (cause) {
    await db.destroy().catch(() => {});
    const reason = cause instanceof Error && cause.message ? cause.message : String((cause as { code?: string })?.code ?? cause);
    throw new AppError('db.unreachable', `cannot connect to PostgreSQL at ${maskUrl(url)}: ${reason}`, { where: 'DATABASE_URL', cause });
  }
  return { db, dialect: postgresDialect, description: maskUrl(url), notifications: postgresNotifications(url, db), close: () => db.destroy() };
}

function postgresNotifications(url: string, db: Kysely<DB>): Notifications {
  return {
    async notify(channel, payload) {
      await sql`select pg_notify(${channel}, ${payload})`.execute(db);
    },
    async listen(channel, onMessage, onReconnect) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new AppError('input.invalid', `notification channel "${channel}" must be a lowercase identifier`);
      let client: pg.Client | null = null;
      let closed = false;
      let retry: NodeJS.Timeout | undefined;
      let delay = 250;
      const connect = async (reconnecting: boolean): Promise<void> => {
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
        c.on('notification', (n) => { if (n.channel === channel && n.payload !== undefined) onMessage(n.payload); });
        const lost = () => {
          if (client !== c || closed) return;
          client = null;
          c.end().catch(() => {});
          schedule();
        };
        c.on('error', lost);
        c.on('end', lost);
        await c.connect();
        await c.query(`listen ${channel}`);
        client = c;
        delay = 250;
        if (reconnecting) onReconnect?.();
      };
      const schedule = () => {
        if (closed) return;
        retry = setTimeout(() => {
          connect(true).catch(() => {
            delay = Math.min(delay * 2, 10_000);
            schedule();
          });
        }, delay);
        retry.unref();
      };
      await connect(false);
      return async () => {
        closed = true;
        clearTimeout(retry);
        const c = client;
        client = null;
        await c?.end().catch(() => {});
      };
    },
  };
}
