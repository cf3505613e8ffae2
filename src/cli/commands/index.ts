/** Every subcommand of `communique`; each module registers its own on the program. */
import type { Command } from 'commander';
import * as serve from './serve.ts';
import * as exportCommand from './export.ts';
import * as webhook from './webhook.ts';
import * as user from './user.ts';
import * as migrate from './migrate.ts';
import * as seedDemo from './seed-demo.ts';
import * as reindex from './reindex.ts';
import * as backup from './backup.ts';
import * as exportStatic from './export-static.ts';
import * as importCommand from './import.ts';
import * as check from './check.ts';

export const commands: readonly { register(program: Command): void }[] = [serve, user, migrate, seedDemo, reindex, backup, exportStatic, importCommand, check, exportCommand, webhook];
