import type { Command } from 'commander';
import { seedDemo } from '../../demo/seed.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  program
    .command('seed-demo')
    .description('fill an empty database with the demo archive (a database that has content is left alone)')
    .action(async () => {
      await withStore(async (store) => {
        const result = await seedDemo(store);
        process.stdout.write(result.seeded
          ? `demo archive loaded: ${result.documents} documents, ${result.meetings} meetings, ${result.people} people\n`
          : 'the database already has content; the demo archive was not loaded\n');
      });
    });
}
