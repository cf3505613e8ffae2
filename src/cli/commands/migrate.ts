import type { Command } from 'commander';
import { migrate } from '../../platform/db/migrate.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await withStore(async (store) => {
        const result = await migrate(store);
        process.stdout.write(result.applied.length > 0
          ? `applied ${result.applied.length} migration(s): ${result.applied.join(', ')}\n`
          : `database is up to date (${result.alreadyApplied} migration(s) applied earlier)\n`);
      }, { migrate: false });
    });
}
