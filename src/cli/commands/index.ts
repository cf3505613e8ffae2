/** Every subcommand of `communique`; each module registers its own on the program. */
import type { Command } from 'commander';
import * as serve from './serve.ts';
import * as migrate from './migrate.ts';
import * as seedDemo from './seed-demo.ts';
import * as backup from './backup.ts';
import * as exportStatic from './export-static.ts';

export const commands: readonly { register(program: Command): void }[] = [serve, migrate, seedDemo, backup, exportStatic];
