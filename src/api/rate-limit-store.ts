/**
 * A store for @fastify/rate-limit that counts in the database, so several app instances on one
 * PostgreSQL share one limit per client. Fixed windows: each request upserts the row of
 * (key, start of the current window) and reads back its count in the same statement, so two
 * instances counting at once never lose a hit. Rows of past windows are swept now and then.
 *
 * On SQLite there is one instance, and the plugin's in-memory store is used instead.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** How often, at most, rows of ended windows are deleted. */
const SWEEP_EVERY_MS = 60_000;

/** The start of the fixed window `now` falls in, and its end (ms since the epoch). */
export function windowOf(now: number, timeWindow: number): { start: number; end: number } {
  const start = Math.floor(now / timeWindow) * timeWindow;
  return { start, end: start + timeWindow };
}

export interface DatabaseRateLimitStore {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void;
  read(key: string, callback: Callback, timeWindow: number, max?: number): void;
  child(routeOptions: object): DatabaseRateLimitStore;
}

/**
 * The store class to give @fastify/rate-limit as `store` (it calls `new Store(options)`).
 * `now` is the clock (tests set it).
 */
export function databaseRateLimitStore(db: Kysely<DB>, now: () => number = Date.now): new (options?: unknown) => DatabaseRateLimitStore {
  let lastSweep = 0;
  function sweep(at: number): void {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    // Any instance may sweep; deleting ended windows twice is harmless.
    void db.deleteFrom('rate_limit').where('expires_at', '<', new Date(at).toISOString()).execute().catch(() => {});
  }

  async function hit(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    const at = now();
    const { start, end } = windowOf(at, timeWindow);
    const row = await db.insertInto('rate_limit')
      .values({ key, window_start: new Date(start).toISOString(), hits: 1, expires_at: new Date(end).toISOString() })
      .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limit.hits', '+', 1) })))
      .returning('hits')
      .executeTakeFirstOrThrow();
    sweep(at);
    return { current: Number(row.hits), ttl: end - at };
  }

  async function peek(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    const at = now();
    const { start, end } = windowOf(at, timeWindow);
    const row = await db.selectFrom('rate_limit').select('hits')
      .where('key', '=', key).where('window_start', '=', new Date(start).toISOString()).executeTakeFirst();
    return row ? { current: Number(row.hits), ttl: end - at } : { current: 0, ttl: 0 };
  }

  class Store implements DatabaseRateLimitStore {
    readonly #prefix: string;
    constructor(_options?: unknown, prefix = '') {
      this.#prefix = prefix;
    }
    incr(key: string, callback: Callback, timeWindow: number): void {
      hit(this.#prefix + key, timeWindow).then((r) => callback(null, r), (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }
    read(key: string, callback: Callback, timeWindow: number): void {
      peek(this.#prefix + key, timeWindow).then((r) => callback(null, r), (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }
    /** A route with its own limit counts apart from the others. */
    child(routeOptions: object): DatabaseRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      const method = Array.isArray(route?.method) ? route.method.join(',') : route?.method ?? '';
      return new Store(undefined, `${this.#prefix}${method} ${route?.url ?? ''}|`);
    }
  }
  return Store;
}
