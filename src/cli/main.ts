/** The `communique` command line. */
import { Command, CommanderError } from 'commander';
import { pino } from 'pino';
import { loadConfig } from '../platform/config.ts';
import { openStore, type Store } from '../platform/db/connect.ts';
import { migrate } from '../platform/db/migrate.ts';
import { isAppError } from '../platform/errors.ts';
import { buildApp } from '../platform/http/server.ts';
import { seedDemo } from '../demo/seed.ts';

function fail(error: unknown): never {
  const message = isAppError(error) ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`communique: error: ${message}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openStore(config.databaseUrl);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const program = new Command();
program
  .name('communique')
  .description('Communiqué — a press center for intergovernmental organizations and government bodies.\n\n' +
    'Environment: DATABASE_URL (default sqlite:./data/communique.db; postgres://... for PostgreSQL),\n' +
    'HOST (default 127.0.0.1), PORT (default 3000), PUBLIC_ORIGIN, SITE_TIME_ZONE (default Europe/Moscow), LOG_LEVEL.')
  .showHelpAfterError()
  .exitOverride();

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
    const { fastify } = await buildApp({ store, config, logger: log });
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log.info({ signal }, 'shutting down: finishing requests in flight');
      try {
        await fastify.close();
        await store.close();
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
      if (code === 'EADDRINUSE') fail(new Error(`port ${config.port} on ${config.host} is already in use (set PORT to another port)`));
      if (code === 'EACCES') fail(new Error(`not allowed to listen on ${config.host}:${config.port}`));
      throw error;
    }
    log.info(`Communiqué serves ${store.description.startsWith('sqlite') ? 'SQLite' : 'PostgreSQL'} content at http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/`);
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    await withStore(async (store) => {
      const result = await migrate(store);
      process.stdout.write(result.applied.length > 0
        ? `applied ${result.applied.length} migration(s): ${result.applied.join(', ')}\n`
        : `database is up to date (${result.alreadyApplied} migration(s) applied earlier)\n`);
    });
  });

program
  .command('seed-demo')
  .description('fill an empty database with the demo archive (a database that has content is left alone)')
  .action(async () => {
    await withStore(async (store) => {
      await migrate(store);
      const result = await seedDemo(store);
      process.stdout.write(result.seeded
        ? `demo archive loaded: ${result.documents} documents, ${result.meetings} meetings, ${result.people} people\n`
        : 'the database already has content; the demo archive was not loaded\n');
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  fail(error);
}
