/**
 * Prepares the SQLite file the benchmark serves: migrated, the demo directory and archive loaded,
 * the first administrator created (so the app's start does not hash a password), `count`
 * generated bilingual items written in bulk (bench/support/search-archive.ts, owned by the search
 * benchmark and only imported here), and the search index built — everything a site that has
 * run for years would have on disk, so starting the app on it is an ordinary restart.
 *
 * Usage (child process, so the parent's memory stays small):
 *   node --import tsx bench/support/prepare-archive.ts FILE COUNT
 * Prints one JSON line: {"prepared":true,"items":N,"people":N,"seconds":{...}}.
 */
import Database from 'better-sqlite3';
import { openStore } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { firstAdminEnsurer } from '../../src/accounts/commands.ts';
import { searchIndexRebuilder } from '../../src/search/indexer.ts';
import { generateArchive } from './search-archive.ts';

export interface PreparedMessage {
  prepared: true;
  items: number;
  people: number;
  /** Seconds spent per step. */
  seconds: { seed: number; generate: number; index: number };
}

const [file, countText] = process.argv.slice(2);
const count = Number(countText);
if (!file || !Number.isInteger(count) || count < 0) {
  process.stderr.write('usage: prepare-archive.ts FILE COUNT\n');
  process.exit(2);
}

let t = performance.now();
const lap = () => {
  const now = performance.now();
  const s = (now - t) / 1000;
  t = now;
  return s;
};

const store = await openStore(`sqlite:${file}`);
await migrate(store);
await seedDemo(store);
await firstAdminEnsurer(store, () => {});
await store.close();
const seed = lap();

const bulk = new Database(file);
bulk.pragma('journal_mode = WAL');
bulk.pragma('synchronous = OFF');
const archive = generateArchive(bulk, count);
bulk.close();
const generate = lap();

const indexing = await openStore(`sqlite:${file}`);
let last = 0;
await searchIndexRebuilder(indexing.db, indexing.dialect, {
  timeZone: 'Europe/Moscow',
  batch: 5000,
  onProgress: (done, total) => {
    if (done - last >= 25_000 || done === total) {
      process.stderr.write(`  indexed ${done}/${total}\n`);
      last = done;
    }
  },
});
await indexing.close();
const finish = new Database(file);
finish.pragma('optimize');
finish.pragma('wal_checkpoint(TRUNCATE)');
finish.close();
const index = lap();

const message: PreparedMessage = { prepared: true, items: archive.items, people: archive.people, seconds: { seed, generate, index } };
process.stdout.write(`${JSON.stringify(message)}\n`);
process.exit(0);
