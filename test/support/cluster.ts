/**
 * Two app instances on one fresh, seeded database (PostgreSQL unless told otherwise; on SQLite
 * both open the same file), and a bounded wait for what they tell each other.
 */
import assert from 'node:assert/strict';
import type { FastifyBaseLogger } from 'fastify';
import { createDatabase, type TestDatabase } from './databases.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp, type App } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';

export interface TwoInstances {
  a: App;
  b: App;
  /** The stores of a and b, in that order. */
  stores: [Store, Store];
  close(): Promise<void>;
}

export interface TwoInstancesOptions {
  kind?: 'sqlite' | 'postgres';
  /** Environment of both instances, over DATABASE_URL and PUBLIC_ORIGIN (e.g. REDIS_URL). */
  env?: NodeJS.ProcessEnv;
  /** Logger of both instances, each logging through a child with `instance: 'a'` or `'b'`; none = silent. */
  logger?: FastifyBaseLogger;
}

export async function startTwoInstances(options: TwoInstancesOptions = {}): Promise<TwoInstances> {
  const database: TestDatabase = await createDatabase(options.kind ?? 'postgres');
  const config = loadConfig({ DATABASE_URL: database.url, PUBLIC_ORIGIN: 'http://press.test', ...options.env });
  const stores: [Store, Store] = [await database.open(), await database.open()];
  await migrate(stores[0]);
  await seedDemo(stores[0]);
  const logger = (instance: 'a' | 'b') => (options.logger ? { logger: options.logger.child({ instance }) } : {});
  const a = await buildApp({ store: stores[0], config, ...logger('a') });
  const b = await buildApp({ store: stores[1], config, ...logger('b') });
  return {
    a, b, stores,
    async close() {
      await a.fastify.close();
      await b.fastify.close();
      for (const s of stores) await s.close();
      await database.drop();
    },
  };
}

/** Polls `check` every 50 ms until it holds; fails naming `what` after `attempts` tries. */
export async function until(what: string, check: () => boolean | Promise<boolean>, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`gave up waiting: ${what}`);
}
