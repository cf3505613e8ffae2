/** Shared pieces of CLI commands. */
import { loadConfig } from '../platform/config.ts';
import { openStore, type Store } from '../platform/db/connect.ts';
import { migrate } from '../platform/db/migrate.ts';

/** Opens the configured store (migrated), runs `fn`, closes the store. */
export async function withStore<T>(fn: (store: Store) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const store = await openStore(config.databaseUrl);
  try {
    if (options.migrate !== false) await migrate(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}
