/**
 * kill -9 in the middle of a burst of publishes: afterwards every publish that was acknowledged
 * is there, and nothing is half-written (each item has its published edition and both languages).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DATABASE_KINDS, createDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';

const PUBLISHER = fileURLToPath(new URL('../fixtures/publisher.ts', import.meta.url));

for (const kind of DATABASE_KINDS) {
  describe(`crash while publishing on ${kind}`, () => {
    test('acknowledged publishes survive kill -9 and nothing is half-written', async () => {
      const database = await createDatabase(kind);
      try {
        const setup = await database.open();
        await migrate(setup);
        await seedDemo(setup);
        await setup.close();

        const child = spawn(process.execPath, ['--import', 'tsx', PUBLISHER], {
          env: { ...process.env, DATABASE_URL: database.url }, stdio: ['ignore', 'pipe', 'pipe'],
        });
        const acked: string[] = [];
        let stderr = '';
        child.stderr.on('data', (d) => { stderr += d; });
        let buffer = '';
        const enough = new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => {
            buffer += d.toString();
            let nl: number;
            while ((nl = buffer.indexOf('\n')) >= 0) {
              const line = buffer.slice(0, nl);
              buffer = buffer.slice(nl + 1);
              if (line.startsWith('ack ')) acked.push(line.slice(4));
              if (acked.length >= 25) resolve();
            }
          });
          child.on('exit', (code) => reject(new Error(`the publisher stopped by itself (${code}): ${stderr}`)));
        });
        await enough;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;

        const store = await database.open();
        try {
          const crashDocs = await store.db.selectFrom('document').select(['id', 'slug']).where('slug', 'like', 'crash-test-%').execute();
          const slugs = new Set(crashDocs.map((d) => d.slug));
          for (const slug of acked) assert.ok(slugs.has(slug), `acknowledged ${slug} is there`);
          for (const doc of crashDocs) {
            const editions = await store.db.selectFrom('edition').select(['id', 'state']).where('document_id', '=', doc.id).execute();
            assert.deepEqual(editions.map((e) => e.state), ['published'], `${doc.slug} has exactly its published edition`);
            const locales = await store.db.selectFrom('edition_translation').select('locale').where('edition_id', '=', editions[0]!.id).orderBy('locale').execute();
            assert.deepEqual(locales.map((l) => l.locale), ['en', 'ru'], `${doc.slug} has both languages`);
          }
          assert.ok(crashDocs.length >= acked.length);
          assert.ok(crashDocs.length <= acked.length + 1, 'at most the one publish in flight was committed without its ack');
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
}
