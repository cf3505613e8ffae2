/** `communique export-static DIR`: the public site as files for a plain web server or a CDN. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { loadConfig } from '../../platform/config.ts';
import { buildApp } from '../../platform/http/server.ts';
import { AppError } from '../../platform/errors.ts';
import { exportStatic } from '../../site/static-export.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  program
    .command('export-static')
    .description('write the whole public site (all locales: pages, feeds, sitemaps, assets) to DIR; a re-run rewrites only what changed')
    .argument('<dir>', 'folder to write to (created if needed)')
    .action(async (dir: string) => {
      const config = loadConfig();
      await withStore(async (store) => {
        const { fastify } = await buildApp({ store, config });
        try {
          const result = await exportStatic(fastify, { dir: resolve(dir), locales: config.locales, origin: config.publicOrigin });
          process.stdout.write(`exported ${result.pages} files to ${dir}: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed\n`);
          if (result.failures.length > 0) {
            throw new AppError('internal', `${result.failures.length} linked address(es) did not answer 200, e.g. ${result.failures.slice(0, 5).map((f) => `${f.path} (${f.status})`).join(', ')}`);
          }
        } finally {
          await fastify.close();
        }
      });
    });
}
