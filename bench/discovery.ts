/**
 * `node --import tsx bench/discovery.ts` — time to build the all-news feed (RSS, Atom, JSON Feed)
 * and the sitemaps over a generated bilingual archive (default 100,000 items; BENCH_DISCOVERY_ITEMS),
 * on SQLite, through the HTTP app with the page cache emptied before every build (not a test).
 * Prints the median and the worst of BENCH_DISCOVERY_ROUNDS builds, and a cached answer for contrast.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../src/platform/db/connect.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/platform/http/server.ts';
import { generateArchive } from './support/search-archive.ts';

const ITEMS = Number(process.env.BENCH_DISCOVERY_ITEMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_DISCOVERY_ROUNDS ?? 7);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-discovery-'));
  const file = join(dir, 'bench.db');
  try {
    const store = await openStore(`sqlite:${file}`);
    await migrate(store);
    await seedDemo(store);
    const bulk = new Database(file);
    bulk.pragma('journal_mode = WAL');
    bulk.pragma('synchronous = OFF');
    const archive = generateArchive(bulk, ITEMS);
    bulk.close();
    process.stdout.write(`generated ${archive.items} items (en + ru)\n`);
    const app = await buildApp({ store, config: loadConfig({ DATABASE_URL: `sqlite:${file}`, PUBLIC_ORIGIN: 'https://press.example.org' }), cacheBytes: 512 * 1024 * 1024 });
    const person = await store.db.selectFrom('person').select('slug').where('slug', 'like', 'bench-%').orderBy('id').executeTakeFirstOrThrow();
    const urls = [`/en/people/${person.slug}/feed.atom`, `/en/people/${person.slug}/`, '/en/people/suren-papikyan/feed.atom', '/en/bodies/secretariat/feed.rss', '/ru/states/kz/feed.json', '/en/states/kz/', '/en/meetings/', '/en/news/feed.rss', '/en/news/feed.atom', '/en/news/feed.json', '/ru/news/feed.atom', '/sitemap.xml', '/sitemaps/en-1.xml', '/sitemaps/en-2.xml', '/sitemaps/ru-10.xml', '/sitemaps/news.xml'];
    process.stdout.write('url                                          status    bytes   build p50 ms   build max ms   cached ms\n');
    for (const url of urls) {
      const times: number[] = [];
      let status = 0;
      let bytes = 0;
      for (let i = 0; i < ROUNDS; i++) {
        app.cache.clear();
        const t = performance.now();
        const res = await app.fastify.inject({ url });
        times.push(performance.now() - t);
        status = res.statusCode;
        bytes = res.rawPayload.length;
      }
      const t = performance.now();
      await app.fastify.inject({ url });
      const cached = performance.now() - t;
      times.sort((a, b) => a - b);
      process.stdout.write(`${url.padEnd(44)} ${String(status).padStart(6)} ${String(bytes).padStart(8)} ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(14)} ${times[times.length - 1]!.toFixed(1).padStart(14)} ${cached.toFixed(2).padStart(11)}\n`);
    }
    await app.fastify.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
