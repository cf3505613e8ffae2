/** `communique backup FILE`, `communique restore FILE`, `communique migrate-data --from URL --to URL`. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openStore, type Store } from '../../platform/db/connect.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { exportSite, importSite, readBackup, writeBackup } from '../../platform/db/transfer.ts';
import { AppError } from '../../platform/errors.ts';
import { withStore } from '../support.ts';

async function withStoreAt<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    await migrate(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('backup')
    .description('write the whole site (content, directory, accounts; not the search index) to FILE (gzip JSON lines)')
    .argument('<file>', 'backup file to create; an existing file is never overwritten')
    .action(async (file: string) => {
      if (existsSync(file)) throw new AppError('input.invalid', `${file} already exists; choose a new file name`, { where: file });
      await withStore(async (store) => {
        const result = await writeBackup(store, file);
        process.stdout.write(`backed up ${result.rows} rows from ${result.tables} tables to ${file}\n`);
      });
    });

  program
    .command('restore')
    .description('restore a backup into the database of DATABASE_URL (which must be empty, unless --replace)')
    .argument('<file>', 'backup file written by `communique backup`')
    .option('--replace', 'delete what the database holds first (in the same transaction)')
    .action(async (file: string, options: { replace?: boolean }) => {
      if (!existsSync(file)) throw new AppError('input.invalid', `${file} does not exist`, { where: file });
      await withStore(async (store) => {
        const result = await importSite(store, readBackup(file), { replace: options.replace === true });
        process.stdout.write(`restored ${result.rows} rows into ${result.tables} tables from ${file}\n`);
      });
    });

  program
    .command('migrate-data')
    .description('copy a whole site from one database to another, e.g. SQLite to PostgreSQL')
    .requiredOption('--from <url>', 'source DATABASE_URL (sqlite:FILE or postgres://…)')
    .requiredOption('--to <url>', 'target DATABASE_URL; must be empty unless --replace')
    .option('--replace', 'delete what the target holds first (in the same transaction)')
    .action(async (options: { from: string; to: string; replace?: boolean }) => {
      await withStoreAt(options.from, (source) => withStoreAt(options.to, async (target) => {
        const result = await importSite(target, exportSite(source), { replace: options.replace === true });
        process.stdout.write(`copied ${result.rows} rows in ${result.tables} tables from ${source.description} to ${target.description}\n`);
      }));
    });
}
