import type { Command } from 'commander';
import { pino } from 'pino';
import { loadConfig } from '../../platform/config.ts';
import { openStore } from '../../platform/db/connect.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { buildApp } from '../../platform/http/server.ts';
import { closeGracefully } from '../../platform/http/lifecycle.ts';
import { seedDemo } from '../../demo/seed.ts';
import { AppError } from '../../platform/errors.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('apply pending migrations and serve the press center over HTTP')
    .option('--demo', 'fill an empty database with the demo archive before serving')
    .action(async (options: { demo?: boolean }) => {
      const config = loadConfig();
      const log = pino({ level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] });
      const store = await openStore(config.databaseUrl);
      const migrated = await migrate(store);
      if (migrated.applied.length > 0) log.info({ applied: migrated.applied }, 'migrations applied');
      if (options.demo) {
        const seeded = await seedDemo(store);
        if (seeded.seeded) log.info({ documents: seeded.documents, meetings: seeded.meetings }, 'demo archive loaded');
      }
      await (await import('../../accounts/commands.ts')).firstAdminEnsurer(store);
      const { fastify } = await buildApp({ store, config, logger: log });
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        log.info({ signal }, 'shutting down: finishing requests in flight');
        try {
          const outcome = await closeGracefully(fastify, store);
          if (outcome === 'deadline') log.warn('requests still running at the shutdown deadline were cut off');
          process.exit(0);
        } catch (error) {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        }
      };
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      process.on('SIGINT', () => void shutdown('SIGINT'));
      try {
        await fastify.listen({ host: config.host, port: config.port });
      } catch (error) {
        await store.close();
        const code = (error as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new AppError('config.invalid', `port ${config.port} on ${config.host} is already in use (set PORT to another port)`, { where: 'PORT' });
        if (code === 'EACCES') throw new AppError('config.invalid', `not allowed to listen on ${config.host}:${config.port}`, { where: 'PORT' });
        throw error;
      }
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      log.info(`Communiqué serves ${store.dialect.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} content at http://${host}:${config.port}/`);
    });
}
