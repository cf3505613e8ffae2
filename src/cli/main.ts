/** The `communique` command line. */
import { Command, CommanderError } from 'commander';
import { isAppError } from '../platform/errors.ts';
import { classifyStoreError, describeStoreTrouble } from '../platform/db/store-errors.ts';
import { commands } from './commands/index.ts';

function fail(error: unknown): never {
  const trouble = isAppError(error) ? null : classifyStoreError(error);
  const message = isAppError(error) ? error.message
    : trouble ? describeStoreTrouble(trouble, error)
    : error instanceof Error ? error.message : String(error);
  process.stderr.write(`communique: error: ${message}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

const program = new Command();
program
  .name('communique')
  .description('Communiqué — a press center for intergovernmental organizations and government bodies.\n\n' +
    'Environment: DATABASE_URL (default sqlite:./data/communique.db; postgres://... for PostgreSQL),\n' +
    'HOST (default 127.0.0.1), PORT (default 3000), PUBLIC_ORIGIN, SITE_TIME_ZONE (default Europe/Moscow), LOG_LEVEL.')
  .showHelpAfterError()
  .exitOverride();
for (const command of commands) command.register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  fail(error);
}
