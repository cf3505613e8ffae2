import type { Migration } from '../migrate.ts';
import { m001Core } from './001-core.ts';

/** Every migration, in the order it must be applied. Never edit one that has shipped: add a new one. */
export const migrations: readonly Migration[] = [m001Core];
