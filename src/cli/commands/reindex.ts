import type { Command } from 'commander';
import { loadConfig } from '../../platform/config.ts';
import { searchIndexRebuilder } from '../../search/indexer.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the search index from the published items')
    .action(async () => {
      const { siteTimeZone } = loadConfig();
      await withStore(async (store) => {
        const started = Date.now();
        const result = await searchIndexRebuilder(store.db, store.dialect, {
          timeZone: siteTimeZone,
          onProgress: (done, total) => {
            if (process.stderr.isTTY) process.stderr.write(`\rindexed ${done} of ${total} items`);
          },
        });
        if (process.stderr.isTTY && result.documents > 0) process.stderr.write('\n');
        process.stdout.write(`search index rebuilt: ${result.documents} items, ${result.entries} language versions, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      });
    });
}
