/** A seeded press center for HTTP and browser tests. */
import { createDatabase, type TestDatabase } from './databases.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp, type App } from '../../src/platform/http/server.ts';
import type { Store } from '../../src/platform/db/connect.ts';

export interface TestSite {
  app: App;
  store: Store;
  config: Config;
  close(): Promise<void>;
}

export async function startTestSite(kind: 'sqlite' | 'postgres' = 'sqlite', env: NodeJS.ProcessEnv = {}): Promise<TestSite> {
  const database: TestDatabase = await createDatabase(kind);
  const store = await database.open();
  await migrate(store);
  await seedDemo(store);
  const config = loadConfig({ DATABASE_URL: database.url, PUBLIC_ORIGIN: 'http://press.test', ...env });
  const app = await buildApp({ store, config });
  return {
    app, store, config,
    async close() {
      await app.fastify.close();
      await store.close();
      await database.drop();
    },
  };
}
